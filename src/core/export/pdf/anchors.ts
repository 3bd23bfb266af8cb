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

/** Anchor id → its page and position; the first occurrence wins. */
export function anchorPlaces(pages: readonly LaidOutPage[]): Map<string, AnchorPlace> {
  const places = new Map<string, AnchorPlace>();
  pages.forEach((page, pageIndex) => {
    for (const line of linesOf(page)) {
      if (line.id && !places.has(line.id)) places.set(line.id, { pageIndex, top: line.y });
    }
  });
  return places;
}
