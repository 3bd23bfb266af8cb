/**
 * Captions as Word writes them: "Tabel 2." then a SEQ Tabel field whose cached
 * result is the model's number, so Word's caption numbering and the Daftar Tabel /
 * Daftar Gambar fields (TOC \c "Tabel") find them.
 */
import type { Caption } from '../../layout/model.ts';
import type { BookmarkNames } from './bookmarks.ts';
import { field } from './fields.ts';
import { paragraph, type ParagraphProps } from './properties.ts';
import { textRun } from './runs.ts';
import { STYLE } from './styleIds.ts';

interface CaptionLabel {
  /** The SEQ identifier: "Tabel", "Gambar". */
  identifier: string;
  /** What comes before the counted number: "2." under BAB II, "" when numbered plainly. */
  prefix: string;
  value: number;
}

/** "Tabel 2.1" → Tabel, "2.", 1; undefined when the label does not end in a number. */
export function parseCaptionLabel(label: string): CaptionLabel | undefined {
  const match = /^(\S+)\s+(\S*?)(\d+)$/.exec(label);
  if (!match) return undefined;
  const [, identifier = '', prefix = '', digits = ''] = match;
  return { identifier, prefix, value: Number(digits) };
}

/**
 * The SEQ counters, in document order. A caption whose number is not the next
 * count (the first of a chapter) resets its sequence with \r, which Word and
 * LibreOffice both follow; the others count on, as Word's own captions do.
 */
export class CaptionSequences {
  private readonly last = new Map<string, number>();

  /** The SEQ field code of the next caption of `label`'s sequence. */
  code(label: CaptionLabel): string {
    const counts = label.value === (this.last.get(label.identifier) ?? 0) + 1;
    this.last.set(label.identifier, label.value);
    const code = `SEQ ${label.identifier} \\* ARABIC`;
    return counts ? code : `${code} \\r ${label.value}`;
  }
}

function captionContent(caption: Caption, sequences: CaptionSequences): string {
  const label = parseCaptionLabel(caption.label);
  if (!label) return textRun(`${caption.label} ${caption.text}`);
  return (
    textRun(`${label.identifier} ${label.prefix}`) +
    field(sequences.code(label), String(label.value)) +
    textRun(` ${caption.text}`)
  );
}

/** The caption paragraph, bookmarked for the lists of tables and figures. */
export function renderCaption(
  caption: Caption,
  sequences: CaptionSequences,
  bookmarks: BookmarkNames,
  properties: Omit<ParagraphProps, 'style'> = {},
): string {
  return paragraph(
    { ...properties, style: STYLE.caption },
    bookmarks.around(caption.anchor, captionContent(caption, sequences)),
  );
}
