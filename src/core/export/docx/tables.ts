/** Tables: caption above, repeated header rows, widths scaled to the page, shaded cells, source below. */
import { CELL_PADDING_PT, CELL_PADDING_V_PT } from '../../layout/geometry.ts';
import type { TableBlock, TableCell } from '../../layout/model.ts';
import { CELL_VERTICAL_ALIGN, SHADE_COLOR, TABLE_RULE } from '../../layout/style.ts';
import { keepsWithNext } from '../../layout/tableCells.ts';
import { renderCaption } from './captions.ts';
import type { BlockOptions, RenderContext } from './context.ts';
import { paragraph, paragraphProperties, runProperties, type RunProps } from './properties.ts';
import { isPlainRun, renderRuns, runText, textRuns, type RunFormat } from './runs.ts';
import { STYLE } from './styleIds.ts';
import { ptToHalfPoints, ptToTwips } from './units.ts';

/** Word gives border widths in eighths of a point. */
const RULE = `w:val="single" w:sz="${Math.round(TABLE_RULE.widthPt * 8)}" w:color="${TABLE_RULE.color}"`;
const BORDERS = ['top', 'left', 'bottom', 'right', 'insideH', 'insideV']
  .map((side) => `<w:${side} ${RULE}/>`)
  .join('');

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

/** What every cell of one table shares: its run format and its paragraph mark's properties. */
interface TableLook {
  base: RunFormat;
  /** The paragraph mark takes the table's size too: an empty cell is then one table line high. */
  markRun: RunProps;
  /** The w:rPr of `base`, written once for the table's plain runs. */
  baseProperties: string;
  /** The w:pPr of the cells' paragraphs, by keep-with-next and alignment, made once per table. */
  paragraphs: Map<string, string>;
}

function tableLook(fontPt: number): TableLook {
  const size = ptToHalfPoints(fontPt);
  const base = { size };
  return { base, markRun: { size }, baseProperties: runProperties(base), paragraphs: new Map() };
}

/** The w:pPr of a cell's paragraph, as `paragraph` writes it. */
function cellParagraphProperties(
  look: TableLook,
  keepNext: boolean,
  align: TableCell['align'],
): string {
  const key = `${keepNext}|${align}`;
  let properties = look.paragraphs.get(key);
  if (properties === undefined) {
    properties = paragraphProperties({
      style: STYLE.tableText,
      keepNext,
      align,
      run: look.markRun,
    });
    look.paragraphs.set(key, properties);
  }
  return properties;
}

/** The runs of a cell; one plain run, as most cells have, written straight from the table's look. */
function cellRuns(cell: TableCell, ctx: RenderContext, look: TableLook): string {
  const run = cell.runs[0];
  if (run && cell.runs.length === 1 && isPlainRun(run))
    return `<w:r>${look.baseProperties}${runText(run.text)}</w:r>`;
  return renderRuns(cell.runs, ctx, look.base);
}

function cellXml(
  cell: TableCell,
  width: number,
  ctx: RenderContext,
  look: TableLook,
  keepNext: boolean,
): string {
  const span = cell.colSpan && cell.colSpan > 1 ? `<w:gridSpan w:val="${cell.colSpan}"/>` : '';
  const shade = cell.shade
    ? `<w:shd w:val="clear" w:color="auto" w:fill="${SHADE_COLOR[cell.shade]}"/>`
    : '';
  const content = `<w:p>${cellParagraphProperties(look, keepNext, cell.align)}${cellRuns(cell, ctx, look)}</w:p>`;
  return `<w:tc><w:tcPr><w:tcW w:w="${width}" w:type="dxa"/>${span}${shade}<w:vAlign w:val="${CELL_VERTICAL_ALIGN}"/></w:tcPr>${content}</w:tc>`;
}

function rowXml(
  cells: readonly TableCell[],
  widths: readonly number[],
  ctx: RenderContext,
  look: TableLook,
  header: boolean,
  keepNext = false,
): string {
  let column = 0;
  let xml = '';
  for (const cell of cells) {
    const span = Math.max(1, cell.colSpan ?? 1);
    let width = 0;
    for (let i = column; i < column + span; i++) width += widths[i] ?? 0;
    column += span;
    xml += cellXml(cell, width, ctx, look, keepNext);
  }
  // Rows never break across pages: a row split over two pages is hard to read.
  return `<w:tr><w:trPr><w:cantSplit/>${header ? '<w:tblHeader/>' : ''}</w:trPr>${xml}</w:tr>`;
}

function tableXml(block: TableBlock, ctx: RenderContext): string {
  const widths = scaleColumnWidths(
    block.columns.map((c) => c.width),
    ctx.page.textWidth,
  );
  const look = tableLook(block.fontPt);
  const padX = ptToTwips(CELL_PADDING_PT / 2);
  const padY = ptToTwips(CELL_PADDING_V_PT / 2);
  const properties =
    `<w:tblPr><w:tblW w:w="${ctx.page.textWidth}" w:type="dxa"/><w:tblBorders>${BORDERS}</w:tblBorders>` +
    `<w:tblLayout w:type="fixed"/><w:tblCellMar><w:top w:w="${padY}" w:type="dxa"/><w:left w:w="${padX}" w:type="dxa"/>` +
    `<w:bottom w:w="${padY}" w:type="dxa"/><w:right w:w="${padX}" w:type="dxa"/></w:tblCellMar></w:tblPr>`;
  const grid = `<w:tblGrid>${widths.map((w) => `<w:gridCol w:w="${w}"/>`).join('')}</w:tblGrid>`;
  let rows = '';
  for (const cells of block.header) rows += rowXml(cells, widths, ctx, look, true);
  // Word keeps a row on the page of the next when its paragraphs keep with next.
  for (let i = 0; i < block.body.length; i++)
    rows += rowXml(block.body[i] ?? [], widths, ctx, look, false, keepsWithNext(block.body, i));
  return `<w:tbl>${properties}${grid}${rows}</w:tbl>`;
}

/** The table with its caption above and its source line below. */
export function renderTable(
  block: TableBlock,
  ctx: RenderContext,
  options: BlockOptions,
): string[] {
  const caption = renderCaption(block.caption, ctx.captions, ctx.bookmarks, {
    keepNext: true,
    pageBreakBefore: options.pageBreakBefore,
  });
  // A paragraph ends the table when nothing else does, so two tables never merge.
  const after =
    block.source === undefined
      ? paragraph({ style: STYLE.tableEnd })
      : paragraph({ style: STYLE.tableSource }, textRuns(block.source));
  return [caption, tableXml(block, ctx), after];
}
