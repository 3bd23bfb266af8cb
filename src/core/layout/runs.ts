/** Small constructors of runs and paragraphs used across the builders. */
import type { ParagraphBlock, Run } from './model.ts';

/** What an empty required section shows, so reviewers see the gap. */
export const PLACEHOLDER_TEXT = '[Bagian ini belum diisi]';

/** A single plain (or bold) run; an empty text gives no run at all. */
export function runsOf(text: string, bold = false): Run[] {
  if (text === '') return [];
  return bold ? [{ text, bold: true }] : [{ text }];
}

/** A body paragraph of one run. */
export function paragraph(
  text: string,
  align: ParagraphBlock['align'] = 'justify',
  bold = false,
): ParagraphBlock {
  return { kind: 'paragraph', style: 'body', align, runs: runsOf(text, bold) };
}

/** The placeholder paragraph of an empty required section (or a custom bracketed note). */
export function placeholder(text: string = PLACEHOLDER_TEXT): ParagraphBlock {
  return { kind: 'paragraph', style: 'placeholder', align: 'left', runs: [{ text }] };
}

/** A note paragraph (explanations under generated tables). */
export function note(text: string): ParagraphBlock {
  return { kind: 'paragraph', style: 'note', align: 'left', runs: [{ text }] };
}

/** The plain text of runs (footnote marks excluded). */
export function runsText(runs: Run[]): string {
  return runs
    .filter((r) => r.footnote === undefined)
    .map((r) => r.text)
    .join('');
}
