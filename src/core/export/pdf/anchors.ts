/**
 * Where every anchor landed. pdfmake marks the first line of a node that has an
 * id with that id (it becomes a named destination), also after it moves lines of
 * unbreakable blocks, so the final pages are the truth.
 */
import { type LaidOutPage, linesOf } from './laidOut.ts';

export interface AnchorPlace {
  pageIndex: number;
  /** Top of the anchor's first line, from the top of the page. */
  top: number;
}

/**
 * Anchor id → its page and position; the first occurrence wins. `pages` start at
 * document page index `firstIndex`; places found are added to `places`.
 */
export function anchorPlaces(
  pages: readonly LaidOutPage[],
  firstIndex = 0,
  places = new Map<string, AnchorPlace>(),
): Map<string, AnchorPlace> {
  pages.forEach((page, index) => {
    for (const line of linesOf(page)) {
      if (line.id && !places.has(line.id))
        places.set(line.id, { pageIndex: firstIndex + index, top: line.y });
    }
  });
  return places;
}
