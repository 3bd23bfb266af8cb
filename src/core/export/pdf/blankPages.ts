/**
 * Pages pdfmake leaves empty. When a block's space below does not fit on its page,
 * pdfmake moves on to a new page for the space alone; a page break or the end of the
 * section after that block then leaves the new page blank. The model never asks for
 * a blank page, so such pages are taken out before page labels are counted.
 */
import type { LaidOutPage } from './laidOut.ts';

/** Takes every page without items out of a section, through `remove` (index in `pages`). */
export function dropBlankPages(
  pages: readonly LaidOutPage[],
  remove: (index: number) => void,
): void {
  for (let i = pages.length - 1; i >= 0; i--) if (pages[i]?.items.length === 0) remove(i);
}
