/**
 * Test checks shared by the fixture and the sample-plan tests: every entry of a
 * printed list (Daftar Isi, Tabel, Gambar) shows the label of the page where its
 * heading or caption is really printed.
 */
import type { HeadingBlock, LayoutDocument, TocEntry, TocKind } from '../../layout/model.ts';
import { headingsOf } from './outline.ts';
import {
  findPrinted,
  listEntries,
  normalize,
  type PrintedForm,
  type PrintedPage,
} from './testPdfText.ts';

/** The lines a heading is printed on (see blocks/heading.ts). */
export function headingForm(heading: HeadingBlock): PrintedForm {
  switch (heading.role) {
    case 'book':
    case 'chapter':
    case 'annex':
      return heading.number ? [heading.number, heading.text] : [heading.text];
    case 'front':
      return [heading.text];
    default:
      return [heading.number ? `${heading.number} ${heading.text}` : heading.text];
  }
}

/** The entries of the document's list of that kind (none when it has no such list). */
export function tocEntriesOf(doc: LayoutDocument, which: TocKind): TocEntry[] {
  for (const section of doc.sections)
    for (const block of section.blocks)
      if (block.kind === 'toc' && block.which === which) return block.entries;
  return [];
}

const TITLES: Record<TocKind, string> = {
  contents: 'DAFTAR ISI',
  tables: 'DAFTAR TABEL',
  figures: 'DAFTAR GAMBAR',
};

/** What is wrong with a printed list: missing or extra entries, labels that are not the target's page. */
export function listProblems(
  doc: LayoutDocument,
  pages: readonly PrintedPage[],
  which: TocKind,
): string[] {
  const entries = tocEntriesOf(doc, which);
  const printed = listEntries(pages, TITLES[which]);
  const problems: string[] = [];
  const expectedTitles = entries.map((e) => normalize(`${e.number} ${e.text}`));
  if (printed.map((p) => p.title).join('\n') !== expectedTitles.join('\n')) {
    problems.push(
      `${TITLES[which]}: entries printed ${JSON.stringify(printed.map((p) => p.title))}`,
    );
    return problems;
  }
  const headings = new Map(headingsOf(doc).map((h) => [h.anchor, h]));
  let from = 0;
  entries.forEach((entry, i) => {
    const heading = headings.get(entry.anchor);
    const form = heading ? headingForm(heading) : [`${entry.number} ${entry.text}`];
    const page = findPrinted(pages, form, from);
    const label = printed[i]?.label;
    if (page < 0) problems.push(`${expectedTitles[i]}: not found after page ${from + 1}`);
    else if (pages[page]?.label !== label)
      problems.push(
        `${expectedTitles[i]}: list says ${label}, printed on page ${page + 1} labelled ${pages[page]?.label}`,
      );
    if (page >= 0) from = page;
  });
  return problems;
}
