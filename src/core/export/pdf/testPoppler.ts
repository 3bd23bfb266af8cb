/**
 * Test helpers that read a PDF the way a reviewer's tools do, with poppler
 * (pdftotext, pdffonts, pdfinfo, pdftohtml for the outline; Debian package
 * poppler-utils), and parse what they print.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';

const tempDirs: string[] = [];

/** Writes the bytes to a temporary file and returns its path. */
export function writeTempPdf(bytes: Uint8Array, name = 'out.pdf'): string {
  const dir = mkdtempSync(join(tmpdir(), 'rencana-pdf-'));
  tempDirs.push(dir);
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
}

/** Removes the files writeTempPdf wrote. */
export function removeTempPdfs(): void {
  for (const dir of tempDirs.splice(0)) rmSync(dir, { recursive: true, force: true });
}

function run(tool: string, args: string[]): string {
  return execFileSync(tool, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
}

/** The text of each page, laid out as on the page (pdftotext -layout). */
export function pageTexts(pdf: string): string[] {
  const pages = run('pdftotext', ['-layout', pdf, '-']).split('\f');
  if (pages[pages.length - 1]?.trim() === '') pages.pop();
  return pages;
}

export interface FontRow {
  name: string;
  type: string;
  embedded: boolean;
  subset: boolean;
}

/** pdffonts' table. */
export function fonts(pdf: string): FontRow[] {
  return run('pdffonts', [pdf])
    .split('\n')
    .slice(2)
    .filter((line) => line.trim() !== '')
    .map((line) => {
      // name type… encoding emb sub uni object ID: read the flags from the right.
      const parts = line.trim().split(/\s+/);
      const flags = parts.slice(-5, -2);
      return {
        name: parts[0] ?? '',
        type: parts.slice(1, -6).join(' '),
        embedded: flags[0] === 'yes',
        subset: flags[1] === 'yes',
      };
    });
}

/** pdfinfo's fields, e.g. Title, Author, Pages. */
export function info(pdf: string): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const line of run('pdfinfo', [pdf]).split('\n')) {
    const match = /^([^:]+):\s*(.*)$/.exec(line);
    if (match?.[1] && match[2] !== undefined) fields[match[1]] = match[2];
  }
  return fields;
}

/** Width and height of every page, in points. */
export function pageSizes(pdf: string): { width: number; height: number }[] {
  const last = info(pdf).Pages ?? '1';
  const sizes: { width: number; height: number }[] = [];
  for (const line of run('pdfinfo', ['-f', '1', '-l', last, pdf]).split('\n')) {
    const match = /^Page\s+\d+\s+size:\s+([\d.]+) x ([\d.]+)/.exec(line);
    if (match) sizes.push({ width: Number(match[1]), height: Number(match[2]) });
  }
  return sizes;
}

export interface Bookmark {
  title: string;
  /** Physical page, 1-based. */
  page: number;
  children: Bookmark[];
}

function unescapeXml(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

/** The bookmark tree, as poppler reads it (pdftohtml -xml prints the outline). */
export function bookmarks(pdf: string): Bookmark[] {
  const xml = run('pdftohtml', ['-xml', '-i', '-q', '-stdout', pdf]);
  const start = xml.indexOf('<outline>');
  if (start < 0) return [];
  const root: Bookmark[] = [];
  const levels: Bookmark[][] = [];
  let current = root;
  const token = /<outline>|<\/outline>|<item page="(\d+)">([\s\S]*?)<\/item>/g;
  token.lastIndex = start;
  for (let match = token.exec(xml); match; match = token.exec(xml)) {
    if (match[0] === '<outline>') {
      levels.push(current);
      current = current[current.length - 1]?.children ?? current;
    } else if (match[0] === '</outline>') {
      current = levels.pop() ?? root;
      if (levels.length === 0) break;
    } else {
      current.push({
        title: unescapeXml(match[2] ?? '').trim(),
        page: Number(match[1]),
        children: [],
      });
    }
  }
  return root;
}

/**
 * Every page drawn as a viewer draws it (pdftoppm, colour, anti-aliased), as raw PPM
 * bytes: two files whose pages are equal here look the same to a reviewer.
 */
export function pagePixels(pdf: string, dpi = 60): Buffer[] {
  const dir = mkdtempSync(join(tmpdir(), 'rencana-ppm-'));
  tempDirs.push(dir);
  run('pdftoppm', ['-r', String(dpi), pdf, join(dir, 'page')]);
  return readdirSync(dir)
    .filter((name) => name.endsWith('.ppm'))
    .sort()
    .map((name) => readFileSync(join(dir, name)));
}

/**
 * The inflated text of every Flate stream of a PDFKit file that inflates on its own (page
 * content, and other objects' streams), in file order; for counting operators.
 */
export function inflatedStreams(file: Uint8Array): string[] {
  const bytes = Buffer.from(file.buffer, file.byteOffset, file.byteLength);
  const latin = bytes.toString('latin1');
  const streams: string[] = [];
  for (const m of latin.matchAll(/\/FlateDecode[^]*?stream\r?\n/g)) {
    const start = (m.index ?? 0) + m[0].length;
    try {
      streams.push(
        inflateSync(bytes.subarray(start, latin.indexOf('endstream', start))).toString('latin1'),
      );
    } catch {
      // compressed with its own parameters (fonts, images): not content to count
    }
  }
  return streams;
}
