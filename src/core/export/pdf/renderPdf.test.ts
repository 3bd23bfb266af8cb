import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderPdf } from './index.ts';
import { FIXTURE_HEADINGS as H, fixtureDocument } from './testFixture.ts';
import { headingForm, listProblems } from './testChecks.ts';
import { findPrinted, normalize, printedPages, type PrintedPage } from './testPdfText.ts';
import {
  bookmarks,
  fonts,
  info,
  pageSizes,
  pageTexts,
  removeTempPdfs,
  writeTempPdf,
} from './testPoppler.ts';

const doc = fixtureDocument();
let file = '';
let raw = '';
let pages: PrintedPage[] = [];
let renderMs = 0;

beforeAll(async () => {
  const started = performance.now();
  const bytes = await renderPdf(doc);
  renderMs = performance.now() - started;
  file = writeTempPdf(bytes, `${doc.fileBaseName}.pdf`);
  raw = readFileSync(file, 'latin1');
  pages = printedPages(pageTexts(file), doc.headerText);
});

afterAll(removeTempPdfs);

function pageOf(heading: (typeof H)[keyof typeof H]): number {
  return findPrinted(pages, headingForm(heading));
}

describe('renderPdf on the fixture', () => {
  it('renders in reasonable time', () => {
    expect(renderMs).toBeLessThan(10_000);
  });

  it('embeds and subsets every font', () => {
    const rows = fonts(file);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row, row.name).toMatchObject({ embedded: true, subset: true });
    expect(rows.map((r) => r.name).join(' ')).toContain('LiberationSans');
  });

  it('carries the metadata and the language', () => {
    const fields = info(file);
    expect(fields.Title).toBe(doc.metadata.title);
    expect(fields.Author).toBe(doc.metadata.author);
    expect(fields.Subject).toBe(doc.metadata.subject);
    expect(fields.Keywords).toBe('smart city, rencana induk, Kabupaten Contoh');
    expect(fields.Creator).toBe('Rencana Studio');
    expect(raw).toContain('/Lang (id-ID)');
  });

  it('numbers pages: cover unnumbered, front matter i, ii …, body 1, 2 … from BAB I', () => {
    expect(pages[0]?.hasHeader).toBe(false);
    expect(pages[0]?.content.join('\n')).toContain('RENCANA INDUK (MASTERPLAN) SMART CITY');
    const bab1 = pageOf(H.bab1);
    expect(bab1).toBeGreaterThan(1);
    const front = pages.slice(1, bab1).map((p) => p.label);
    expect(front).toEqual(['i', 'ii', 'iii', 'iv', 'v'].slice(0, front.length));
    const body = pages.slice(bab1).map((p) => p.label);
    expect(body).toEqual(body.map((_, i) => String(i + 1)));
    for (const page of pages.slice(1)) expect(page.hasHeader).toBe(true);
  });

  it('prints every list with the exact label of the page each entry is on', () => {
    expect(listProblems(doc, pages, 'contents')).toEqual([]);
    expect(listProblems(doc, pages, 'tables')).toEqual([]);
    expect(listProblems(doc, pages, 'figures')).toEqual([]);
  });

  it('starts chapters on a new page with "BAB I" above the title', () => {
    for (const chapter of [H.bab1, H.bab2, H.bab3]) {
      const page = pages[pageOf(chapter)];
      expect(normalize(page?.content[0] ?? '')).toBe(chapter.number);
      expect(normalize(page?.content[1] ?? '')).toBe(chapter.text);
    }
  });

  it('puts the programme matrix on landscape pages, caption above, header row repeated', () => {
    const sizes = pageSizes(file);
    const withHeader = pages.filter((p) => p.content.some((l) => /Kode\s+Nama Program/.test(l)));
    expect(withHeader.length).toBeGreaterThanOrEqual(2);
    for (const page of withHeader)
      expect(sizes[page.index]?.width).toBeGreaterThan(sizes[page.index]?.height ?? 0);
    const first = withHeader[0]?.content ?? [];
    const captionAt = first.findIndex(
      (l) => normalize(l) === 'Tabel 2.1 Matriks Program Smart Governance',
    );
    const headerAt = first.findIndex((l) => /Kode\s+Nama Program/.test(l));
    expect(captionAt).toBeGreaterThanOrEqual(0);
    expect(captionAt).toBeLessThan(headerAt);
    const last = withHeader[withHeader.length - 1]?.content ?? [];
    expect(last.some((l) => l.includes('Sumber: Hasil analisis tim penyusun'))).toBe(true);
    expect(sizes[pageOf(H.bab3)]?.width).toBeLessThan(sizes[pageOf(H.bab3)]?.height ?? 0);
  });

  it('prints the figure caption below the figure and the footnotes at the end of the chapter', () => {
    const figurePage = findPrinted(pages, ['Gambar 2.1 Hasil Penilaian Kesiapan Daerah']);
    expect(figurePage).toBeGreaterThanOrEqual(pageOf(H.bab2));
    // pdftotext prints the superscript note number on a line of its own.
    const notePage = findPrinted(pages, [
      'Kementerian Komunikasi dan Informatika, Pedoman Gerakan Menuju Smart City, 2017.',
    ]);
    expect(notePage).toBeGreaterThanOrEqual(pageOf(H.latar));
    expect(notePage).toBeLessThan(pageOf(H.bab2));
    expect(findPrinted(pages, ['Dibandingkan dengan target nasional SPBE.'])).toBe(notePage);
  });

  it('makes links clickable', () => {
    expect(raw).toContain('/URI (https://peraturan.go.id/id/perpres-no-95-tahun-2018)');
  });

  it('bookmarks every heading, nested by depth, pointing at its page', () => {
    const tree = bookmarks(file);
    expect(tree.map((b) => b.title)).toEqual([
      'KATA PENGANTAR',
      'BAB I PENDAHULUAN',
      'BAB II SMART GOVERNANCE',
      'BAB III PENUTUP',
    ]);
    const bab1 = tree[1];
    expect(bab1?.page).toBe(pageOf(H.bab1) + 1);
    expect(bab1?.children.map((b) => b.title)).toEqual([
      '1.1 Latar Belakang',
      '1.2 Maksud dan Tujuan',
    ]);
    expect(bab1?.children[0]?.children.map((b) => b.title)).toEqual(['1.1.1 Kondisi Umum Daerah']);
    expect(tree[2]?.children[1]?.page).toBe(pageOf(H.program) + 1);
  });

  it('is reproducible: the same document gives the same bytes', async () => {
    const again = Buffer.from(await renderPdf(doc)).toString('latin1');
    expect(again === raw).toBe(true);
  });
});

describe('renderPdf with the other profile fonts', () => {
  it.each([
    ['Times New Roman', 'LiberationSerif'],
    ['Bookman Old Style', 'TeXGyreBonum'],
  ] as const)('%s is embedded as %s', async (font, embedded) => {
    const rows = fonts(writeTempPdf(await renderPdf(fixtureDocument(font))));
    expect(rows.map((r) => r.name).join(' ')).toContain(embedded);
    for (const row of rows) expect(row, row.name).toMatchObject({ embedded: true, subset: true });
  });
});
