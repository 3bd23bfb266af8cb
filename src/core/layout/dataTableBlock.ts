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
import { fitTable, type TableFit } from './tableFit.ts';
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
  /** The type size, when it is shared with the other parts of a table cut in parts. */
  fontPt?: number;
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

/** The table with only the columns at `indices` (in that order), rows cut to match. */
function withColumns(table: DataTable, indices: number[], caption: string): DataTable {
  return {
    ...table,
    caption,
    columns: indices.map((i) => table.columns[i]!),
    // A group row's title is its first value; it spans whatever columns remain.
    rows: table.rows.map((row) => ({
      ...row,
      values: row.role === 'group' ? row.values : indices.map((i) => row.values[i] ?? null),
    })),
  };
}

/** How the table fits on a page of that orientation. */
function fitOf(env: LayoutEnv, parts: DataTableParts, landscape: boolean): TableFit {
  return fitTable(parts.columns, parts.header, parts.body, env.profile, { landscape });
}

/**
 * The groups in `count` consecutive runs (count ≤ groups), none empty, whose largest has
 * as few columns as can be: the linear partition, by dynamic programming over where each
 * run ends (a table has a few dozen groups at most).
 */
export function balancedRuns<T extends { indices: number[] }>(groups: T[], count: number): T[][] {
  const n = groups.length;
  const prefix = [0];
  for (const group of groups) prefix.push(prefix[prefix.length - 1]! + group.indices.length);
  const size = (from: number, to: number) => prefix[to]! - prefix[from]!;
  // best[k][i]: the smallest largest run putting the first i groups into k runs; cut[k][i]: where the last run starts.
  const best = Array.from({ length: count + 1 }, () => new Array<number>(n + 1).fill(Infinity));
  const cut = Array.from({ length: count + 1 }, () => new Array<number>(n + 1).fill(0));
  best[0]![0] = 0;
  for (let k = 1; k <= count; k++)
    for (let i = k; i <= n; i++)
      for (let j = k - 1; j < i; j++) {
        const largest = Math.max(best[k - 1]![j]!, size(j, i));
        if (largest < best[k]![i]!) {
          best[k]![i] = largest;
          cut[k]![i] = j;
        }
      }
  const runs: T[][] = [];
  for (let k = count, i = n; k > 0; k--) {
    const j = cut[k]![i]!;
    runs.unshift(groups.slice(j, i));
    i = j;
  }
  return runs;
}

/**
 * The table as printed: whole, or, when its columns cannot hold their words even on
 * landscape in the smallest type, cut between its column groups into as few tables as
 * can, with about as many columns each and one type size: each repeats the columns
 * before the first group (what names a row), and the last holds those after the last
 * group (the province's coverage of eighteen elements by regency, a column per element,
 * broke "Kabupaten" and every element's name). Each part is captioned with its groups,
 * e.g. "…: Smart Governance sampai Smart Economy".
 */
export function printedParts(
  env: LayoutEnv,
  parts: DataTableParts,
  landscape = parts.table.landscape,
): DataTableParts[] {
  const { table } = parts;
  const grouped = table.columns.flatMap((c, i) => (c.group === undefined ? [] : [i]));
  if (grouped.length === 0 || fitOf(env, parts, landscape).wordsFit) return [parts];
  const groupNames = new Set(grouped.map((i) => table.columns[i]!.group));
  // One group (the years of a cost): nothing to cut between; the table is squeezed whole.
  if (groupNames.size < 2) return [parts];
  const first = grouped[0]!;
  const last = grouped[grouped.length - 1]!;
  const leading = table.columns.slice(0, first).map((_, i) => i);
  const trailing = table.columns.slice(last + 1).map((_, i) => last + 1 + i);
  /** The groups in order, each with its column indices. */
  const groups: { name: string; indices: number[] }[] = [];
  for (let i = first; i <= last; i++) {
    const name = table.columns[i]!.group ?? '';
    const current = groups[groups.length - 1];
    if (current && current.name === name) current.indices.push(i);
    else groups.push({ name, indices: [i] });
  }
  const partOf = (taken: typeof groups, isLast: boolean): DataTableParts => {
    const names = taken.map((g) => g.name);
    const span = names.length > 1 ? `${names[0]} sampai ${names[names.length - 1]}` : names[0];
    const indices = [...leading, ...taken.flatMap((g) => g.indices), ...(isLast ? trailing : [])];
    return dataTableParts(withColumns(table, indices, `${table.caption}: ${span}`));
  };
  for (let count = 2; count <= groups.length; count++) {
    const cut = balancedRuns(groups, count);
    const printed = cut.map((taken, i) => partOf(taken, i === cut.length - 1));
    const fits = printed.map((part) => fitOf(env, part, landscape));
    if (!fits.every((fit) => fit.wordsFit)) continue;
    // The parts of one table look alike: the largest type all of them fit at.
    const fontPt = Math.min(...fits.map((fit) => fit.fontPt));
    return printed.map((part) => ({ ...part, fontPt }));
  }
  // Not even a group alone fits: each on its own, squeezed.
  return groups.map((group, i) => partOf([group], i === groups.length - 1));
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
    { landscape, ...(parts.fontPt === undefined ? {} : { maxFontPt: parts.fontPt }) },
    parts.header,
  );
}
