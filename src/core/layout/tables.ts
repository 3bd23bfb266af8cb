/** Typed table sections of the plan as printed tables. */
import type { TableRow } from '../model/project.ts';
import type { TableDef } from '../template/types.ts';
import { planColumns, type PlannedColumn } from './columns.ts';
import type { LayoutEnv } from './env.ts';
import type { Orientation } from './geometry.ts';
import type { TableBlock, TableCell } from './model.ts';
import { bodyRow, hasTotals, headerRow, totalRow } from './tableCells.ts';
import { fitTable, type FitRequest } from './tableFit.ts';

/** A finished table and the page orientation it needs. */
export interface PlacedTable {
  block: TableBlock;
  orientation: Orientation;
}

/** Rounded to a tenth of a point: enough precision, and stable in snapshots. */
function round(value: number): number {
  return Math.round(value * 10) / 10;
}

/** Captions the table (numbering it now, in document order) and fits it to the page. */
export function assembleTable(
  env: LayoutEnv,
  captionText: string,
  columns: PlannedColumn[],
  body: TableCell[][],
  request: FitRequest = {},
): PlacedTable {
  const header = [headerRow(columns)];
  const fit = fitTable(columns, header, body, env.profile, request);
  const block: TableBlock = {
    kind: 'table',
    caption: env.captions.table(captionText),
    columns: fit.widthsPt.map((width) => ({ width: round(width) })),
    header,
    body,
    ...(fit.dense ? { dense: true } : {}),
  };
  return { block, orientation: fit.orientation };
}

/** A table section: every exported column, one row per plan row, and a "Jumlah" row when the template sums columns. */
export function typedTable(
  env: LayoutEnv,
  def: TableDef,
  rows: TableRow[],
  captionText: string,
): PlacedTable {
  const columns = planColumns(env, def, 'expand');
  const body = rows.map((row) => bodyRow(columns, row));
  if (hasTotals(columns) && rows.length > 0) body.push(totalRow(columns, rows, 'Jumlah', 'total'));
  return assembleTable(env, captionText, columns, body, { landscape: def.landscape === true });
}
