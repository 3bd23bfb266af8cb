/**
 * Pages pdfmake leaves empty. When a block's space below does not fit on its page,
 * pdfmake moves on to a new page for the space alone; a page break or a new section
 * after that block then leaves the new page blank. The model never asks for a blank
 * page, so such pages are taken out before page labels are counted.
 */
import type { LaidOutPage } from './laidOut.ts';

function isBlank(page: LaidOutPage | undefined): boolean {
  return page !== undefined && page.items.every((entry) => entry.type === 'left-blank');
}

/** Removes pages with nothing to draw, and their entries in `sectionOfPage`, in place. */
export function dropBlankPages(pages: LaidOutPage[], sectionOfPage: number[]): void {
  for (let i = pages.length - 1; i >= 0; i--) {
    if (isBlank(pages[i])) {
      pages.splice(i, 1);
      sectionOfPage.splice(i, 1);
    }
  }
}
