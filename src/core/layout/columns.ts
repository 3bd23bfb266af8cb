/**
 * The printed columns of a typed table: columns with `export: false` are left out,
 * yearly columns become one column per plan year (plus a total for money).
 */
import { formatRupiah } from '../format/number.ts';
import type { TableRow } from '../model/project.ts';
import { cellYearly, cellYearlyText } from '../plan/programmes.ts';
import type { ColumnDef, TableDef } from '../template/types.ts';
import { alignFor, formatValue, isNumeric, type CellAlign } from './cells.ts';
import type { LayoutEnv } from './env.ts';
import type { Run } from './model.ts';

export interface PlannedColumn {
  /** Id of the template column it comes from. */
  sourceId: string;
  header: string;
  align: CellAlign;
  /** Relative share of the space left for wrapping columns (the pack's width). */
  weight: number;
  /** Money, numbers and years never wrap. */
  noWrap: boolean;
  text(row: TableRow): string;
  /** Formatted cell content when plain text is not enough (the matrix's name with its funding). */
  runs?: (row: TableRow) => Run[];
  /** The amount this column adds to total rows; absent when the column is not summed. */
  amount?: (row: TableRow) => number | undefined;
  formatAmount?: (sum: number) => string;
}

/** How a yearly Rupiah column prints: one column per year plus a total, or the total alone. */
export type YearlyMode = 'expand' | 'total';

const DEFAULT_WEIGHT = 10;

/** "Perkiraan Biaya per Tahun" → "Perkiraan Biaya", so the year can follow. */
function yearlyBase(label: string): string {
  return label.replace(/\s+per\s+tahun$/i, '').trim();
}

type YearlyEntries = [number, number][];

function yearAmount(entries: YearlyEntries, year: number): number | undefined {
  return entries.find(([y]) => y === year)?.[1];
}

function periodAmount(entries: YearlyEntries, years: number[]): number | undefined {
  // Only years of the period count, so a total always equals the year columns beside it.
  const inPeriod = entries.filter(([y]) => years.includes(y));
  return inPeriod.length ? inPeriod.reduce((sum, [, amount]) => sum + amount, 0) : undefined;
}

/**
 * A row's yearly amounts in one column, read once per row: every year column, the total and
 * the total rows ask for them (the large plan's programme tables asked about 14 times per row).
 * Rows do not change while a table is laid out; the columns of a table live no longer.
 */
function yearlyEntriesOf(column: string): (row: TableRow) => YearlyEntries {
  const read = new WeakMap<TableRow, YearlyEntries>();
  return (row) => {
    let entries = read.get(row);
    if (!entries) read.set(row, (entries = cellYearly(row, column)));
    return entries;
  };
}

function moneyText(value: number | undefined): string {
  return value === undefined ? '' : formatRupiah(value);
}

function yearlyRupiahColumns(
  env: LayoutEnv,
  column: ColumnDef,
  mode: YearlyMode,
  summed: boolean,
): PlannedColumn[] {
  const base = yearlyBase(column.label);
  const { years } = env;
  const entries = yearlyEntriesOf(column.id);
  const period = years.length ? `${years[0]}–${years[years.length - 1]}` : '';
  const common = {
    sourceId: column.id,
    align: 'right' as const,
    weight: 1,
    noWrap: true,
    ...(summed ? { formatAmount: formatRupiah } : {}),
  };
  const total: PlannedColumn = {
    ...common,
    header: mode === 'expand' ? `Jumlah ${period}` : `${base} ${period}`,
    text: (row) => moneyText(periodAmount(entries(row), years)),
    ...(summed ? { amount: (row: TableRow) => periodAmount(entries(row), years) } : {}),
  };
  if (mode === 'total') return [total];
  const perYear = years.map((year): PlannedColumn => ({
    ...common,
    header: `${base} ${year}`,
    text: (row) => moneyText(yearAmount(entries(row), year)),
    ...(summed ? { amount: (row: TableRow) => yearAmount(entries(row), year) } : {}),
  }));
  return [...perYear, total];
}

function yearlyTextColumns(env: LayoutEnv, column: ColumnDef): PlannedColumn[] {
  const base = yearlyBase(column.label);
  const weight = (column.width ?? DEFAULT_WEIGHT) / Math.max(1, env.years.length);
  return env.years.map((year) => ({
    sourceId: column.id,
    header: `${base} ${year}`,
    align: 'left',
    weight,
    noWrap: false,
    text: (row) => (cellYearlyText(row, column.id)[String(year)] ?? '').trim(),
  }));
}

/** The printed columns of one template column. */
export function planColumn(
  env: LayoutEnv,
  column: ColumnDef,
  mode: YearlyMode,
  summed: boolean,
): PlannedColumn[] {
  if (column.type === 'yearlyRupiah') return yearlyRupiahColumns(env, column, mode, summed);
  if (column.type === 'yearlyText') return yearlyTextColumns(env, column);
  const numericSum =
    summed && (column.type === 'rupiah' || column.type === 'integer' || column.type === 'decimal');
  const planned: PlannedColumn = {
    sourceId: column.id,
    header: column.label,
    align: alignFor(column.type),
    weight: column.width ?? DEFAULT_WEIGHT,
    noWrap: isNumeric(column.type),
    text: (row) => formatValue(env, column, row.cells[column.id]),
  };
  if (!numericSum) return [planned];
  return [
    {
      ...planned,
      amount: (row) => {
        const value = row.cells[column.id];
        return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
      },
      formatAmount: (sum) => formatValue(env, column, sum),
    },
  ];
}

/** Every printed column of a table definition, in the template's order. */
export function planColumns(env: LayoutEnv, def: TableDef, mode: YearlyMode): PlannedColumn[] {
  const summed = new Set(def.totals ?? []);
  return def.columns
    .filter((column) => column.export !== false)
    .flatMap((column) => planColumn(env, column, mode, summed.has(column.id)));
}
