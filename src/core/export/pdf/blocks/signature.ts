/** The signature block of the Lembar Pengesahan, on the right half of the page. */
import type { SignatureBlock } from '../../../layout/model.ts';
import { type BuildContext, textWidth } from '../context.ts';
import type { PdfNode } from '../types.ts';

/** Lines left blank for the signature and stamp. */
const SIGNING_LINES = 4;

/** Place, date, office, room to sign, and the name. */
export function signature(block: SignatureBlock, ctx: BuildContext): PdfNode {
  const { size, gap } = ctx.type;
  const columns: PdfNode = {
    columns: [
      { width: '*', text: '' },
      {
        width: textWidth(ctx) * 0.5,
        stack: [
          { text: block.place },
          { text: block.date },
          { text: block.title, bold: true, margin: [0, 0, 0, SIGNING_LINES * size * 1.15] },
          { text: [{ text: block.name, bold: true, decoration: 'underline' }] },
        ],
      },
    ],
    style: 'signature',
  };
  return { stack: [columns], unbreakable: true, margin: [0, 2 * gap, 0, gap] };
}
