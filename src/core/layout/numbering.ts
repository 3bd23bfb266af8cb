/** Numbers of books, chapters, annexes and captions, the way Indonesian plans print them. */
import { toRoman } from '../format/roman.ts';
import { chapterLabel } from '../template/outline.ts';
import type { AnchorFactory } from './anchors.ts';
import type { Caption, HeadingRole } from './model.ts';

/** "BUKU II" */
export function bookNumber(n: number): string {
  return `BUKU ${toRoman(n)}`;
}

/** "BAB II" */
export function chapterNumber(n: number): string {
  return chapterLabel(n);
}

/** "LAMPIRAN 1" */
export function annexNumber(n: number): string {
  return `LAMPIRAN ${n}`;
}

/** The caption prefix of an annex: tables in Lampiran 1 are "Tabel L1.1", "Tabel L1.2" … */
export function annexCaptionPrefix(n: number): string {
  return `L${n}`;
}

/** The heading role of a section at outline depth `depth` (1 = directly under a chapter). */
export function sectionRole(
  depth: number,
): Extract<HeadingRole, 'section' | 'subsection' | 'subsubsection'> {
  if (depth <= 1) return 'section';
  return depth === 2 ? 'subsection' : 'subsubsection';
}

/**
 * Numbers table and figure captions per chapter: "Tabel 4.2", "Gambar 2.1". Each
 * chapter (and each annex) is a scope that starts again at 1. Front matter has the
 * empty prefix and numbers plainly ("Gambar 1"), which never clashes with "Gambar 1.1".
 */
export class CaptionNumbering {
  private prefix = '';
  private tables = 0;
  private figures = 0;

  constructor(private readonly anchors: AnchorFactory) {}

  /** Starts a new scope: "3" for BAB III, "L1" for Lampiran 1, "" for front matter. */
  enter(prefix: string): void {
    this.prefix = prefix;
    this.tables = 0;
    this.figures = 0;
  }

  /** The next table caption in the current scope. */
  table(text: string): Caption {
    this.tables++;
    return { label: `Tabel ${this.number(this.tables)}`, text, anchor: this.anchors.next('tbl') };
  }

  /** The next figure caption in the current scope. */
  figure(text: string): Caption {
    this.figures++;
    return { label: `Gambar ${this.number(this.figures)}`, text, anchor: this.anchors.next('fig') };
  }

  private number(n: number): string {
    return this.prefix ? `${this.prefix}.${n}` : String(n);
  }
}
