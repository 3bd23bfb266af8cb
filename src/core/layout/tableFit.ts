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
  /** Whether every column holds its longest word; false: squeezed, words break (planWidths). */
  wordsFit: boolean;
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

/** A text's width and its longest piece a line cannot break, in em. */
interface TextEm {
  width: number;
  word: number;
}

/**
 * Texts measured so far, per face. A plan's tables repeat their texts (an OPD, a
 * status, an amount, a year): the large benchmark plan's 31,000 cell texts are
 * 3,800 distinct ones. Kept across fits (a table kind's cells are fitted together,
 * then table by table) and across exports, and let go when it grows past a few
 * plans' worth of texts or of characters (a plan whose cells hold long texts).
 */
const measuredTexts = { regular: new Map<string, TextEm>(), bold: new Map<string, TextEm>() };
const MEASURED_TEXTS_KEPT = 50_000;
const MEASURED_CHARS_KEPT = 4_000_000;
let measuredChars = 0;

function textEm(text: string, bold: boolean): TextEm {
  const measured = bold ? measuredTexts.bold : measuredTexts.regular;
  let known = measured.get(text);
  if (known === undefined) {
    if (measured.size >= MEASURED_TEXTS_KEPT || measuredChars >= MEASURED_CHARS_KEPT) {
      measuredTexts.regular.clear();
      measuredTexts.bold.clear();
      measuredChars = 0;
    }
    known = { width: textWidthEm(text, bold), word: longestWordEm(text, bold) };
    measured.set(text, known);
    measuredChars += text.length;
  }
  return known;
}

/**
 * What the cells of one column need, in em: widths scale with the type size, so
 * each candidate size only multiplies. A line of one piece of text (most cells)
 * is wide at a size its width times the size, so the widest of them stays the
 * widest at every size and is all that is kept; a line of several runs keeps the
 * widths of its pieces, summed at each size as if measured there.
 */
interface ColumnEm {
  word: number;
  line: number;
  pieced: number[][];
  /** The text of its cells, all lines end to end, and how many cells: the text it holds. */
  text: number;
  cells: number;
}

function emptyColumn(): ColumnEm {
  return { word: 0, line: 0, pieced: [], text: 0, cells: 0 };
}

/** Adds a line of a cell, as the widths of its pieces, to its column's needs. */
function addLine(column: ColumnEm, pieces: number[]): void {
  if (pieces.length > 1) column.pieced.push(pieces);
  else if (pieces.length === 1) column.line = Math.max(column.line, pieces[0]!);
}

/** Adds a cell's runs to its column's needs. */
function addCell(column: ColumnEm, runs: readonly Run[]): void {
  // Most cells: one run on one line, so a line of one piece; no arrays made for it.
  const only = runs.length === 1 ? runs[0]! : undefined;
  column.cells += 1;
  if (only && only.footnote === undefined && !only.text.includes('\n')) {
    const measured = textEm(only.text, only.bold === true);
    if (measured.word > column.word) column.word = measured.word;
    if (measured.width > column.line) column.line = measured.width;
    column.text += measured.width;
    return;
  }
  let pieces: number[] = [];
  for (const run of runs) {
    if (run.footnote !== undefined) continue;
    const bold = run.bold === true;
    const parts = run.text.split('\n');
    for (let i = 0; i < parts.length; i++) {
      if (i > 0) {
        addLine(column, pieces);
        pieces = [];
      }
      const measured = textEm(parts[i]!, bold);
      column.word = Math.max(column.word, measured.word);
      column.text += measured.width;
      pieces.push(measured.width);
    }
  }
  addLine(column, pieces);
}

/** Longest word and longest line of a column's cells at `sizePt`. */
function columnExtent(column: ColumnEm, sizePt: number): Extent {
  let line = column.line * sizePt;
  for (const pieces of column.pieced) {
    let current = 0;
    for (const em of pieces) current += em * sizePt;
    line = Math.max(line, current);
  }
  return { word: column.word * sizePt, line };
}

/** The needs of `rows` by column; cells spanning columns are left out. */
function measureColumns(rows: TableCell[][], count: number): ColumnEm[] {
  const columns = Array.from({ length: count }, emptyColumn);
  for (const row of rows) {
    let index = 0;
    for (const cell of row) {
      const span = cell.colSpan ?? 1;
      // Spanning cells (group titles, total labels) fit in whatever their columns get.
      if (span === 1 && index < count) addCell(columns[index]!, cell.runs);
      index += span;
    }
  }
  return columns;
}

/** A table's cells measured once, for its column specs at any size. */
export interface MeasuredTable {
  header: ColumnEm[];
  body: ColumnEm[];
}

/** Measures the cells of a table once (see columnSpecs). */
export function measureTable(
  columns: readonly PlannedColumn[],
  header: TableCell[][],
  body: TableCell[][],
): MeasuredTable {
  return {
    header: measureColumns(header, columns.length),
    body: measureColumns(body, columns.length),
  };
}

/** The width specs of the columns at one type size; a column's minimum holds its longest word. */
export function columnSpecs(
  columns: readonly PlannedColumn[],
  measured: MeasuredTable,
  sizePt: number,
): WidthSpec[] {
  const head = measured.header.map((column) => columnExtent(column, sizePt));
  const cells = measured.body.map((column) => columnExtent(column, sizePt));
  const chrome = CELL_PADDING_PT + WORD_SLACK_PT;
  return columns.map((column, i) => {
    const h = head[i]!;
    const b = cells[i]!;
    // The header wraps at spaces only, so its longest word sets a minimum too.
    const minPt = Math.max(h.word, column.noWrap ? b.line : b.word) + chrome;
    const naturalPt = column.noWrap ? minPt : Math.max(h.line, b.line) + chrome;
    const body = measured.body[i]!;
    const textPt = body.cells > 0 ? (body.text / body.cells) * sizePt : 0;
    return { minPt, naturalPt, weight: column.weight, noWrap: column.noWrap, textPt };
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
    const wordsFit = minimumsFit(specs, available);
    const fit = { ...candidate, widthsPt: planWidths(specs, available), wordsFit };
    fallback = fit;
    if (!wordsFit) continue;
    if (comfortable(specs, fit.widthsPt, fit.fontPt)) return fit;
    cramped ??= fit;
    if (all[i + 1]?.orientation !== cramped.orientation) return cramped;
  }
  return cramped ?? fallback!;
}
