/** Chooses the orientation, type size and column widths of a table from its content. */
import type { ExportProfile } from '../template/types.ts';
import type { PlannedColumn } from './columns.ts';
import { CELL_PADDING_PT, tableFontPt, textArea, type Orientation } from './geometry.ts';
import { longestWordPt, textWidthPt } from './metrics.ts';
import type { TableCell } from './model.ts';
import { runsText } from './runs.ts';
import { planWidths, type WidthSpec } from './widths.ts';

export interface TableFit {
  orientation: Orientation;
  dense: boolean;
  /** Column widths in points for that orientation; they add up to the text width. */
  widthsPt: number[];
}

export interface FitRequest {
  /** Landscape no matter what (the template says so, or the table is a matrix). */
  landscape?: boolean;
  /** Dense no matter what. */
  dense?: boolean;
}

interface Extent {
  word: number;
  line: number;
}

function measure(rows: TableCell[][], count: number, sizePt: number): Extent[] {
  const extents: Extent[] = Array.from({ length: count }, () => ({ word: 0, line: 0 }));
  for (const row of rows) {
    let index = 0;
    for (const cell of row) {
      const span = cell.colSpan ?? 1;
      // Spanning cells (group titles, total labels) fit in whatever their columns get.
      if (span === 1 && extents[index]) {
        const text = runsText(cell.runs);
        const bold = cell.runs.some((r) => r.bold);
        const extent = extents[index]!;
        extent.word = Math.max(extent.word, longestWordPt(text, sizePt, bold));
        for (const line of text.split('\n'))
          extent.line = Math.max(extent.line, textWidthPt(line, sizePt, bold));
      }
      index += span;
    }
  }
  return extents;
}

function specsAt(
  columns: PlannedColumn[],
  header: TableCell[][],
  body: TableCell[][],
  sizePt: number,
): WidthSpec[] {
  const head = measure(header, columns.length, sizePt);
  const cells = measure(body, columns.length, sizePt);
  return columns.map((column, i) => {
    const h = head[i]!;
    const b = cells[i]!;
    const minPt = Math.max(h.word, column.noWrap ? b.line : b.word) + CELL_PADDING_PT;
    const naturalPt = column.noWrap ? minPt : Math.max(h.line, b.line) + CELL_PADDING_PT;
    return { minPt, naturalPt, weight: column.weight, noWrap: column.noWrap };
  });
}

/**
 * Tries portrait at the ordinary table size, then landscape, then landscape dense,
 * and takes the first where no column must be squeezed below its longest word.
 */
export function fitTable(
  columns: PlannedColumn[],
  header: TableCell[][],
  body: TableCell[][],
  profile: ExportProfile,
  request: FitRequest = {},
): TableFit {
  const candidates: { orientation: Orientation; dense: boolean }[] = [
    { orientation: 'portrait', dense: false },
    { orientation: 'landscape', dense: false },
    { orientation: 'landscape', dense: true },
  ].filter(
    (c) => (!request.landscape || c.orientation === 'landscape') && (!request.dense || c.dense),
  ) as { orientation: Orientation; dense: boolean }[];
  let fallback: TableFit | undefined;
  for (const candidate of candidates) {
    const specs = specsAt(columns, header, body, tableFontPt(profile, candidate.dense));
    const available = textArea(profile, candidate.orientation).widthPt;
    const widthsPt = planWidths(specs, available);
    const fit = { ...candidate, widthsPt };
    if (specs.reduce((sum, s) => sum + s.minPt, 0) <= available) return fit;
    fallback = fit;
  }
  return fallback!;
}
