/** The document's footnotes, numbered in the order the text refers to them, and their part. */
import { paragraph } from './properties.ts';
import { textRun } from './runs.ts';
import { STYLE } from './styleIds.ts';
import { wordPart } from './xml.ts';

/** The separator lines Word draws above the notes; the footnotes part must define them. */
const SEPARATORS = [
  ['separator', '-1', '<w:separator/>'],
  ['continuationSeparator', '0', '<w:continuationSeparator/>'],
]
  .map(
    ([type, id, mark]) =>
      `<w:footnote w:type="${type}" w:id="${id}"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:r>${mark}</w:r></w:p></w:footnote>`,
  )
  .join('');

const NOTE_MARK = `<w:r><w:rPr><w:rStyle w:val="${STYLE.footnoteReference}"/></w:rPr><w:footnoteRef/></w:r>`;

export class FootnoteCollector {
  private readonly notes: string[] = [];

  /** Adds a note and returns the id its reference run points to. */
  add(text: string): number {
    const id = this.notes.length + 1;
    const content = NOTE_MARK + textRun(` ${text}`);
    this.notes.push(
      `<w:footnote w:id="${id}">${paragraph({ style: STYLE.footnoteText }, content)}</w:footnote>`,
    );
    return id;
  }

  /** The footnotes part. */
  xml(): string {
    return wordPart('w:footnotes', SEPARATORS + this.notes.join(''));
  }
}
