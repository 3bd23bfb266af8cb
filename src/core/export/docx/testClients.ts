/**
 * Real clients for the DOCX tests: LibreOffice converts to PDF, poppler reads the
 * PDF's text and page sizes, pandoc reads the document's structure, fflate opens
 * the package. Test support only; nothing at run time imports it.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { strFromU8, unzipSync } from 'fflate';

export interface ConvertedDocument {
  docxPath: string;
  pdfPath: string;
  /** The PDF's text per page, whitespace collapsed to single spaces. */
  pages: string[];
  /** Whether each page is wider than tall. */
  landscape: boolean[];
}

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Pages of a PDF as text (pdftotext), one string per page. */
export function pdfPages(pdfPath: string): string[] {
  const text = execFileSync('pdftotext', ['-layout', pdfPath, '-'], { encoding: 'utf8' });
  return text.split('\f').slice(0, -1).map(collapse);
}

/** For each page of a PDF, whether it is landscape (pdfinfo page sizes). */
export function pdfLandscape(pdfPath: string, pageCount: number): boolean[] {
  const info = execFileSync('pdfinfo', ['-f', '1', '-l', String(pageCount), pdfPath], {
    encoding: 'utf8',
  });
  return [...info.matchAll(/^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)/gm)].map(
    ([, width = '0', height = '0']) => Number(width) > Number(height),
  );
}

/**
 * Writes the documents and converts them all with one LibreOffice run (each run
 * costs seconds), in a profile of its own so parallel runs do not collide.
 */
export function convertWithLibreOffice(
  documents: Record<string, Uint8Array>,
): Record<string, ConvertedDocument> {
  const dir = mkdtempSync(join(tmpdir(), 'rencana-docx-'));
  const names = Object.keys(documents);
  const docxPaths = names.map((name) => {
    const path = join(dir, `${name}.docx`);
    writeFileSync(path, documents[name] ?? new Uint8Array());
    return path;
  });
  execFileSync(
    'soffice',
    [
      `-env:UserInstallation=${pathToFileURL(join(dir, 'profile')).href}`,
      '--headless',
      '--convert-to',
      'pdf',
      '--outdir',
      dir,
      ...docxPaths,
    ],
    { stdio: 'pipe', timeout: 120_000 },
  );
  return Object.fromEntries(
    names.map((name, i) => {
      const pdfPath = join(dir, `${name}.pdf`);
      const pages = pdfPages(pdfPath);
      const converted: ConvertedDocument = {
        docxPath: docxPaths[i] ?? '',
        pdfPath,
        pages,
        landscape: pdfLandscape(pdfPath, pages.length),
      };
      return [name, converted];
    }),
  );
}

export interface PandocStructure {
  /** Headings in order: level and plain text. */
  headings: { level: number; text: string }[];
  /** Tables in order, as the plain text of all their cells. */
  tables: string[];
}

function plainText(node: unknown): string {
  if (Array.isArray(node)) return node.map(plainText).join('');
  if (typeof node !== 'object' || node === null) return '';
  const { t, c } = node as { t?: string; c?: unknown };
  if (t === 'Str' && typeof c === 'string') return c;
  if (t === 'Space' || t === 'SoftBreak' || t === 'LineBreak') return ' ';
  return plainText(c);
}

function walk(node: unknown, found: PandocStructure): void {
  if (Array.isArray(node)) {
    for (const child of node) walk(child, found);
    return;
  }
  if (typeof node !== 'object' || node === null) return;
  const { t, c } = node as { t?: string; c?: unknown };
  if (t === 'Header' && Array.isArray(c)) {
    found.headings.push({ level: Number(c[0]), text: collapse(plainText(c[2])) });
    return;
  }
  if (t === 'Table') {
    found.tables.push(collapse(plainText(c)));
    return;
  }
  walk(c, found);
}

/** How pandoc reads a .docx: its headings with their levels, and its tables. */
export function pandocStructure(docxPath: string): PandocStructure {
  const json = execFileSync('pandoc', ['-f', 'docx', '-t', 'json', docxPath], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const found: PandocStructure = { headings: [], tables: [] };
  walk((JSON.parse(json) as { blocks: unknown }).blocks, found);
  return found;
}

/** The XML parts of a .docx package, by path. */
export function packageParts(docx: Uint8Array): Record<string, string> {
  const files = unzipSync(docx, { filter: (file) => /\.(xml|rels)$/.test(file.name) });
  return Object.fromEntries(Object.entries(files).map(([path, data]) => [path, strFromU8(data)]));
}
