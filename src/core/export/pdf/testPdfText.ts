/**
 * Test helpers over `pdftotext -layout` pages: the printed label of each page
 * (read from its footer), the entries of a printed list (Daftar Isi …), and the
 * page where a heading or caption is printed.
 */

export interface PrintedPage {
  /** 0-based physical page. */
  index: number;
  /** Lines between header and footer, right-trimmed, without empty lines. */
  content: string[];
  hasHeader: boolean;
  /** The footer's page label; "" without header and footer. */
  label: string;
}

const LABELLED = /^(.*\S)\s{2,}([ivxlcdm]+|\d+)$/;
const LIST_TITLE = /^DAFTAR (ISI|TABEL|GAMBAR)$/;

/** Collapses runs of white space. */
export function normalize(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Pages with header, content and footer label separated. */
export function printedPages(texts: readonly string[], headerText: string): PrintedPage[] {
  return texts.map((text, index) => {
    const lines = text
      .split('\n')
      .map((line) => line.trimEnd())
      .filter((line) => line.trim() !== '');
    const hasHeader = normalize(lines[0] ?? '') === normalize(headerText);
    return {
      index,
      hasHeader,
      label: hasHeader ? normalize(lines[lines.length - 1] ?? '') : '',
      content: hasHeader ? lines.slice(1, -1) : lines,
    };
  });
}

/** A page of a printed list: starts with a list title, or mostly lines ending in a page label. */
export function isListPage(page: PrintedPage): boolean {
  if (page.content.some((line) => LIST_TITLE.test(normalize(line)))) return true;
  const labelled = page.content.filter((line) => LABELLED.test(line)).length;
  return page.content.length > 0 && labelled / page.content.length >= 0.6;
}

export interface PrintedEntry {
  title: string;
  label: string;
}

/** The entries under a list title ("DAFTAR ISI"), joining titles that wrap. */
export function listEntries(pages: readonly PrintedPage[], title: string): PrintedEntry[] {
  const start = pages.findIndex((page) => page.content.some((line) => normalize(line) === title));
  if (start < 0) return [];
  const entries: PrintedEntry[] = [];
  let pending = '';
  for (let i = start; i < pages.length; i++) {
    const page = pages[i];
    if (!page || (i > start && !isListPage(page))) break;
    let lines = page.content;
    if (i === start) lines = lines.slice(lines.findIndex((line) => normalize(line) === title) + 1);
    for (const line of lines) {
      if (LIST_TITLE.test(normalize(line))) return entries;
      const match = LABELLED.exec(line);
      if (match?.[1] && match[2]) {
        entries.push({ title: normalize(`${pending} ${match[1]}`), label: match[2] });
        pending = '';
      } else {
        pending = `${pending} ${line}`;
      }
    }
  }
  return entries;
}

/** How a heading or caption is printed: its lines, the last possibly cut short by wrapping. */
export type PrintedForm = string[];

function lineMatches(line: string, expected: string, last: boolean): boolean {
  const got = normalize(line);
  if (got === expected) return true;
  return last && got.length >= Math.min(expected.length, 12) && expected.startsWith(got);
}

/** The first page at or after `from` (not a list page) where the form is printed. */
export function findPrinted(pages: readonly PrintedPage[], form: PrintedForm, from = 0): number {
  const expected = form.map(normalize);
  for (let i = from; i < pages.length; i++) {
    const page = pages[i];
    if (!page || isListPage(page)) continue;
    for (let l = 0; l < page.content.length; l++) {
      const all = expected.every((want, k) =>
        lineMatches(page.content[l + k] ?? '', want, k === expected.length - 1),
      );
      if (all) return i;
    }
  }
  return -1;
}
