/**
 * The cover page as the layout plans it (layout/style.ts): title, region and Buku,
 * the region's logo, the period, and issuer and year at the foot of the page. The
 * space above the foot is worked out from the heights of the lines, so Word and
 * LibreOffice (which ignores a section's vertical alignment) both show the foot
 * at the bottom, as the PDF does.
 */
import type { CoverBlock } from '../../layout/model.ts';
import { coverLineHeight, coverPlan, type CoverLine, type CoverPlan } from '../../layout/style.ts';
import type { BlockOptions, RenderContext } from './context.ts';
import { imageRun, imageSize } from './figures.ts';
import { paragraph } from './properties.ts';
import { textRun } from './runs.ts';
import { STYLE } from './styleIds.ts';
import { TWIPS_PER_PX, mmToTwips, ptToHalfPoints, ptToTwips } from './units.ts';

/** Lines of room kept free at the foot, so rounding in a word processor never pushes the year onto a second page. */
const FOOT_SAFETY_LINES = 2;

function lineParagraph(
  line: CoverLine,
  plan: CoverPlan,
  sizePt: number,
  pageBreakBefore: boolean,
): string {
  return paragraph(
    {
      style: STYLE.cover,
      pageBreakBefore,
      spacing: { before: ptToTwips(line.beforePt), after: ptToTwips(plan.lineAfterPt) },
    },
    textRun(line.text, { bold: true, size: ptToHalfPoints(sizePt + line.larger) }),
  );
}

/** The logo's paragraph and its height in points. */
function logoParagraph(
  cover: CoverBlock,
  plan: CoverPlan,
  ctx: RenderContext,
): { paragraph: string; heightPt: number } {
  const gap = ptToTwips(plan.logoGapPt);
  const box = mmToTwips(plan.logoBoxMm);
  const size = cover.logo ? imageSize(cover.logo, box, box) : undefined;
  const content =
    cover.logo && size
      ? imageRun(cover.logo, size, `Logo ${cover.regionLines.join(' ')}`, ctx.media)
      : '';
  const imagePt = size ? (size.height * TWIPS_PER_PX) / 20 : 0;
  return {
    paragraph: paragraph({ style: STYLE.cover, spacing: { before: gap, after: gap } }, content),
    heightPt: 2 * plan.logoGapPt + imagePt,
  };
}

/** The cover's paragraphs. */
export function renderCover(
  cover: CoverBlock,
  ctx: RenderContext,
  options: BlockOptions,
): string[] {
  const size = ctx.profile.fontSizePt;
  const plan = coverPlan(cover);
  const textHeightPt = ctx.page.textHeight / 20;
  const drop = textHeightPt * plan.titleDrop;
  const top = plan.top.map((l, i) => (i === 0 ? { ...l, beforePt: l.beforePt + drop } : l));
  const logo = logoParagraph(cover, plan, ctx);
  const height = (lines: CoverLine[]) =>
    lines.reduce((sum, l) => sum + coverLineHeight(l, plan, size), 0);
  const used = height(top) + logo.heightPt + height(plan.underLogo) + height(plan.foot);
  const spare = textHeightPt - used - FOOT_SAFETY_LINES * size * 1.15;
  const foot = plan.foot.map((l, i) =>
    i === 0 ? { ...l, beforePt: Math.max(l.beforePt, spare) } : l,
  );
  const line = (l: CoverLine, i: number) =>
    lineParagraph(l, plan, size, options.pageBreakBefore && i === 0);
  return [
    ...top.map(line),
    logo.paragraph,
    ...plan.underLogo.map((l) => line(l, -1)),
    ...foot.map((l) => line(l, -1)),
  ];
}
