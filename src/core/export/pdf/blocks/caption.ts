/** Table and figure captions: "Tabel 2.1" in bold, then the title; the caption is a link target. */
import type { Caption } from '../../../layout/model.ts';
import type { BuildContext } from '../context.ts';
import { CAPTION_LINE_HEIGHT, captionFontSize } from '../styles.ts';
import type { Margins, PdfText } from '../types.ts';

/** Room for a caption of up to two lines and its spacing. */
export function captionHeight(ctx: BuildContext): number {
  return 2 * captionFontSize(ctx.type) * 1.15 * CAPTION_LINE_HEIGHT + ctx.type.gap + 4;
}

/** A centred caption carrying the caption's anchor. */
export function caption(source: Caption, margin: Margins): PdfText {
  return {
    text: [{ text: source.label, bold: true }, { text: ` ${source.text}` }],
    style: 'caption',
    id: source.anchor,
    margin,
  };
}
