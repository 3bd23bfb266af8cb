/** Table and figure captions: "Tabel 2.1 Title", centred; the caption is a link target. */
import type { Caption } from '../../../layout/model.ts';
import { LINE_SPACING } from '../../../layout/style.ts';
import type { BuildContext } from '../context.ts';
import { captionFontSize } from '../styles.ts';
import type { Margins, PdfText } from '../types.ts';

/** Room for a caption of up to two lines and its spacing. */
export function captionHeight(ctx: BuildContext): number {
  const line = captionFontSize(ctx.type) * 1.15 * LINE_SPACING.caption;
  return 2 * line + ctx.type.space.captionBefore + ctx.type.space.captionAfter;
}

/** A centred caption carrying the caption's anchor. */
export function caption(source: Caption, margin: Margins): PdfText {
  return {
    text: `${source.label} ${source.text}`,
    style: 'caption',
    id: source.anchor,
    margin,
  };
}
