/**
 * Running header (the document title over a thin rule) and footer (the page label),
 * as the layout's style has them (PAGE_FURNITURE): the header's top and the footer's
 * foot sit the same distance from the page's edges as in the DOCX's sections.
 * Pages whose section has no header and footer (the cover) get neither.
 */
import { PAGE_FURNITURE, SIZE_DELTA } from '../../layout/style.ts';
import { mmToPt } from '../../layout/geometry.ts';
import type { PageGeometry } from './geometry.ts';
import type { LaidOutPage } from './laidOut.ts';
import type { PageInfo } from './pageLabels.ts';
import { cssColor } from './styles.ts';
import type { PageFurniture } from './types.ts';

/** The header for each page. */
export function pageHeader(
  text: string,
  infos: readonly PageInfo[],
  pages: readonly LaidOutPage[],
  geometry: PageGeometry,
): PageFurniture {
  const { left, right } = geometry.margins;
  const { rule } = PAGE_FURNITURE.header;
  return (pageNumber) => {
    const page = pages[pageNumber - 1];
    if (!text || !page || !infos[pageNumber - 1]?.headerFooter) return null;
    const width = geometry.textWidth[page.pageSize.orientation];
    const y = rule.gapPt / 2;
    return {
      stack: [
        { text, style: 'header' },
        {
          canvas: [
            {
              type: 'line',
              x1: 0,
              y1: y,
              x2: width,
              y2: y,
              lineWidth: rule.widthPt,
              lineColor: cssColor(rule.color),
            },
          ],
        },
      ],
      margin: [left, mmToPt(PAGE_FURNITURE.distanceMm), right, 0],
    };
  };
}

/** The footer (page label) for each page, its line ending where the DOCX's footer ends. */
export function pageFooter(
  infos: readonly PageInfo[],
  geometry: PageGeometry,
  bodySizePt: number,
): PageFurniture {
  const { left, right, bottom } = geometry.margins;
  const line = (bodySizePt + SIZE_DELTA.footer) * 1.15;
  const top = Math.max(0, bottom - mmToPt(PAGE_FURNITURE.distanceMm) - line);
  return (pageNumber) => {
    const info = infos[pageNumber - 1];
    if (!info?.headerFooter || !info.label) return null;
    return { text: info.label, style: 'footer', margin: [left, top, right, 0] };
  };
}
