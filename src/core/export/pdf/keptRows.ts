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
 *
 * The plan's ruled tables are placed by gridTables.ts, which reads the marks on the cells
 * and moves a kept row to a new page with the rows it keeps with, so they are never parted
 * there and their part is laid out once. The split remains for the tables pdfmake places,
 * and for rows that do not fit on one page together.
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

/** Whether a cell's destination is the mark of a row kept with the next (gridTables.ts keeps those rows together). */
export function isKeptMark(id: unknown): boolean {
  return typeof id === 'string' && id.startsWith(KEPT);
}

/** The mark on the first line of the row a kept row keeps with. */
export function nextRowMark(key: string): string {
  return NEXT + key;
}

/** Where the marks of a part's pages landed: the page index of each, by row key. */
interface MarkedPages {
  keptPage: Map<string, number>;
  nextPage: Map<string, number>;
}

/**
 * Records the marks on the items of `page` (index `index`) from item `from` on;
 * `take` takes them off the lines. Returns how many items the page has.
 */
function readMarks(
  marks: MarkedPages,
  page: LaidOutPage,
  index: number,
  from: number,
  take: boolean,
): number {
  const items = page.items;
  for (let i = from; i < items.length; i++) {
    const entry = items[i]!;
    if (entry.type !== 'line') continue;
    const line = entry.item;
    const id = line.id;
    if (id === undefined) continue;
    if (id.startsWith(KEPT)) marks.keptPage.set(id.slice(KEPT.length), index);
    else if (id.startsWith(NEXT)) marks.nextPage.set(id.slice(NEXT.length), index);
    else continue;
    if (take) delete line.id;
  }
  return items.length;
}

/**
 * Kept rows whose next row starts on a later page, but for those in `ignored`; takes every
 * mark off the lines.
 */
export function takeStrandedRows(
  pages: readonly LaidOutPage[],
  ignored: ReadonlySet<string> = new Set(),
): Set<string> {
  const marks: MarkedPages = { keptPage: new Map(), nextPage: new Map() };
  pages.forEach((page, index) => readMarks(marks, page, index, 0, true));
  const stranded = new Set<string>();
  for (const [key, page] of marks.keptPage)
    if ((marks.nextPage.get(key) ?? page) > page && !ignored.has(key)) stranded.add(key);
  return stranded;
}

/**
 * The rows to split a table before, from the stranded rows of a layout: those it was not
 * split before yet. A row still stranded after a split before it cannot be kept with its
 * next row by splitting (the two do not fit on a page together); it goes into `unfixable`,
 * so that later layouts neither stop for it nor spend their passes on it.
 */
export function rowsToSplit(
  stranded: ReadonlySet<string>,
  rowBreaks: ReadonlySet<string>,
  unfixable: Set<string>,
): Set<string> {
  const split = new Set<string>();
  for (const key of stranded) (rowBreaks.has(key) ? unfixable : split).add(key);
  return split;
}

/**
 * A watch over one part's pages while they are laid out: asked with the pages so far,
 * it says whether a kept row is already parted from its next row. Where a mark lands
 * never changes once it is on a page, so this is what takeStrandedRows would find at
 * the end: the layout can stop there, as the part is laid out again with the table
 * split anyway. Each call reads only the items added since the last (an earlier page
 * can still get items, e.g. the cells of a row that broke across pages); the marks stay on.
 * pdfmake puts only shading in before items already on a page, which shifts an item
 * already read into view again: harmless. Were a line ever put in that way, its mark
 * would only be missed here, and the part laid out to its end, where takeStrandedRows
 * reads every line.
 */
export function strandedRowWatch(
  ignored: ReadonlySet<string> = new Set(),
): (pages: readonly LaidOutPage[]) => boolean {
  const marks: MarkedPages = { keptPage: new Map(), nextPage: new Map() };
  /** Items read so far, by page. */
  const read: number[] = [];
  /** Keys whose two marks have both been read (where a mark landed never changes). */
  let checked = 0;
  return (pages) => {
    for (let index = 0; index < pages.length; index++)
      read[index] = readMarks(marks, pages[index]!, index, read[index] ?? 0, false);
    // Only when a mark was read since the last question can the answer change.
    const seen = marks.keptPage.size + marks.nextPage.size;
    if (seen === checked) return false;
    checked = seen;
    for (const [key, page] of marks.nextPage)
      if (page > (marks.keptPage.get(key) ?? page) && !ignored.has(key)) return true;
    return false;
  };
}
