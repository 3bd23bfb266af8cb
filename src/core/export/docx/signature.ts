/** The signature block: place, date, office and name, set in the right half of the page. */
import { Paragraph, TextRun } from 'docx';
import type { SignatureBlock } from '../../layout/model.ts';
import type { BlockOptions, RenderContext } from './context.ts';
import { STYLE } from './styleIds.ts';
import { ptToTwips } from './units.ts';

/** Empty lines left for the signature and stamp. */
const SIGNING_SPACE_LINES = 3;

/** Space between the text above and the block, in points. */
const SPACE_BEFORE_PT = 12;

/** The signature block's paragraphs, kept together on one page. */
export function renderSignature(
  block: SignatureBlock,
  ctx: RenderContext,
  options: BlockOptions,
): Paragraph[] {
  const indent = { left: Math.round(ctx.page.textWidth / 2) };
  const lines: { text: string; bold?: boolean }[] = [
    { text: block.place },
    { text: block.date },
    { text: block.title },
    ...Array.from({ length: SIGNING_SPACE_LINES }, () => ({ text: '' })),
    { text: block.name, bold: true },
  ];
  return lines.map(
    (line, i) =>
      new Paragraph({
        style: STYLE.signature,
        indent,
        keepNext: i < lines.length - 1,
        pageBreakBefore: options.pageBreakBefore && i === 0,
        ...(i === 0 ? { spacing: { before: ptToTwips(SPACE_BEFORE_PT) } } : {}),
        children: line.text ? [new TextRun({ text: line.text, bold: line.bold })] : [],
      }),
  );
}
