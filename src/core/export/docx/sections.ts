/** Page sections of the model as Word sections: orientation, margins, page numbering, furniture. */
import {
  NumberFormat,
  PageOrientation,
  Paragraph,
  VerticalAlignSection,
  type IPageNumberTypeAttributes,
  type ISectionOptions,
} from 'docx';
import type { LayoutDocument, PageNumbering, PageSection } from '../../layout/model.ts';
import { renderBlocks } from './blocks.ts';
import type { RenderContext } from './context.ts';
import { sectionFurniture } from './headerFooter.ts';
import { A4_TWIPS, pageGeometry } from './units.ts';

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
  const isCover = section.blocks.some((block) => block.kind === 'cover');
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
        margin: page.margins,
        pageNumbers: pageNumbers(section),
      },
      // Word centres the cover on its page; LibreOffice 7 shows it from the top.
      ...(isCover ? { verticalAlign: VerticalAlignSection.CENTER } : {}),
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
