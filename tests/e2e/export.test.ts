/**
 * `rencana export` end to end, as a reviewer meets its output: the real CLI writes
 * the sample plan as DOCX and PDF (and Buku II alone); LibreOffice, pandoc and
 * poppler open them. The expensive runs all start in beforeAll and overlap; the
 * layout model of the sample is the oracle for what must be printed.
 */
import { spawn } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  convertWithLibreOffice,
  packageParts,
  pandocStructure,
  type ConvertedDocument,
  type PandocStructure,
} from '../../src/core/export/docx/testClients.ts';
import { headingsOf } from '../../src/core/export/pdf/outline.ts';
import { headingForm, listProblems, tocEntriesOf } from '../../src/core/export/pdf/testChecks.ts';
import {
  findPrinted,
  isListPage,
  normalize,
  printedPages,
  type PrintedPage,
} from '../../src/core/export/pdf/testPdfText.ts';
import {
  bookmarks,
  fonts,
  info,
  pageSizes,
  pageTexts,
  type Bookmark,
} from '../../src/core/export/pdf/testPoppler.ts';
import { buildLayout } from '../../src/core/layout/index.ts';
import type { LayoutDocument } from '../../src/core/layout/model.ts';
import { serializeProject } from '../../src/core/project/serialize.ts';
import {
  GOVERNANCE_PROGRAMMES,
  SAMPLE_PATH,
  sampleContext,
  sampleProject,
  tableRows,
} from '../fixtures/sample.ts';
import { REPO } from './cli.ts';

const BIN = join(REPO, 'src/cli/rencana.mjs');
const BASE = 'Masterplan-Smart-City-Kabupaten-Banyuwangi-2026-2030';

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** `rencana ARGS…` without blocking, so that independent runs overlap. */
function rencana(args: string[]): Promise<Run> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      cwd: REPO,
      env: { ...process.env, LANG: 'C', LC_ALL: '', RENCANA_LANG: '' },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.on('error', fail);
    child.on('close', (code) => done({ code, stdout, stderr }));
  });
}

let dir = '';
const path = (...parts: string[]) => join(dir, ...parts);

/** The sample laid out by the same code the CLI runs: what every output must show. */
let whole: LayoutDocument;
let bookTwo: LayoutDocument;
const runs: Record<string, Run> = {};
let docx: {
  whole: ConvertedDocument;
  book: ConvertedDocument;
  parts: Record<string, string>;
  pandoc: PandocStructure;
};
let pdf: { file: string; pages: PrintedPage[] };

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'rencana-export-'));
  for (const folder of ['semua', 'buku-2', 'ditolak', 'dipaksa']) mkdirSync(path(folder));
  const faulty = sampleProject();
  tableRows(faulty, GOVERNANCE_PROGRAMMES)[0]!.cells.startYear = 2024;
  writeFileSync(path('salah-tahun.rencana'), serializeProject(faulty));
  writeFileSync(path('catatan.txt'), 'bukan folder');

  const started: Record<string, Promise<Run>> = {
    docx: rencana(['export', SAMPLE_PATH, '--format', 'docx', '--out', path('semua')]),
    pdf: rencana(['export', SAMPLE_PATH, '--format', 'pdf', '--out', path('semua')]),
    book: rencana([
      'export',
      SAMPLE_PATH,
      '--format',
      'docx',
      '--book',
      '2',
      '--out',
      path('buku-2'),
    ]),
    blocked: rencana([
      'export',
      path('salah-tahun.rencana'),
      '--format',
      'docx',
      '--out',
      path('ditolak'),
    ]),
    forced: rencana([
      'export',
      path('salah-tahun.rencana'),
      '--format',
      'docx',
      '--force',
      '--out',
      path('dipaksa'),
    ]),
    underFile: rencana([
      'export',
      SAMPLE_PATH,
      '--format',
      'docx',
      '--out',
      path('catatan.txt', 'hasil.docx'),
    ]),
    missingFolder: rencana([
      'export',
      SAMPLE_PATH,
      '--format',
      'docx',
      '--out',
      path('tidak-ada', 'hasil.docx'),
    ]),
  };
  whole = buildLayout(sampleContext(), { book: 'all' });
  bookTwo = buildLayout(sampleContext(), { book: 2 });
  for (const [name, run] of Object.entries(started)) runs[name] = await run;

  const wholeDocx = readFileSync(path('semua', `${BASE}.docx`));
  const converted = convertWithLibreOffice({
    whole: wholeDocx,
    book: readFileSync(path('buku-2', `${BASE}-Buku-II.docx`)),
  });
  docx = {
    whole: converted.whole!,
    book: converted.book!,
    parts: packageParts(wholeDocx),
    pandoc: pandocStructure(converted.whole!.docxPath),
  };
  const file = path('semua', `${BASE}.pdf`);
  pdf = { file, pages: printedPages(pageTexts(file), whole.headerText) };
}, 180_000);

/** Headings of the chapters, Buku dividers and annexes: what a reviewer looks for. */
const titledHeadings = (doc: LayoutDocument) =>
  headingsOf(doc).filter((h) => h.role === 'chapter' || h.role === 'book' || h.role === 'annex');

/**
 * What the body pages print, in order: "BUKU II", "BAB III", "LAMPIRAN 1" headings
 * and "Tabel 4.2 …" / "Gambar 3.1 …" captions, by their labels. The lists of the
 * front matter, which print the same labels, are left out.
 */
function printedSequence(pages: readonly PrintedPage[]): string[] {
  const sequence: string[] = [];
  for (const page of pages) {
    if (!/^\d+$/.test(page.label) || isListPage(page)) continue;
    for (const line of page.content.map(normalize)) {
      if (/^(BUKU|BAB|LAMPIRAN) [IVXLCDM\d]+$/.test(line)) sequence.push(line);
      const caption = /^((Tabel|Gambar) L?\d+\.\d+) \S/.exec(line);
      if (caption?.[1]) sequence.push(caption[1]);
    }
  }
  return sequence;
}

/** The same sequence from the layout model. */
function modelSequence(doc: LayoutDocument): string[] {
  return doc.sections
    .flatMap((s) => s.blocks)
    .flatMap((block) => {
      if (block.kind === 'heading' && ['book', 'chapter', 'annex'].includes(block.role))
        return [block.number];
      if (block.kind === 'table' || block.kind === 'figure') return [block.caption.label];
      return [];
    });
}

/** Pages of LibreOffice's PDF of a DOCX, split like poppler's pages of our PDF. */
const libreOfficePages = (converted: ConvertedDocument, doc: LayoutDocument) =>
  printedPages(pageTexts(converted.pdfPath), doc.headerText);

/** Every bookmark of a tree, depth first. */
function flatten(tree: readonly Bookmark[]): Bookmark[] {
  return tree.flatMap((b) => [b, ...flatten(b.children)]);
}

/** How many pages apart two labels are (roman or arabic); Infinity when either is missing. */
function off(estimate: string, actual: string | undefined): number {
  if (actual === undefined) return Infinity;
  if (estimate === actual) return 0;
  const value = (label: string) => (/^\d+$/.test(label) ? Number(label) : NaN);
  const distance = Math.abs(value(estimate) - value(actual));
  return Number.isNaN(distance) ? Infinity : distance;
}

describe('rencana export: the files', () => {
  it('writes the whole plan and Buku II under the names a reviewer expects, nothing else', () => {
    expect(runs.docx).toMatchObject({ code: 0 });
    expect(runs.pdf).toMatchObject({ code: 0 });
    expect(runs.book).toMatchObject({ code: 0 });
    expect(runs.docx!.stdout).toContain(`${BASE}.docx`);
    expect(readdirSync(path('semua')).sort()).toEqual([`${BASE}.docx`, `${BASE}.pdf`]);
    expect(readdirSync(path('buku-2'))).toEqual([`${BASE}-Buku-II.docx`]);
  });
});

describe('rencana export: DOCX opened by LibreOffice, pandoc and as XML', () => {
  it('LibreOffice converts it and prints every chapter title and all six dimensions', () => {
    expect(docx.whole.pages.length).toBeGreaterThan(100);
    const text = docx.whole.pages.join(' ');
    const chapters = headingsOf(whole).filter((h) => h.role === 'chapter');
    expect(chapters.length).toBeGreaterThan(10);
    expect(chapters.map((c) => c.text).filter((title) => !text.includes(title))).toEqual([]);
    const dimensions = sampleContext().template.framework.dimensions.map((d) => d.name);
    expect(dimensions).toHaveLength(6);
    expect(dimensions.filter((name) => !text.includes(name))).toEqual([]);
  });

  it('pandoc reads the headings at their levels and the tables as tables', () => {
    const level = { chapter: 1, section: 2, subsection: 3, subsubsection: 4 } as const;
    const expected = headingsOf(whole).flatMap((h) =>
      h.role in level ? [{ level: level[h.role as keyof typeof level], text: h.text }] : [],
    );
    const missing = expected.filter(
      (h) => !docx.pandoc.headings.some((r) => r.level === h.level && r.text === h.text),
    );
    expect(missing).toEqual([]);
    const tables = whole.sections.flatMap((s) => s.blocks).filter((b) => b.kind === 'table');
    expect(docx.pandoc.tables).toHaveLength(tables.length);
  });

  it('has landscape sections, the heading styles, PAGE fields and the TOC field', () => {
    const body = docx.parts['word/document.xml'] ?? '';
    expect(body).toMatch(/<w:pgSz[^>]*w:orient="landscape"/);
    expect(docx.whole.landscape.filter(Boolean).length).toBeGreaterThan(10);
    for (const style of ['Heading1', 'Heading2', 'Heading3'])
      expect(body).toContain(`<w:pStyle w:val="${style}"/>`);
    for (const level of [1, 2, 3])
      expect(docx.parts['word/styles.xml']).toMatch(
        new RegExp(`w:styleId="Heading${level}"><w:name w:val="heading ${level}"/>`),
      );
    expect(body).toContain('TOC \\o &quot;1-3&quot; \\h \\z \\u');
    const footers = Object.entries(docx.parts).filter(([part]) =>
      /^word\/footer\d+\.xml$/.test(part),
    );
    const pageField = /<w:instrText[^>]*>\s*PAGE\s*<\/w:instrText>/;
    expect(footers.filter(([, xml]) => pageField.test(xml)).length).toBeGreaterThan(0);
  });

  it('pre-fills Daftar Isi with the pages LibreOffice lays the chapters out on', () => {
    // LibreOffice writes an outline from the heading styles: where each heading landed.
    const pages = libreOfficePages(docx.whole, whole);
    const landed = flatten(bookmarks(docx.whole.pdfPath));
    const entries = tocEntriesOf(whole, 'contents');
    const offBy = entries.map((entry) => {
      const title = normalize(`${entry.number} ${entry.text}`).toUpperCase();
      const mark = landed.find((b) => normalize(b.title).toUpperCase() === title);
      const label = mark ? pages[mark.page - 1]?.label : undefined;
      return { title, level: entry.level, off: off(entry.pageEstimate, label) };
    });
    expect(offBy.filter((e) => e.level <= 1 && e.off !== 0)).toEqual([]);
    expect(offBy.filter((e) => e.off > 1)).toEqual([]);
  });

  it('Buku II alone: LibreOffice converts it and it holds the chapters of Buku II only', () => {
    const pages = libreOfficePages(docx.book, bookTwo);
    expect(printedSequence(pages)).toEqual(modelSequence(bookTwo));
    expect(modelSequence(bookTwo)).not.toContain('BUKU I');
  });
});

describe('rencana export: PDF read by poppler', () => {
  it('embeds every font', () => {
    const rows = fonts(pdf.file);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.filter((row) => !row.embedded).map((row) => row.name)).toEqual([]);
  });

  it('prints Daftar Isi with the labels of the pages where the chapters really start', () => {
    expect(listProblems(whole, pdf.pages, 'contents')).toEqual([]);
    // The check above is only as good as finding the chapters: they are all found.
    let from = 0;
    for (const chapter of titledHeadings(whole)) {
      from = findPrinted(pdf.pages, headingForm(chapter), from);
      expect(from, chapter.text).toBeGreaterThanOrEqual(0);
    }
  });

  it('has every chapter in its outline', () => {
    const titles = flatten(bookmarks(pdf.file)).map((b) => b.title);
    const missing = titledHeadings(whole)
      .map((h) => `${h.number} ${h.text}`)
      .filter((title) => !titles.includes(title));
    expect(missing).toEqual([]);
  });

  it('carries title, author and subject', () => {
    const fields = info(pdf.file);
    expect(fields.Title).toBe(whole.metadata.title);
    expect(fields.Author).toBe(whole.metadata.author);
    expect(fields.Subject).toBe(whole.metadata.subject);
  });
});

describe('rencana export: both formats', () => {
  it('list the same chapters, tables and figures in the same order', () => {
    const fromPdf = printedSequence(pdf.pages);
    const fromDocx = printedSequence(libreOfficePages(docx.whole, whole));
    expect(fromPdf.filter((l) => l.startsWith('Tabel')).length).toBeGreaterThan(20);
    expect(fromPdf.filter((l) => l.startsWith('Gambar')).length).toBeGreaterThan(0);
    expect(fromDocx).toEqual(fromPdf);
    expect(fromPdf).toEqual(modelSequence(whole));
  });

  it('print every chapter and annex on a page of its section’s orientation', () => {
    const landscapeOfPdf = pageSizes(pdf.file).map((size) => size.width > size.height);
    const lo = libreOfficePages(docx.whole, whole);
    const wrong: string[] = [];
    let fromPdf = 0;
    let fromDocx = 0;
    for (const section of whole.sections)
      for (const block of section.blocks) {
        if (block.kind !== 'heading' || !['chapter', 'annex'].includes(block.role)) continue;
        const landscape = section.orientation === 'landscape';
        fromPdf = findPrinted(pdf.pages, headingForm(block), fromPdf);
        fromDocx = findPrinted(lo, headingForm(block), fromDocx);
        if (landscapeOfPdf[fromPdf] !== landscape) wrong.push(`PDF ${block.number}`);
        if (docx.whole.landscape[fromDocx] !== landscape) wrong.push(`DOCX ${block.number}`);
      }
    expect(wrong).toEqual([]);
  });
});

describe('rencana export: exit codes', () => {
  const error = 'baris 1, kolom Tahun Mulai: Tahun 2024 di luar periode rencana 2026–2030.';

  it('refuses a plan with errors (exit 1), prints them and writes nothing', () => {
    expect(runs.blocked!.code).toBe(1);
    expect(runs.blocked!.stderr).toContain(error);
    expect(readdirSync(path('ditolak'))).toEqual([]);
  });

  it('with --force prints the errors and writes the file (exit 0)', () => {
    expect(runs.forced!.code).toBe(0);
    expect(runs.forced!.stderr).toContain(error);
    expect(readdirSync(path('dipaksa'))).toEqual([
      'Masterplan-Smart-City-Kabupaten-Banyuwangi-2026-2030.docx',
    ]);
  });

  it('says in Indonesian why it cannot write (exit 2) and leaves nothing behind', () => {
    expect(runs.underFile!.code).toBe(2);
    expect(runs.underFile!.stderr).toContain('tidak dapat ditulis');
    expect(runs.underFile!.stderr).toContain('bukan folder');
    expect(runs.missingFolder!.code).toBe(2);
    expect(runs.missingFolder!.stderr).toContain('folder tujuan tidak ada');
    for (const run of [runs.underFile!, runs.missingFolder!])
      expect(run.stderr).not.toMatch(/at .*\.ts:\d+|internal/i);
    expect(readFileSync(path('catatan.txt'), 'utf8')).toBe('bukan folder');
    expect(existsSync(path('tidak-ada'))).toBe(false);
    const left = readdirSync(dir).filter((name) => name.endsWith('.tmp') || name.startsWith('.'));
    expect(left).toEqual([]);
  });
});
