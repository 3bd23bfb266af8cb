/**
 * Plain data tables (the roll-up summaries, see rollup/dataTable.ts) as printed
 * tables: values formatted by the column's kind, group/subtotal/total rows shaded,
 * a second header row over columns that share a group, widths and type size from
 * the same fitting as every other table.
 */
import { formatNumber, formatRupiah } from '../format/number.ts';
import type { DataColumn, DataKind, DataRow, DataTable, DataValue } from '../rollup/index.ts';
import type { CellAlign } from './cells.ts';
import type { PlannedColumn } from './columns.ts';
import type { LayoutEnv } from './env.ts';
import type { Orientation } from './geometry.ts';
import type { TableCell } from './model.ts';
import { runsOf } from './runs.ts';
import { groupRow, headerRow } from './tableCells.ts';
import { fitTable } from './tableFit.ts';
import { assembleTable, type PlacedTable } from './tables.ts';

/** What an empty cell prints. */
export const EMPTY_VALUE = '–';

/** The printed text of one value. */
export function formatDataValue(kind: DataKind, value: DataValue): string {
  if (value === null) return EMPTY_VALUE;
  if (typeof value === 'string') return value;
  switch (kind) {
    case 'rupiah':
      return formatRupiah(value);
    case 'integer':
      return formatNumber(value);
    case 'year':
      // A year has no thousands dot.
      return String(value);
    case 'text':
      return String(value);
  }
}

function alignOf(kind: DataKind): CellAlign {
  if (kind === 'text') return 'left';
  return kind === 'year' ? 'center' : 'right';
}

/** The column as the fitter sees it: relative width as weight, numbers never wrap. */
function plannedColumn(column: DataColumn): PlannedColumn {
  return {
    sourceId: column.id,
    header: column.label,
    align: alignOf(column.kind),
    weight: column.width,
    noWrap: column.kind !== 'text',
    text: () => '',
  };
}

/**
 * The header rows: one row of labels, or, when columns share a `group`, a row with
 * the group titles spanning their columns above it (ungrouped columns left blank there).
 */
function headerRows(table: DataTable, columns: PlannedColumn[]): TableCell[][] {
  const labels = headerRow(columns);
  if (!table.columns.some((c) => c.group !== undefined)) return [labels];
  const top: TableCell[] = [];
  for (let i = 0; i < table.columns.length;) {
    const group = table.columns[i]!.group;
    let span = 1;
    while (group !== undefined && table.columns[i + span]?.group === group) span++;
    top.push({
      runs: group === undefined ? [] : runsOf(group, true),
      align: 'center',
      shade: 'header',
      ...(span > 1 ? { colSpan: span } : {}),
    });
    i += span;
  }
  return [top, labels];
}

function bodyRow(table: DataTable, columns: PlannedColumn[], row: DataRow): TableCell[] {
  if (row.role === 'group') {
    const title = row.values[0];
    return groupRow(columns, title === null || title === undefined ? '' : String(title));
  }
  const shade = row.role === 'subtotal' || row.role === 'total' ? row.role : undefined;
  return table.columns.map((column, i) => {
    const cell: TableCell = {
      runs: runsOf(formatDataValue(column.kind, row.values[i] ?? null), shade !== undefined),
      align: alignOf(column.kind),
    };
    return shade ? { ...cell, shade } : cell;
  });
}

/** A data table's columns, header and body, before fitting and captioning. */
export interface DataTableParts {
  table: DataTable;
  columns: PlannedColumn[];
  header: TableCell[][];
  body: TableCell[][];
}

/** Translates the table's rows into cells. */
export function dataTableParts(table: DataTable): DataTableParts {
  const columns = table.columns.map(plannedColumn);
  return {
    table,
    columns,
    header: headerRows(table, columns),
    body: table.rows.map((row) => bodyRow(table, columns, row)),
  };
}

/** The orientation the table needs: landscape when it says so or its columns need the width. */
export function dataTableOrientation(env: LayoutEnv, parts: DataTableParts): Orientation {
  if (parts.table.landscape) return 'landscape';
  return fitTable(parts.columns, parts.header, parts.body, env.profile).orientation;
}

/**
 * The captioned, fitted table (the caption is numbered now, in document order).
 * `landscape` fits it to a landscape page even when portrait would do, for a
 * section whose other tables are landscape.
 */
export function dataTableBlock(
  env: LayoutEnv,
  parts: DataTableParts,
  landscape = parts.table.landscape,
): PlacedTable {
  return assembleTable(
    env,
    parts.table.caption,
    parts.columns,
    parts.body,
    { landscape },
    parts.header,
  );
}
