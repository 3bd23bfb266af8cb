/**
 * The cover: title, region, book, logo and period from the top; issuer and year
 * at the foot of the page. The watermark is set on the cover's page section
 * (content.ts), since pdfmake draws watermarks per section.
 */
import type { CoverBlock } from '../../../layout/model.ts';
import { type BuildContext, textHeight, textWidth } from '../context.ts';
import type { PdfNode, PdfWatermark } from '../types.ts';
import { fitImage } from './figure.ts';

const LOGO_WIDTH_SHARE = 0.3;
const LOGO_HEIGHT_SHARE = 0.25;

/** The cover page's content. */
export function cover(block: CoverBlock, ctx: BuildContext): PdfNode {
  const { size } = ctx.type;
  const height = textHeight(ctx);
  const stack: PdfNode[] = [
    { text: block.documentTitle, style: 'coverTitle', margin: [0, height * 0.08, 0, size] },
    ...block.regionLines.map((line): PdfNode => ({ text: line, style: 'coverLine' })),
  ];
  if (block.bookLine) {
    stack.push({ text: block.bookLine, style: 'coverLine', margin: [0, size, 0, 0] });
  }
  if (block.logo) {
    const logo = fitImage(block.logo, LOGO_WIDTH_SHARE, textWidth(ctx), height * LOGO_HEIGHT_SHARE);
    stack.push({
      image: ctx.images.register(block.logo),
      ...logo,
      alignment: 'center',
      margin: [0, size * 3, 0, 0],
    });
  }
  stack.push({ text: block.period, style: 'coverLine', margin: [0, size * 3, 0, 0] });
  const foot: PdfNode = {
    stack: [
      { text: block.issuer, style: 'coverSmall' },
      { text: block.year, style: 'coverSmall' },
    ],
    absolutePosition: {
      x: ctx.geometry.margins.left,
      y: ctx.geometry.margins.top + height - 4 * size * 1.15 * ctx.type.lineHeight,
    },
  };
  return { stack: [...stack, foot] };
}

/** The cover's watermark as pdfmake draws it, if the cover has one. */
export function coverWatermark(block: CoverBlock): PdfWatermark | undefined {
  return block.watermark
    ? { text: block.watermark, color: '#9E9E9E', opacity: 0.25, bold: true }
    : undefined;
}
