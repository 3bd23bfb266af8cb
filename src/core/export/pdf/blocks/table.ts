/**
 * Tables: caption above (kept with the first rows), header rows repeated on every
 * page, relative column widths scaled to the text width of the page's orientation,
 * shading per cell, smaller type for dense matrices, "Sumber: …" below. Rows are
 * kept whole across pages when each surely fits in a third of a page.
 */
import type { TableBlock, TableCell } from '../../../layout/model.ts';
import { SHADE_COLOR } from '../../../layout/style.ts';
import { type BuildContext, textHeight, textWidth } from '../context.ts';
import { keepsWithNext } from '../../../layout/tableCells.ts';
import { keptMark, keptRowKey, nextRowMark } from '../keptRows.ts';
import { inlines } from '../runs.ts';
import { collapsedBefore, cssColor } from '../styles.ts';
import { gridColumnWidths } from '../tableLayouts.ts';
import type { PdfCell, PdfNode, PdfTable, PdfText } from '../types.ts';
import { caption, captionHeight } from './caption.ts';
import { keepWithNext } from './keep.ts';
import { estimatedRowHeights } from './rowHeight.ts';

function cellNode(cell: TableCell, ctx: BuildContext, isHeader: boolean): PdfText {
  const node: PdfText = { text: inlines(cell.runs, ctx.footnotes) };
  if (cell.align) node.alignment = cell.align;
  if (cell.colSpan && cell.colSpan > 1) node.colSpan = cell.colSpan;
  if (cell.shade) node.fillColor = cssColor(SHADE_COLOR[cell.shade]);
  if (isHeader) node.bold = true;
  return node;
}

/**
 * A pdfmake row: a spanning cell is followed by empty cells for the columns it
 * covers. The marks (see keptRows.ts) go on the first cells with text, one each.
 */
function rowCells(
  cells: TableCell[],
  columns: number,
  ctx: BuildContext,
  isHeader: boolean,
  marks: string[] = [],
): PdfCell[] {
  const row: PdfCell[] = [];
  const pending = [...marks];
  for (const cell of cells) {
    const node = cellNode(cell, ctx, isHeader);
    if (pending.length > 0 && cell.runs.some((run) => run.text.trim() !== ''))
      node.id = pending.shift();
    row.push(node);
    for (let i = 1; i < (cell.colSpan ?? 1); i++) row.push({});
  }
  while (row.length < columns) row.push({ text: '' });
  return row;
}

/**
 * The marks of a body row: its own when it keeps with the next row, and the
 * next-row mark of the row before it when that one keeps with it. A subtotal before
 * the grand total carries both, on two of its cells. The first body row gets none: the
 * table cannot be split before it, and pdfmake already keeps it with the header and
 * the rows it keeps with (keepWithHeaderRows), so watching it could only cost a pass.
 */
function rowMarks(block: TableBlock, index: number): string[] {
  const anchor = block.caption.anchor;
  const marks: string[] = [];
  if (index > 0 && keepsWithNext(block.body, index))
    marks.push(keptMark(keptRowKey(anchor, index)));
  if (index > 1 && keepsWithNext(block.body, index - 1))
    marks.push(nextRowMark(keptRowKey(anchor, index - 1)));
  return marks;
}

/**
 * Body row indices where the table is split: before kept rows that would have been parted
 * from the next, or rather before the first row of the chain they belong to (rows each
 * kept with the next: the last programme before a subtotal kept with the grand total), so
 * that no row of the chain is parted from the row after it by the split itself. A chain
 * that starts the table cannot be split from the header.
 */
function splitPoints(block: TableBlock, ctx: BuildContext): number[] {
  const points = new Set<number>();
  block.body.forEach((_, index) => {
    if (!ctx.rowBreaks.has(keptRowKey(block.caption.anchor, index))) return;
    let start = index;
    while (start > 0 && keepsWithNext(block.body, start - 1)) start--;
    if (start > 0) points.add(start);
  });
  return [...points].sort((a, b) => a - b);
}

/**
 * Rows kept with the header of a table (or of a part of one) whose body starts at row
 * `start`: that row, and those it keeps with.
 */
function keptWithHeader(block: TableBlock, start = 0): number {
  let count = 1;
  while (start + count < block.body.length && keepsWithNext(block.body, start + count - 1)) count++;
  return count;
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
  const fontSize = block.fontPt;
  const widths = gridColumnWidths(
    block.columns.map((column) => column.width),
    textWidth(ctx),
  );
  const heights = estimatedRowHeights([...block.header, ...block.body], widths, fontSize);
  const first = heights
    .slice(0, block.header.length + keptWithHeader(block))
    .reduce((sum, h) => sum + h, 0);
  return { fontSize, widths, heights, keep: Math.min(first, textHeight(ctx) / 2) };
}

/** Room the start of a table needs: its caption and what the caption keeps. */
export function tableLead(block: TableBlock, ctx: BuildContext): number {
  return captionHeight(ctx) + tableMetrics(block, ctx).keep;
}

/**
 * The table block with its caption and source line. A table split before a group
 * row (see keptRows.ts) goes on as a second table on a new page, header repeated.
 */
export function table(block: TableBlock, ctx: BuildContext): PdfNode[] {
  const { space } = ctx.type;
  const captionNode = caption(block.caption, [
    0,
    collapsedBefore(ctx.type, space.captionBefore),
    0,
    space.captionAfter,
  ]);
  const columns = block.columns.length;
  if (columns === 0 || block.header.length + block.body.length === 0) return [captionNode];

  const { fontSize, widths, heights, keep } = tableMetrics(block, ctx);
  const header = block.header.map((cells) => rowCells(cells, columns, ctx, true));
  const body = block.body.map((cells, i) =>
    rowCells(cells, columns, ctx, false, rowMarks(block, i)),
  );
  const cuts = [0, ...splitPoints(block, ctx), body.length];
  const segments = cuts.slice(1).map((end, i): PdfTable => {
    const last = i === cuts.length - 2;
    // pdfmake writes its measurements into the nodes: each part gets its own header.
    const rows = [...(i === 0 ? header : structuredClone(header)), ...body.slice(cuts[i], end)];
    const node: PdfTable = {
      table: {
        widths,
        body: rows,
        dontBreakRows: heights.every((height) => height <= textHeight(ctx) / 3),
      },
      layout: 'grid',
      style: 'tableCell',
      fontSize,
      margin: [0, 0, 0, !last || block.source ? 0 : space.paragraphAfter],
      ...(i > 0 ? { pageBreak: 'before' as const } : {}),
    };
    if (header.length > 0 && header.length < rows.length) {
      node.table.headerRows = header.length;
      node.table.keepWithHeaderRows = Math.min(
        keptWithHeader(block, cuts[i]!),
        rows.length - header.length,
      );
    }
    return node;
  });
  const nodes = [...keepWithNext(captionNode, keep), ...segments];
  if (block.source) nodes.push({ text: block.source, style: 'source' });
  return nodes;
}
