/** Typed table sections of the plan as printed tables. */
import type { TableRow } from '../model/project.ts';
import { rowsOfTable } from '../plan/programmes.ts';
import type { TableDef } from '../template/types.ts';
import { planColumns, type PlannedColumn } from './columns.ts';
import type { LayoutEnv } from './env.ts';
import type { Orientation } from './geometry.ts';
import type { TableBlock, TableCell } from './model.ts';
import { bodyRow, hasTotals, headerRow, totalRow } from './tableCells.ts';
import { fitTable, type FitRequest, type TableFit } from './tableFit.ts';

/** A finished table and the page orientation it needs. */
export interface PlacedTable {
  block: TableBlock;
  orientation: Orientation;
}

/** Rounded to a tenth of a point: enough precision, and stable in snapshots. */
function round(value: number): number {
  return Math.round(value * 10) / 10;
}

/**
 * Captions the table (numbering it now, in document order) and fits it to the page.
 * The header is one row of the column headers unless given (a grouped header).
 */
export function assembleTable(
  env: LayoutEnv,
  captionText: string,
  columns: PlannedColumn[],
  body: TableCell[][],
  request: FitRequest = {},
  header: TableCell[][] = [headerRow(columns)],
): PlacedTable {
  const fit = fitTable(columns, header, body, env.profile, request);
  const block: TableBlock = {
    kind: 'table',
    caption: env.captions.table(captionText),
    columns: fit.widthsPt.map((width) => ({ width: round(width) })),
    fontPt: fit.fontPt,
    header,
    body,
  };
  return { block, orientation: fit.orientation };
}

/** What identifies a table kind's column set within one layout run. */
function columnsKey(def: TableDef, columns: readonly PlannedColumn[]): string {
  return `${def.id}|${columns.map((c) => c.header).join('|')}`;
}

/**
 * The printed cells of each plan row, per column set, made once per layout run: the
 * shared type size (sharedFontPt) and the table itself both need them, and with the
 * same cell objects the fit measures each cell once (tableFit.ts).
 */
const bodyRows = new WeakMap<LayoutEnv, Map<string, WeakMap<TableRow, TableCell[]>>>();

function rowsOfColumns(env: LayoutEnv, key: string): WeakMap<TableRow, TableCell[]> {
  let byColumns = bodyRows.get(env);
  if (!byColumns) {
    byColumns = new Map();
    bodyRows.set(env, byColumns);
  }
  let rows = byColumns.get(key);
  if (!rows) {
    rows = new WeakMap();
    byColumns.set(key, rows);
  }
  return rows;
}

/** One row per plan row, and a "Jumlah" row when the template sums columns. */
function plainBody(
  env: LayoutEnv,
  def: TableDef,
  columns: PlannedColumn[],
  rows: TableRow[],
): TableCell[][] {
  const made = rowsOfColumns(env, columnsKey(def, columns));
  const body = rows.map((row) => {
    let cells = made.get(row);
    if (!cells) {
      cells = bodyRow(columns, row);
      made.set(row, cells);
    }
    return cells;
  });
  if (hasTotals(columns) && rows.length > 0) body.push(totalRow(columns, rows, 'Jumlah', 'total'));
  return body;
}

/**
 * How every table of `def` in the plan fits together (a table repeated per element fits
 * all its rows together): the largest type they all fit at, so that the tables of one
 * kind look alike, and whether their words fit at all.
 */
// One fit per table kind and column set per layout run: every element table of a plan
// asks for the same answer, and fitting all programme rows 18 times dominated the layout.
const sharedFits = new WeakMap<LayoutEnv, Map<string, TableFit>>();

function sharedFit(env: LayoutEnv, def: TableDef, columns: PlannedColumn[]): TableFit {
  let cache = sharedFits.get(env);
  if (!cache) {
    cache = new Map();
    sharedFits.set(env, cache);
  }
  const key = columnsKey(def, columns);
  const cached = cache.get(key);
  if (cached !== undefined) return cached;
  const rows = rowsOfTable(env.ctx, def.id).map((placed) => placed.row);
  const body = plainBody(env, def, columns, rows);
  const fit = fitTable(columns, [headerRow(columns)], body, env.profile, {
    landscape: def.landscape === true,
  });
  cache.set(key, fit);
  return fit;
}

/** A table of `def` with these columns: one row per plan row and a total row when summed. */
export function rowsTable(
  env: LayoutEnv,
  def: TableDef,
  columns: PlannedColumn[],
  rows: TableRow[],
  captionText: string,
): PlacedTable {
  return assembleTable(env, captionText, columns, plainBody(env, def, columns, rows), {
    landscape: def.landscape === true,
    maxFontPt: sharedFit(env, def, columns).fontPt,
  });
}

/**
 * A table section: every exported column, one row per plan row, and a "Jumlah" row when
 * the template sums columns. Yearly costs get a column per year and one for the period;
 * when that leaves the table's text columns too narrow for their words even on landscape
 * in the smallest type (the province's matrix of regency programmes: thirteen columns,
 * six of them amounts that never wrap, broke "Kabupaten" into "Kab/upat/en"), the period's
 * total stands alone, as in the per-element programme tables.
 */
export function typedTable(
  env: LayoutEnv,
  def: TableDef,
  rows: TableRow[],
  captionText: string,
): PlacedTable {
  const expanded = planColumns(env, def, 'expand');
  const yearly = def.columns.some((column) => column.type === 'yearlyRupiah');
  const columns =
    yearly && !sharedFit(env, def, expanded).wordsFit ? planColumns(env, def, 'total') : expanded;
  return rowsTable(env, def, columns, rows, captionText);
}
