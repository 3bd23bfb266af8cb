/** Chooses the orientation, type size and column widths of a table from its content. */
import type { ExportProfile } from '../template/types.ts';
import type { PlannedColumn } from './columns.ts';
import {
  CELL_PADDING_PT,
  DENSE_TABLE_PT,
  SMALLEST_TABLE_PT,
  WORD_SLACK_PT,
  tableFontPt,
  textArea,
  type Orientation,
} from './geometry.ts';
import { longestWordEm, textWidthEm } from './metrics.ts';
import type { Run, TableCell } from './model.ts';
import { minimumsFit, planWidths, type WidthSpec } from './widths.ts';

export interface TableFit {
  orientation: Orientation;
  /** Type size of the table's text. */
  fontPt: number;
  /** Column widths in points for that orientation; they add up to the text width. */
  widthsPt: number[];
}

export interface FitRequest {
  /** Landscape no matter what (the template says so, or the table is a matrix). */
  landscape?: boolean;
  /** Type no larger than this (matrices: the dense size; tables of one kind: their shared size). */
  maxFontPt?: number;
}

interface Extent {
  word: number;
  line: number;
}

/**
 * What a cell needs, measured once in em: widths scale with the type size, so each
 * candidate size only multiplies. `lines` keeps, per hard line, the widths of the
 * run pieces on it, so a line's width at a size is summed as if measured there.
 */
interface CellEm {
  word: number;
  lines: number[][];
}

/** Cells measured so far: a table kind's cells are fitted together, then table by table. */
const measuredCells = new WeakMap<TableCell, CellEm>();

function cellEm(cell: TableCell): CellEm {
  const known = measuredCells.get(cell);
  if (known) return known;
  const measured = measureRuns(cell.runs);
  measuredCells.set(cell, measured);
  return measured;
}

function measureRuns(runs: readonly Run[]): CellEm {
  let word = 0;
  const lines: number[][] = [[]];
  for (const run of runs) {
    if (run.footnote !== undefined) continue;
    const bold = run.bold === true;
    run.text.split('\n').forEach((part, i) => {
      if (i > 0) lines.push([]);
      word = Math.max(word, longestWordEm(part, bold));
      lines.at(-1)!.push(textWidthEm(part, bold));
    });
  }
  return { word, lines };
}

/** Longest word and longest line of a cell at `sizePt`. */
function cellExtent(cell: CellEm, sizePt: number): Extent {
  let line = 0;
  for (const pieces of cell.lines) {
    let current = 0;
    for (const em of pieces) current += em * sizePt;
    line = Math.max(line, current);
  }
  return { word: cell.word * sizePt, line };
}

/** The cells of `rows` measured in em, by column; cells spanning columns are left out. */
type ColumnCells = CellEm[][];

function measureEm(rows: TableCell[][], count: number): ColumnCells {
  const columns: ColumnCells = Array.from({ length: count }, () => []);
  for (const row of rows) {
    let index = 0;
    for (const cell of row) {
      const span = cell.colSpan ?? 1;
      // Spanning cells (group titles, total labels) fit in whatever their columns get.
      if (span === 1 && index < count) columns[index]!.push(cellEm(cell));
      index += span;
    }
  }
  return columns;
}

function extentsAt(columns: ColumnCells, sizePt: number): Extent[] {
  return columns.map((cells) => {
    const extent = { word: 0, line: 0 };
    for (const cell of cells) {
      const { word, line } = cellExtent(cell, sizePt);
      extent.word = Math.max(extent.word, word);
      extent.line = Math.max(extent.line, line);
    }
    return extent;
  });
}

/** A table's cells measured once, for its column specs at any size. */
export interface MeasuredTable {
  header: ColumnCells;
  body: ColumnCells;
}

/** Measures the cells of a table once (see columnSpecs). */
export function measureTable(
  columns: readonly PlannedColumn[],
  header: TableCell[][],
  body: TableCell[][],
): MeasuredTable {
  return { header: measureEm(header, columns.length), body: measureEm(body, columns.length) };
}

/** The width specs of the columns at one type size; a column's minimum holds its longest word. */
export function columnSpecs(
  columns: readonly PlannedColumn[],
  measured: MeasuredTable,
  sizePt: number,
): WidthSpec[] {
  const head = extentsAt(measured.header, sizePt);
  const cells = extentsAt(measured.body, sizePt);
  const chrome = CELL_PADDING_PT + WORD_SLACK_PT;
  return columns.map((column, i) => {
    const h = head[i]!;
    const b = cells[i]!;
    // The header wraps at spaces only, so its longest word sets a minimum too.
    const minPt = Math.max(h.word, column.noWrap ? b.line : b.word) + chrome;
    const naturalPt = column.noWrap ? minPt : Math.max(h.line, b.line) + chrome;
    return { minPt, naturalPt, weight: column.weight, noWrap: column.noWrap };
  });
}

interface Candidate {
  orientation: Orientation;
  fontPt: number;
}

/** Portrait at the ordinary table size, then landscape, then smaller type on landscape. */
function candidates(profile: ExportProfile, request: FitRequest): Candidate[] {
  const ordinary = tableFontPt(profile);
  const all: Candidate[] = [
    { orientation: 'portrait', fontPt: ordinary },
    { orientation: 'landscape', fontPt: ordinary },
    { orientation: 'landscape', fontPt: DENSE_TABLE_PT },
    { orientation: 'landscape', fontPt: SMALLEST_TABLE_PT },
  ];
  const allowed = all.filter(
    (c, i) =>
      (!request.landscape || c.orientation === 'landscape') &&
      c.fontPt <= (request.maxFontPt ?? Infinity) &&
      // The same size twice (a small profile) is no new chance.
      all.findIndex((o) => o.orientation === c.orientation && o.fontPt === c.fontPt) === i,
  );
  return allowed.length > 0 ? allowed : all.slice(-1);
}

/**
 * A text column narrower than this many em (about 18 letters) whose text runs to
 * more than CRAMPED_LINES lines reads as a column of broken phrases; smaller type
 * that gives it the room is the better choice.
 */
const COMFORT_EM = 10;
const CRAMPED_LINES = 3;

/** Whether every wrapping column has room to read (see COMFORT_EM). */
function comfortable(
  specs: readonly WidthSpec[],
  widths: readonly number[],
  fontPt: number,
): boolean {
  return specs.every(
    (s, i) =>
      s.noWrap || widths[i]! + 0.01 >= Math.min(s.naturalPt / CRAMPED_LINES, COMFORT_EM * fontPt),
  );
}

/**
 * Takes the first candidate at which every column holds its longest word, so no word
 * breaks. Among the sizes of one orientation, smaller type wins when it alone gives
 * every text column room to read. When no candidate holds the words, the smallest
 * type, squeezed (see planWidths).
 */
export function fitTable(
  columns: readonly PlannedColumn[],
  header: TableCell[][],
  body: TableCell[][],
  profile: ExportProfile,
  request: FitRequest = {},
): TableFit {
  const all = candidates(profile, request);
  const measured = measureTable(columns, header, body);
  let cramped: TableFit | undefined;
  let fallback: TableFit | undefined;
  for (const [i, candidate] of all.entries()) {
    const specs = columnSpecs(columns, measured, candidate.fontPt);
    const available = textArea(profile, candidate.orientation).widthPt;
    const fit = { ...candidate, widthsPt: planWidths(specs, available) };
    fallback = fit;
    if (!minimumsFit(specs, available)) continue;
    if (comfortable(specs, fit.widthsPt, fit.fontPt)) return fit;
    cramped ??= fit;
    if (all[i + 1]?.orientation !== cramped.orientation) return cramped;
  }
  return cramped ?? fallback!;
}
