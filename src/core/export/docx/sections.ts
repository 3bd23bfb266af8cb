/** Page sections of the model as Word sections: orientation, margins, page numbering, furniture. */
import type { LayoutDocument, PageNumbering, PageSection } from '../../layout/model.ts';
import { PAGE_FURNITURE } from '../../layout/style.ts';
import { renderBlocks } from './blocks.ts';
import type { RenderContext } from './context.ts';
import type { SectionFurniture } from './headerFooter.ts';
import { A4_TWIPS, mmToTwips, pageGeometry, type PageGeometry } from './units.ts';

const NUMBER_FORMAT = {
  roman: 'lowerRoman',
  arabic: 'decimal',
} as const satisfies Record<Exclude<PageNumbering, 'none'>, string>;

function pageNumbers(section: PageSection): string {
  if (section.numbering === 'none') return '<w:pgNumType/>';
  const start = section.restartNumbering ? ' w:start="1"' : '';
  return `<w:pgNumType${start} w:fmt="${NUMBER_FORMAT[section.numbering]}"/>`;
}

function watermarkOf(section: PageSection): string | undefined {
  for (const block of section.blocks)
    if (block.kind === 'cover' && block.watermark) return block.watermark;
  return undefined;
}

/** The section's properties (w:sectPr). */
function sectionProperties(
  section: PageSection,
  page: PageGeometry,
  furniture: SectionFurniture,
): string {
  const landscape = section.orientation === 'landscape';
  const width = landscape ? A4_TWIPS.height : A4_TWIPS.width;
  const height = landscape ? A4_TWIPS.width : A4_TWIPS.height;
  const { top, right, bottom, left } = page.margins;
  const distance = mmToTwips(PAGE_FURNITURE.distanceMm);
  return (
    `<w:sectPr><w:headerReference w:type="default" r:id="${furniture.header}"/>` +
    `<w:footerReference w:type="default" r:id="${furniture.footer}"/>` +
    `<w:pgSz w:w="${width}" w:h="${height}" w:orient="${section.orientation}"/>` +
    `<w:pgMar w:top="${top}" w:right="${right}" w:bottom="${bottom}" w:left="${left}" w:header="${distance}" w:footer="${distance}" w:gutter="0"/>` +
    `${pageNumbers(section)}<w:docGrid w:linePitch="360"/></w:sectPr>`
  );
}

/**
 * `elements` (paragraphs and tables) ending a section: the section's properties go
 * into the last paragraph, as Word writes them; after a table, a paragraph of its
 * own carries them.
 */
function endSection(elements: string[], properties: string): string[] {
  const last = elements.at(-1);
  if (last === undefined || !last.startsWith('<w:p>'))
    return [...elements, `<w:p><w:pPr>${properties}</w:pPr></w:p>`];
  const end = last.startsWith('<w:p><w:pPr>') ? last.indexOf('</w:pPr>') : -1;
  const withProperties =
    end >= 0
      ? last.slice(0, end) + properties + last.slice(end)
      : `<w:p><w:pPr>${properties}</w:pPr>${last.slice('<w:p>'.length)}`;
  return [...elements.slice(0, -1), withProperties];
}

/**
 * One Word section for one page section of the model. Every section but the last
 * ends in a paragraph holding its properties; the last one's close the body.
 */
export function renderSection(
  section: PageSection,
  doc: LayoutDocument,
  documentCtx: Omit<RenderContext, 'page'>,
  last: boolean,
): string {
  const page = pageGeometry(doc.profile, section.orientation);
  const ctx: RenderContext = { ...documentCtx, page };
  const furniture = ctx.furniture.of(
    section.headerFooter ? doc.headerText : undefined,
    watermarkOf(section),
  );
  const properties = sectionProperties(section, page, furniture);
  const elements = renderBlocks(section.blocks, ctx);
  if (last) return elements.join('') + properties;
  return endSection(elements, properties).join('');
}
