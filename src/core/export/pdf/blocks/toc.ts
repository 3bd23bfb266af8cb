/**
 * Daftar Isi / Tabel / Gambar. Each entry is a row: the title (number hanging
 * before the text, indented by level) and a page-reference cell. The page labels
 * and dot leaders are filled in after layout (tocNumbers.ts), when the pages of
 * every anchor are known.
 */
import type { PageSection, TocBlock, TocEntry } from '../../../layout/model.ts';
import { TOC_LAYOUT, isTocGroupEntry } from '../../../layout/style.ts';
import type { BuildContext } from '../context.ts';
import type { Margins, PdfCell, PdfNode } from '../types.ts';

function entryTitle(entry: TocEntry, which: TocBlock['which'], ctx: BuildContext): PdfCell {
  const { size, space } = ctx.type;
  const bold = isTocGroupEntry(which, entry.level);
  const margin: Margins = [
    Math.max(0, entry.level - 1) * TOC_LAYOUT.levelIndentEm * size,
    bold ? space.tocGroupBefore : 0,
    size,
    0,
  ];
  const link = entry.anchor;
  if (!entry.number) return { text: entry.text, linkToDestination: link, bold, margin };
  return {
    columns: [
      { width: 'auto', text: entry.number, linkToDestination: link, noWrap: true },
      { width: '*', text: entry.text, linkToDestination: link },
    ],
    columnGap: size * 0.5,
    bold,
    margin,
  };
}

/** The list's own title (it has no heading block) and its entries. */
export function toc(block: TocBlock, ctx: BuildContext): PdfNode[] {
  const nodes: PdfNode[] = [{ text: block.title, style: 'frontTitle' }];
  if (block.entries.length === 0) return nodes;
  const body = block.entries.map((entry): PdfCell[] => [
    entryTitle(entry, block.which, ctx),
    { pageReference: entry.anchor, alignment: 'right' },
  ]);
  nodes.push({
    // The page column also holds "00000", pdfmake's placeholder for a page number.
    table: {
      widths: ['*', TOC_LAYOUT.pageColumnEm * ctx.type.size],
      body,
      dontBreakRows: true,
    },
    layout: 'plain',
    style: 'tocEntry',
    margin: [0, 0, 0, ctx.type.gap],
  });
  return nodes;
}

/**
 * Whether a section's pages may hold page references (pdfmake's placeholders, filled by
 * tocNumbers.ts once every page is known): only these lists print them, so the pages of
 * any other section are drawn without looking for one.
 */
export function mayReferToPages(section: PageSection): boolean {
  return section.blocks.some((block) => block.kind === 'toc');
}
