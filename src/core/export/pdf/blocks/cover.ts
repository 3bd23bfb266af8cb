/**
 * The cover as the layout plans it (layout/style.ts): title, region, Buku, logo and
 * period from the top; issuer and year at the foot of the page. The watermark is set
 * on the cover's page section (content.ts), since pdfmake draws watermarks per section.
 */
import type { CoverBlock } from '../../../layout/model.ts';
import {
  WATERMARK,
  coverLineHeight,
  coverPlan,
  type CoverLine,
  type CoverPlan,
} from '../../../layout/style.ts';
import { type BuildContext, textHeight, textWidth } from '../context.ts';
import { mmToPt } from '../../../layout/geometry.ts';
import { cssColor } from '../styles.ts';
import type { PdfNode, PdfWatermark } from '../types.ts';
import { fitImage } from './figure.ts';

function lineNode(line: CoverLine, plan: CoverPlan, ctx: BuildContext): PdfNode {
  return {
    text: line.text,
    style: 'cover',
    fontSize: ctx.type.size + line.larger,
    margin: [0, line.beforePt, 0, plan.lineAfterPt],
  };
}

/** The cover page's content. */
export function cover(block: CoverBlock, ctx: BuildContext): PdfNode {
  const plan = coverPlan(block);
  const height = textHeight(ctx);
  const [first, ...rest] = plan.top.map((line) => lineNode(line, plan, ctx));
  const drop = height * plan.titleDrop;
  const stack: PdfNode[] = first ? [{ ...first, margin: [0, drop, 0, plan.lineAfterPt] }] : [];
  stack.push(...rest);
  const box = mmToPt(plan.logoBoxMm);
  if (block.logo) {
    const logo = fitImage(block.logo, box / textWidth(ctx), textWidth(ctx), box);
    stack.push({
      image: ctx.images.register(block.logo),
      ...logo,
      alignment: 'center',
      margin: [0, plan.logoGapPt, 0, plan.logoGapPt],
    });
  } else stack.push({ stack: [], margin: [0, plan.logoGapPt, 0, 0] });
  stack.push(...plan.underLogo.map((line) => lineNode(line, plan, ctx)));
  const footHeight = plan.foot.reduce(
    (sum, line) => sum + coverLineHeight(line, plan, ctx.type.size),
    0,
  );
  const foot: PdfNode = {
    stack: plan.foot.map((line) => lineNode(line, plan, ctx)),
    absolutePosition: {
      x: ctx.geometry.margins.left,
      y: ctx.geometry.margins.top + height - footHeight,
    },
  };
  return { stack: [...stack, foot] };
}

/** The cover's watermark as pdfmake draws it, if the cover has one. */
export function coverWatermark(block: CoverBlock): PdfWatermark | undefined {
  return block.watermark
    ? {
        text: block.watermark,
        color: cssColor(WATERMARK.color),
        opacity: WATERMARK.opacity,
        bold: WATERMARK.bold,
      }
    : undefined;
}
