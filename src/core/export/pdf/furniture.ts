/**
 * Running header (the document title, right-aligned over a thin rule) and footer
 * (the page label, centred), placed halfway into the top and bottom margins.
 * Pages whose section has no header and footer (the cover) get neither.
 */
import type { PageGeometry } from './geometry.ts';
import type { LaidOutPage } from './laidOut.ts';
import type { PageInfo } from './pageLabels.ts';
import type { PageFurniture } from './types.ts';

/** How far into the margin the header's top and the footer's top sit, as a share of it. */
const INTO_MARGIN = 0.45;

/** The header for each page. */
export function pageHeader(
  text: string,
  infos: readonly PageInfo[],
  pages: readonly LaidOutPage[],
  geometry: PageGeometry,
): PageFurniture {
  const { left, right, top } = geometry.margins;
  return (pageNumber) => {
    const page = pages[pageNumber - 1];
    if (!text || !page || !infos[pageNumber - 1]?.headerFooter) return null;
    const width = geometry.textWidth[page.pageSize.orientation];
    return {
      stack: [
        { text, style: 'header' },
        {
          canvas: [
            { type: 'line', x1: 0, y1: 2, x2: width, y2: 2, lineWidth: 0.5, lineColor: '#7F7F7F' },
          ],
        },
      ],
      margin: [left, top * INTO_MARGIN, right, 0],
    };
  };
}

/** The footer (page label) for each page. */
export function pageFooter(infos: readonly PageInfo[], geometry: PageGeometry): PageFurniture {
  const { left, right, bottom } = geometry.margins;
  return (pageNumber) => {
    const info = infos[pageNumber - 1];
    if (!info?.headerFooter || !info.label) return null;
    return { text: info.label, style: 'footer', margin: [left, bottom * INTO_MARGIN, right, 0] };
  };
}
