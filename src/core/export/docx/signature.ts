/** The signature block as the layout's style sets it (SIGNATURE): right half, room to sign, name underlined. */
import type { SignatureBlock } from '../../layout/model.ts';
import { SIGNATURE, spacing } from '../../layout/style.ts';
import type { BlockOptions, RenderContext } from './context.ts';
import { paragraph } from './properties.ts';
import { textRun } from './runs.ts';
import { STYLE } from './styleIds.ts';
import { ptToTwips } from './units.ts';

interface SignatureLine {
  text: string;
  bold?: boolean;
  underline?: boolean;
}

/** The signature block's paragraphs, kept together on one page. */
export function renderSignature(
  block: SignatureBlock,
  ctx: RenderContext,
  options: BlockOptions,
): string[] {
  const indent = { left: Math.round(ctx.page.textWidth * SIGNATURE.indentShare) };
  const lines: SignatureLine[] = [
    { text: block.place },
    { text: block.date },
    { text: block.title, bold: SIGNATURE.titleBold },
    ...Array.from({ length: SIGNATURE.signingLines }, () => ({ text: '' })),
    { text: block.name, bold: SIGNATURE.nameBold, underline: SIGNATURE.nameUnderline },
  ];
  const before = ptToTwips(spacing(ctx.profile.fontSizePt).titleAfter / 2);
  return lines.map((line, i) =>
    paragraph(
      {
        style: STYLE.signature,
        keepNext: i < lines.length - 1,
        pageBreakBefore: options.pageBreakBefore && i === 0,
        ...(i === 0 ? { spacing: { before } } : {}),
        indent,
      },
      line.text ? textRun(line.text, { bold: line.bold, underline: line.underline }) : '',
    ),
  );
}
