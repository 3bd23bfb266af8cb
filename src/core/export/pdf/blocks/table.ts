/**
 * Tables: caption above (kept with the first rows), header rows repeated on every
 * page, relative column widths scaled to the text width of the page's orientation,
 * shading per cell, smaller type for dense matrices, "Sumber: …" below. Rows are
 * kept whole across pages when each surely fits in a third of a page.
 */
import type { TableBlock, TableCell } from '../../../layout/model.ts';
import { type BuildContext, textHeight, textWidth } from '../context.ts';
import { inlines } from '../runs.ts';
import { SHADE_COLOR } from '../shading.ts';
import { tableFontPt } from '../../../layout/geometry.ts';
import { gridColumnWidths } from '../tableLayouts.ts';
import type { PdfCell, PdfNode, PdfTable, PdfText } from '../types.ts';
import { caption, captionHeight } from './caption.ts';
import { keepWithNext } from './keep.ts';
import { estimatedRowHeights } from './rowHeight.ts';

function cellNode(cell: TableCell, ctx: BuildContext, isHeader: boolean): PdfText {
  const node: PdfText = { text: inlines(cell.runs, ctx.footnotes) };
  if (cell.align) node.alignment = cell.align;
  if (cell.colSpan && cell.colSpan > 1) node.colSpan = cell.colSpan;
  if (cell.shade) node.fillColor = SHADE_COLOR[cell.shade];
  if (isHeader) node.bold = true;
  return node;
}

/** A pdfmake row: a spanning cell is followed by empty cells for the columns it covers. */
function rowCells(
  cells: TableCell[],
  columns: number,
  ctx: BuildContext,
  isHeader: boolean,
): PdfCell[] {
  const row: PdfCell[] = [];
  for (const cell of cells) {
    row.push(cellNode(cell, ctx, isHeader));
    for (let i = 1; i < (cell.colSpan ?? 1); i++) row.push({});
  }
  while (row.length < columns) row.push({ text: '' });
  return row;
}

interface TableMetrics {
  fontSize: number;
  widths: number[];
  /** Estimated height of each row, header rows first. */
  heights: number[];
  /** What the caption keeps with it: the header rows and the first body row, at most half a page. */
  keep: number;
}

function tableMetrics(block: TableBlock, ctx: BuildContext): TableMetrics {
  const fontSize = tableFontPt(ctx.profile, block.dense === true);
  const widths = gridColumnWidths(
    block.columns.map((column) => column.width),
    textWidth(ctx),
  );
  const heights = estimatedRowHeights([...block.header, ...block.body], widths, fontSize);
  const first = heights.slice(0, block.header.length + 1).reduce((sum, h) => sum + h, 0);
  return { fontSize, widths, heights, keep: Math.min(first, textHeight(ctx) / 2) };
}

/** Room the start of a table needs: its caption and what the caption keeps. */
export function tableLead(block: TableBlock, ctx: BuildContext): number {
  return captionHeight(ctx) + tableMetrics(block, ctx).keep;
}

/** The table block with its caption and source line. */
export function table(block: TableBlock, ctx: BuildContext): PdfNode[] {
  const captionNode = caption(block.caption, [0, ctx.type.gap, 0, 4]);
  const columns = block.columns.length;
  const rows = [
    ...block.header.map((cells) => rowCells(cells, columns, ctx, true)),
    ...block.body.map((cells) => rowCells(cells, columns, ctx, false)),
  ];
  if (columns === 0 || rows.length === 0) return [captionNode];

  const { fontSize, widths, heights, keep } = tableMetrics(block, ctx);
  const headerRows = block.header.length;
  const node: PdfTable = {
    table: {
      widths,
      body: rows,
      dontBreakRows: heights.every((height) => height <= textHeight(ctx) / 3),
    },
    layout: 'grid',
    style: 'tableCell',
    fontSize,
    margin: [0, 0, 0, block.source ? 0 : ctx.type.gap],
  };
  if (headerRows > 0 && headerRows < rows.length) {
    node.table.headerRows = headerRows;
    node.table.keepWithHeaderRows = 1;
  }
  const nodes = [...keepWithNext(captionNode, keep), node];
  if (block.source) nodes.push({ text: block.source, style: 'source' });
  return nodes;
}
