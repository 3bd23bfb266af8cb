/** Page sections of the model as Word sections: orientation, margins, page numbering, furniture. */
import {
  NumberFormat,
  PageOrientation,
  Paragraph,
  type IPageNumberTypeAttributes,
  type ISectionOptions,
} from 'docx';
import type { LayoutDocument, PageNumbering, PageSection } from '../../layout/model.ts';
import { PAGE_FURNITURE } from '../../layout/style.ts';
import { renderBlocks } from './blocks.ts';
import type { RenderContext } from './context.ts';
import { sectionFurniture } from './headerFooter.ts';
import { A4_TWIPS, mmToTwips, pageGeometry } from './units.ts';

const NUMBER_FORMAT = {
  roman: NumberFormat.LOWER_ROMAN,
  arabic: NumberFormat.DECIMAL,
} as const satisfies Record<Exclude<PageNumbering, 'none'>, string>;

function pageNumbers(section: PageSection): IPageNumberTypeAttributes {
  if (section.numbering === 'none') return {};
  return {
    formatType: NUMBER_FORMAT[section.numbering],
    ...(section.restartNumbering ? { start: 1 } : {}),
  };
}

function watermarkOf(section: PageSection): string | undefined {
  for (const block of section.blocks)
    if (block.kind === 'cover' && block.watermark) return block.watermark;
  return undefined;
}

/** One Word section for one page section of the model. */
export function renderSection(
  section: PageSection,
  doc: LayoutDocument,
  documentCtx: Omit<RenderContext, 'page'>,
): ISectionOptions {
  const page = pageGeometry(doc.profile, section.orientation);
  const ctx: RenderContext = { ...documentCtx, page };
  return {
    properties: {
      page: {
        size: {
          width: A4_TWIPS.width,
          height: A4_TWIPS.height,
          orientation:
            section.orientation === 'landscape'
              ? PageOrientation.LANDSCAPE
              : PageOrientation.PORTRAIT,
        },
        margin: {
          ...page.margins,
          header: mmToTwips(PAGE_FURNITURE.distanceMm),
          footer: mmToTwips(PAGE_FURNITURE.distanceMm),
        },
        pageNumbers: pageNumbers(section),
      },
    },
    ...sectionFurniture(
      section.headerFooter ? doc.headerText : undefined,
      doc.profile,
      watermarkOf(section),
    ),
    // A Word section needs a paragraph to hold its properties, even when empty.
    children: section.blocks.length > 0 ? renderBlocks(section.blocks, ctx) : [new Paragraph({})],
  };
}
