/** The document's footnotes, numbered in the order the text refers to them. */
import { Paragraph, TextRun } from 'docx';
import { STYLE } from './styleIds.ts';

export type FootnoteMap = Record<string, { children: Paragraph[] }>;

export class FootnoteCollector {
  private readonly notes: FootnoteMap = {};
  private count = 0;

  /** Adds a note and returns the id its reference run points to. */
  add(text: string): number {
    this.count++;
    this.notes[String(this.count)] = {
      children: [new Paragraph({ style: STYLE.footnoteText, children: [new TextRun(` ${text}`)] })],
    };
    return this.count;
  }

  /** Every note, for the document's footnotes part. */
  all(): FootnoteMap {
    return this.notes;
  }
}
