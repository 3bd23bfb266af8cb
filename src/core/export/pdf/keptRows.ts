/**
 * Rows kept with the next (layout/tableCells.ts `keepsWithNext`): a group title
 * ("Smart Living" across the table) never ends a page, a total never starts one
 * alone. pdfmake cannot keep one table row with the next, so a part is laid out
 * until a kept row is found parted from its next row (or to its end), and the part
 * is laid out again with the table split before that row: the second part starts a
 * new page with the header rows, as a page break inside the table would have
 * printed them anyway. The pages after that row are not laid out in vain, and
 * every later row is judged on the layout it ends up in. Marks on the rows' first
 * lines say where they landed; they are taken off before rendering, so they never
 * become PDF destinations.
 */
import type { LaidOutPage } from './laidOut.ts';

/** Kept rows before which a table is split: keys from `keptRowKey`. */
export type RowBreaks = ReadonlySet<string>;

const KEPT = 'pdf-kept:';
const NEXT = 'pdf-kept-next:';

/** The key of body row `index` of the table captioned with `tableAnchor`. */
export function keptRowKey(tableAnchor: string, index: number): string {
  return `${tableAnchor}#${index}`;
}

/** The mark on a kept row's first line. */
export function keptMark(key: string): string {
  return KEPT + key;
}

/** The mark on the first line of the row a kept row keeps with. */
export function nextRowMark(key: string): string {
  return NEXT + key;
}

/** The page index of every kept-row mark and next-row mark, by row key; `take` takes the marks off. */
function markedPages(
  pages: readonly LaidOutPage[],
  take: boolean,
): { keptPage: Map<string, number>; nextPage: Map<string, number> } {
  const keptPage = new Map<string, number>();
  const nextPage = new Map<string, number>();
  // Plain loops: while a part is laid out this runs at every new page, over all its pages.
  for (let index = 0; index < pages.length; index++) {
    for (const entry of pages[index]!.items) {
      if (entry.type !== 'line') continue;
      const line = entry.item;
      const id = line.id;
      if (id === undefined) continue;
      if (id.startsWith(KEPT)) keptPage.set(id.slice(KEPT.length), index);
      else if (id.startsWith(NEXT)) nextPage.set(id.slice(NEXT.length), index);
      else continue;
      if (take) delete line.id;
    }
  }
  return { keptPage, nextPage };
}

/** Kept rows whose next row starts on a later page; takes every mark off the lines. */
export function takeStrandedRows(pages: readonly LaidOutPage[]): Set<string> {
  const { keptPage, nextPage } = markedPages(pages, true);
  const stranded = new Set<string>();
  for (const [key, page] of keptPage) if ((nextPage.get(key) ?? page) > page) stranded.add(key);
  return stranded;
}

/**
 * Whether a kept row is already parted from its next row on pages still being laid
 * out. Where a mark lands never changes once it is on a page, so this is what
 * takeStrandedRows would find at the end: the layout can stop here, as the part is
 * laid out again with the table split anyway. Leaves the marks on.
 */
export function hasStrandedRow(pages: readonly LaidOutPage[]): boolean {
  const { keptPage, nextPage } = markedPages(pages, false);
  for (const [key, page] of nextPage) if (page > (keptPage.get(key) ?? page)) return true;
  return false;
}
