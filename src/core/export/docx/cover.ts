/**
 * The cover page: title, Buku, region and period at the top, the region's logo in
 * the middle, issuer and year at the foot. Word centres the block on the page (the
 * section's vertical alignment); readers that ignore that show it from the top,
 * which the gaps keep balanced.
 */
import { Paragraph, TextRun } from 'docx';
import type { CoverBlock } from '../../layout/model.ts';
import type { BlockOptions, RenderContext } from './context.ts';
import { imageRun, imageSize } from './figures.ts';
import { STYLE } from './styleIds.ts';
import { mmToTwips, ptToHalfPoints, ptToTwips } from './units.ts';

/** The logo fits a 45 mm square. */
const LOGO_BOX_MM = 45;

/** Space above and below the logo, in points. */
const LOGO_GAP_PT = 72;

interface CoverLine {
  text: string;
  /** Points above the body size. */
  larger: number;
  beforePt: number;
}

function linesAboveLogo(cover: CoverBlock): CoverLine[] {
  return [
    { text: cover.documentTitle, larger: 4, beforePt: 0 },
    ...(cover.bookLine ? [{ text: cover.bookLine, larger: 2, beforePt: 12 }] : []),
    ...cover.regionLines.map((text, i) => ({ text, larger: 4, beforePt: i === 0 ? 24 : 0 })),
    { text: cover.period, larger: 2, beforePt: 12 },
  ];
}

function lineParagraph(line: CoverLine, sizePt: number, pageBreakBefore: boolean): Paragraph {
  return new Paragraph({
    style: STYLE.cover,
    pageBreakBefore,
    spacing: { before: ptToTwips(line.beforePt) },
    children: [
      new TextRun({ text: line.text, bold: true, size: ptToHalfPoints(sizePt + line.larger) }),
    ],
  });
}

function logoParagraph(cover: CoverBlock): Paragraph {
  const gap = ptToTwips(LOGO_GAP_PT);
  const box = mmToTwips(LOGO_BOX_MM);
  return new Paragraph({
    style: STYLE.cover,
    spacing: { before: gap, after: gap },
    children: cover.logo
      ? [
          imageRun(
            cover.logo,
            imageSize(cover.logo, box, box),
            `Logo ${cover.regionLines.join(' ')}`,
          ),
        ]
      : [],
  });
}

/** The cover's paragraphs. */
export function renderCover(
  cover: CoverBlock,
  ctx: RenderContext,
  options: BlockOptions,
): Paragraph[] {
  const size = ctx.profile.fontSizePt;
  const foot: CoverLine[] = [
    { text: cover.issuer, larger: 2, beforePt: 0 },
    { text: cover.year, larger: 2, beforePt: 0 },
  ];
  return [
    ...linesAboveLogo(cover).map((line, i) =>
      lineParagraph(line, size, options.pageBreakBefore && i === 0),
    ),
    logoParagraph(cover),
    ...foot.map((line) => lineParagraph(line, size, false)),
  ];
}
