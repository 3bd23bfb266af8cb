/**
 * Printed page labels, counted as Word counts them: every page advances the
 * number, a section that restarts numbering starts again at 1, and the section's
 * numbering style says how the number is printed (none, i ii iii, 1 2 3).
 */
import { toRoman } from '../../format/roman.ts';
import type { PageNumbering, PageSection } from '../../layout/model.ts';

export interface PageInfo {
  /** "" on unnumbered pages. */
  label: string;
  headerFooter: boolean;
}

/** The label of page number `n` in a numbering style. */
export function formatPageNumber(n: number, numbering: PageNumbering): string {
  switch (numbering) {
    case 'none':
      return '';
    case 'roman':
      return toRoman(n).toLowerCase();
    case 'arabic':
      return String(n);
  }
}

/** Label and furniture of every physical page, given the section each page belongs to. */
export function pageInfos(
  sections: readonly PageSection[],
  sectionOfPage: readonly number[],
  pageCount: number,
): PageInfo[] {
  const infos: PageInfo[] = [];
  let counter = 0;
  for (let page = 0; page < pageCount; page++) {
    const index = sectionOfPage[page];
    const section = index === undefined ? undefined : sections[index];
    if (!section) throw new Error(`PDF: halaman ${page + 1} tidak diketahui bagiannya`);
    const firstOfSection = page === 0 || sectionOfPage[page - 1] !== index;
    counter = firstOfSection && section.restartNumbering ? 1 : counter + 1;
    infos.push({
      label: formatPageNumber(counter, section.numbering),
      headerFooter: section.headerFooter,
    });
  }
  return infos;
}
