/** The signature block as the layout's style sets it (SIGNATURE): right half, room to sign, name underlined. */
import type { SignatureBlock } from '../../../layout/model.ts';
import { SIGNATURE } from '../../../layout/style.ts';
import { type BuildContext, textWidth } from '../context.ts';
import type { PdfNode } from '../types.ts';

/** Place, date, office, room to sign, and the name. */
export function signature(block: SignatureBlock, ctx: BuildContext): PdfNode {
  const { size, gap, space } = ctx.type;
  const signingRoom = SIGNATURE.signingLines * size * 1.15 * SIGNATURE.lineSpacing;
  const columns: PdfNode = {
    columns: [
      { width: '*', text: '' },
      {
        width: textWidth(ctx) * (1 - SIGNATURE.indentShare),
        stack: [
          { text: block.place },
          { text: block.date },
          { text: block.title, bold: SIGNATURE.titleBold, margin: [0, 0, 0, signingRoom] },
          {
            text: [
              {
                text: block.name,
                bold: SIGNATURE.nameBold,
                ...(SIGNATURE.nameUnderline ? { decoration: 'underline' as const } : {}),
              },
            ],
          },
        ],
      },
    ],
    style: 'signature',
  };
  return { stack: [columns], unbreakable: true, margin: [0, space.titleAfter / 2, 0, gap] };
}
