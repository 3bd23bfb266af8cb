/**
 * Footnotes. pdfmake cannot reserve room at the foot of a page, so a note is
 * marked with a superscript number (linked to its note) and the notes are printed
 * at the end of the chapter, or of the page section if that comes first. Numbers
 * run through the whole document, as Word numbers footnotes.
 */
import type { PdfInline, PdfNode } from './types.ts';

export interface Footnotes {
  /** The superscript marker for a note, which is kept for the next flush. */
  mark(note: string): PdfInline;
  /** The notes marked since the last flush, under a short rule; null when there are none. */
  flush(): PdfNode | null;
  /** Notes marked so far, including those numbered before this collector (`after`). */
  count(): number;
}

const RULE_LENGTH = 144;

function noteAnchor(n: number): string {
  return `pdf-note-${n}`;
}

/** A fresh collector, numbering from `after` + 1 (notes of earlier page sections). */
export function createFootnotes(after = 0): Footnotes {
  let count = after;
  let pending: { n: number; note: string }[] = [];
  return {
    mark(note) {
      count += 1;
      pending.push({ n: count, note });
      return { text: String(count), sup: true, linkToDestination: noteAnchor(count) };
    },
    flush() {
      if (pending.length === 0) return null;
      const notes: PdfNode[] = pending.map(({ n, note }) => ({
        text: [{ text: String(n), sup: true }, { text: ` ${note}` }],
        style: 'footnote',
        id: noteAnchor(n),
      }));
      pending = [];
      const rule: PdfNode = {
        canvas: [{ type: 'line', x1: 0, y1: 0, x2: RULE_LENGTH, y2: 0, lineWidth: 0.5 }],
        margin: [0, 6, 0, 3],
      };
      return { stack: [rule, ...notes], margin: [0, 0, 0, 6] };
    },
    count: () => count,
  };
}
