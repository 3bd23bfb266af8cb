/**
 * The programme matrix: every programme of Buku II grouped by dimension, with a
 * subtotal per dimension and a grand total (the annex), and the same builder's
 * per-element variant printed under each element of Buku II.
 */
import type { TableRow } from '../model/project.ts';
import type { PlacedRow } from '../plan/programmes.ts';
import type { TableDef } from '../template/types.ts';
import { planColumn, planColumns, type PlannedColumn } from './columns.ts';
import { DENSE_TABLE_PT } from './geometry.ts';
import type { LayoutEnv } from './env.ts';
import type { TableCell } from './model.ts';
import { runsOf } from './runs.ts';
import { bodyRow, groupRow, hasTotals, totalRow } from './tableCells.ts';
import { assembleTable, rowsTable, type PlacedTable } from './tables.ts';

/**
 * Columns of the annex matrix. A landscape A4 page holds about 640 pt of text: five
 * year columns of "Rp12.300.000.000" and their total take about 450 pt at 8 pt type,
 * so the matrix keeps what identifies a programme and its money. The funding sources
 * go as a second line under the programme's name rather than in a column of their own;
 * outputs, indicators and budget codes are in the per-element tables of Buku II.
 */
export const MATRIX_COLUMNS = ['code', 'name', 'ownerOpd', 'costs'] as const;

const UNASSIGNED = 'Dimensi belum ditentukan';

function withFunding(env: LayoutEnv, def: TableDef, name: PlannedColumn): PlannedColumn {
  const funding = def.columns.find((c) => c.id === 'fundingSources');
  if (!funding) return name;
  const sources = planColumn(env, funding, 'expand', false)[0]!;
  return {
    ...name,
    header: `${name.header} dan ${funding.label}`,
    runs: (row) => {
      const title = runsOf(name.text(row));
      const text = sources.text(row);
      if (!text) return title;
      return [...title, { text: title.length ? `\n${text}` : text, italic: true }];
    },
  };
}

function matrixColumns(env: LayoutEnv, def: TableDef): PlannedColumn[] {
  const summed = new Set(def.totals ?? []);
  return MATRIX_COLUMNS.flatMap((id) => {
    const column = def.columns.find((c) => c.id === id);
    if (!column) return [];
    const planned = planColumn(env, column, 'expand', summed.has(id));
    return id === 'name' ? planned.map((p) => withFunding(env, def, p)) : planned;
  });
}

function dimensionOf(placed: PlacedRow): string | undefined {
  // Where the programme sits decides its group; the dimension cell is the fallback.
  const value = placed.row.cells.dimension;
  return placed.section.dimension?.id ?? (typeof value === 'string' ? value : undefined);
}

/** Groups rows by the framework's dimensions, in framework order; unknown dimensions last. */
export function groupByDimension(
  env: LayoutEnv,
  rows: PlacedRow[],
): { title: string; rows: TableRow[] }[] {
  const groups = env.ctx.template.framework.dimensions.map((d) => ({
    id: d.id,
    title: d.name,
    rows: [] as TableRow[],
  }));
  const rest: TableRow[] = [];
  for (const placed of rows) {
    const id = dimensionOf(placed);
    const group = groups.find((g) => g.id === id);
    (group ? group.rows : rest).push(placed.row);
  }
  const result = groups
    .filter((g) => g.rows.length > 0)
    .map(({ title, rows }) => ({ title, rows }));
  return rest.length ? [...result, { title: UNASSIGNED, rows: rest }] : result;
}

/** The full matrix for the annex: landscape, dense, grouped by dimension with subtotals and a grand total. */
export function programmeMatrix(
  env: LayoutEnv,
  def: TableDef,
  rows: PlacedRow[],
  captionText: string,
): PlacedTable {
  const columns = matrixColumns(env, def);
  const totals = hasTotals(columns);
  const body: TableCell[][] = [];
  for (const group of groupByDimension(env, rows)) {
    body.push(groupRow(columns, group.title));
    for (const row of group.rows) body.push(bodyRow(columns, row));
    if (totals) body.push(totalRow(columns, group.rows, `Jumlah ${group.title}`, 'subtotal'));
  }
  if (totals)
    body.push(
      totalRow(
        columns,
        rows.map((p) => p.row),
        'Jumlah Keseluruhan',
        'total',
      ),
    );
  return assembleTable(env, captionText, columns, body, {
    landscape: true,
    maxFontPt: DENSE_TABLE_PT,
  });
}

/**
 * The programmes of one element: every exported column, the yearly costs as one
 * total for the period (the per-year split is in the annex matrix), and a total row.
 */
export function programmeTable(
  env: LayoutEnv,
  def: TableDef,
  rows: TableRow[],
  captionText: string,
): PlacedTable {
  return rowsTable(env, def, planColumns(env, def, 'total'), rows, captionText);
}
