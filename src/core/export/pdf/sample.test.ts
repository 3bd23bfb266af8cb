import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LayoutDocument } from '../../layout/model.ts';
import { isGroupRow } from '../../layout/tableCells.ts';
import { renderPdf } from './index.ts';
import { SAMPLE, sampleLayout } from './testSample.ts';
import { headingTitle } from './blocks/heading.ts';
import { headingsOf } from './outline.ts';
import { headingForm, listProblems } from './testChecks.ts';
import { findPrinted, normalize, printedPages, type PrintedPage } from './testPdfText.ts';
import {
  type Bookmark,
  bookmarks,
  fonts,
  info,
  pageSizes,
  pageTexts,
  removeTempPdfs,
  writeTempPdf,
} from './testPoppler.ts';

const LAYOUT = fileURLToPath(new URL('../../layout/index.ts', import.meta.url));
const present = existsSync(SAMPLE) && existsSync(LAYOUT);

function flatten(tree: readonly Bookmark[]): Bookmark[] {
  return tree.flatMap((b) => [b, ...flatten(b.children)]);
}

describe.skipIf(!present)('renderPdf on the sample plan (whole plan)', () => {
  let doc: LayoutDocument;
  let file = '';
  let pages: PrintedPage[] = [];

  beforeAll(async () => {
    doc = await sampleLayout();
    file = writeTempPdf(await renderPdf(doc), `${doc.fileBaseName}.pdf`);
    pages = printedPages(pageTexts(file), doc.headerText);
  }, 60_000);

  afterAll(removeTempPdfs);

  it('embeds every font', () => {
    for (const row of fonts(file))
      expect(row, row.name).toMatchObject({ embedded: true, subset: true });
  });

  it('carries the metadata', () => {
    const fields = info(file);
    expect(fields.Title).toBe(doc.metadata.title);
    expect(fields.Author).toBe(doc.metadata.author);
    expect(fields.Subject).toBe(doc.metadata.subject);
  });

  it('prints Daftar Isi, Tabel and Gambar with the exact labels of the pages', () => {
    expect(listProblems(doc, pages, 'contents')).toEqual([]);
    expect(listProblems(doc, pages, 'tables')).toEqual([]);
    expect(listProblems(doc, pages, 'figures')).toEqual([]);
  });

  it('bookmarks every chapter at the page where it starts', () => {
    const marks = flatten(bookmarks(file));
    let from = 0;
    for (const chapter of headingsOf(doc).filter((h) => h.role === 'chapter')) {
      const page = findPrinted(pages, headingForm(chapter), from);
      expect(page, headingTitle(chapter)).toBeGreaterThanOrEqual(0);
      expect(
        marks.find((b) => b.title === headingTitle(chapter) && b.page === page + 1),
        headingTitle(chapter),
      ).toBeDefined();
      from = page;
    }
  });

  it('never ends a page with a group row, and leaves no page blank', () => {
    const titles = new Set(
      doc.sections
        .flatMap((s) => s.blocks)
        .flatMap((b) => (b.kind === 'table' ? b.body.filter(isGroupRow) : []))
        .map((row) => normalize(row[0]?.runs.map((r) => r.text).join('') ?? '')),
    );
    expect(titles.size).toBeGreaterThan(0);
    for (const page of pages) {
      const last = normalize(page.content[page.content.length - 1] ?? '');
      expect(titles.has(last), `halaman ${page.index + 1} berakhir dengan "${last}"`).toBe(false);
      expect(page.content.length, `halaman ${page.index + 1} kosong`).toBeGreaterThan(0);
    }
  });

  it('prints the landscape sections on landscape pages', () => {
    const landscape = pageSizes(file).filter((s) => s.width > s.height).length;
    expect(landscape).toBeGreaterThanOrEqual(
      doc.sections.filter((s) => s.orientation === 'landscape').length,
    );
  });
});
