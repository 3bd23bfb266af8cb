/** Tables: caption above, repeated header rows, widths scaled to the page, shaded cells, source below. */
import {
  BorderStyle,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  VerticalAlignTable,
  WidthType,
  type FileChild,
} from 'docx';
import { CELL_PADDING_PT, CELL_PADDING_V_PT } from '../../layout/geometry.ts';
import type { TableBlock, TableCell as ModelCell } from '../../layout/model.ts';
import { CELL_VERTICAL_ALIGN, SHADE_COLOR, TABLE_RULE } from '../../layout/style.ts';
import { keepsWithNext } from '../../layout/tableCells.ts';
import { wordAlignment } from './alignment.ts';
import { renderCaption } from './captions.ts';
import type { BlockOptions, RenderContext } from './context.ts';
import { renderRuns, type RunFormat } from './runs.ts';
import { STYLE } from './styleIds.ts';
import { ptToHalfPoints, ptToTwips } from './units.ts';

const VERTICAL_ALIGN = { top: VerticalAlignTable.TOP } as const;

/** Word gives border widths in eighths of a point. */
const RULE = {
  style: BorderStyle.SINGLE,
  size: Math.round(TABLE_RULE.widthPt * 8),
  color: TABLE_RULE.color,
} as const;

/** Column widths in twips, in the model's proportions, summing exactly to `total`. */
export function scaleColumnWidths(relative: readonly number[], total: number): number[] {
  const sum = relative.reduce((a, b) => a + b, 0);
  let cumulative = 0;
  let used = 0;
  return relative.map((width) => {
    cumulative += sum > 0 ? width : 1;
    const edge = Math.round((total * cumulative) / (sum > 0 ? sum : relative.length));
    const twips = edge - used;
    used = edge;
    return twips;
  });
}

function cellOf(
  cell: ModelCell,
  width: number,
  ctx: RenderContext,
  base: RunFormat,
  keepNext: boolean,
): TableCell {
  const shade = cell.shade;
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    ...(cell.colSpan && cell.colSpan > 1 ? { columnSpan: cell.colSpan } : {}),
    ...(shade
      ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill: SHADE_COLOR[shade] } }
      : {}),
    verticalAlign: VERTICAL_ALIGN[CELL_VERTICAL_ALIGN],
    children: [
      new Paragraph({
        style: STYLE.tableText,
        keepNext,
        // The paragraph mark takes the table's size too: an empty cell is then one table line high.
        run: { size: base.size },
        alignment: wordAlignment(cell.align),
        children: renderRuns(cell.runs, ctx.footnotes, base),
      }),
    ],
  });
}

function rowOf(
  cells: readonly ModelCell[],
  widths: readonly number[],
  ctx: RenderContext,
  base: RunFormat,
  header: boolean,
  keepNext = false,
): TableRow {
  let column = 0;
  const children = cells.map((cell) => {
    const span = Math.max(1, cell.colSpan ?? 1);
    const width = widths.slice(column, column + span).reduce((a, b) => a + b, 0);
    column += span;
    return cellOf(cell, width, ctx, base, keepNext);
  });
  // Rows never break across pages: a row split over two pages is hard to read.
  return new TableRow({ children, tableHeader: header, cantSplit: true });
}

/** The table with its caption above and its source line below. */
export function renderTable(
  block: TableBlock,
  ctx: RenderContext,
  options: BlockOptions,
): FileChild[] {
  const widths = scaleColumnWidths(
    block.columns.map((c) => c.width),
    ctx.page.textWidth,
  );
  const base: RunFormat = { size: ptToHalfPoints(block.fontPt) };
  const padX = ptToTwips(CELL_PADDING_PT / 2);
  const padY = ptToTwips(CELL_PADDING_V_PT / 2);
  const table = new Table({
    width: { size: ctx.page.textWidth, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    margins: { left: padX, right: padX, top: padY, bottom: padY },
    borders: {
      top: RULE,
      bottom: RULE,
      left: RULE,
      right: RULE,
      insideHorizontal: RULE,
      insideVertical: RULE,
    },
    rows: [
      ...block.header.map((cells) => rowOf(cells, widths, ctx, base, true)),
      // Word keeps a row on the page of the next when its paragraphs keep with next.
      ...block.body.map((cells, i) =>
        rowOf(cells, widths, ctx, base, false, keepsWithNext(block.body, i)),
      ),
    ],
  });
  const caption = renderCaption(block.caption, ctx.captions, ctx.bookmarks, {
    keepNext: true,
    pageBreakBefore: options.pageBreakBefore,
  });
  const source =
    block.source === undefined
      ? []
      : [
          new Paragraph({
            style: STYLE.tableSource,
            children: renderRuns([{ text: block.source }], ctx.footnotes),
          }),
        ];
  // A paragraph ends the table when nothing else does, so two tables never merge.
  return [
    caption,
    table,
    ...(source.length > 0 ? source : [new Paragraph({ style: STYLE.tableEnd })]),
  ];
}
