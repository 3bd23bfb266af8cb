/** Programme and quick-win rows gathered from every table of the plan. */
import type { TableRow } from '../model/project.ts';
import type { OutlineSection } from '../template/outline.ts';
import type { PlanContext } from './context.ts';

export interface PlacedRow {
  section: OutlineSection;
  row: TableRow;
  /** 0-based index in its table. */
  index: number;
}

/** Rows of every table section whose table id is `tableId`, in document order. */
export function rowsOfTable(ctx: PlanContext, tableId: string): PlacedRow[] {
  const placed: PlacedRow[] = [];
  for (const section of ctx.outline.sections) {
    if (section.def.kind !== 'table' || section.def.table !== tableId) continue;
    const content = ctx.project.sections[section.key];
    if (content?.kind !== 'table') continue;
    content.rows.forEach((row, index) => placed.push({ section, row, index }));
  }
  return placed;
}

/** All programme rows (Buku II element tables). */
export function programmeRows(ctx: PlanContext): PlacedRow[] {
  return rowsOfTable(ctx, 'programme');
}

/** All quick-win rows (Buku III). */
export function quickWinRows(ctx: PlanContext): PlacedRow[] {
  return rowsOfTable(ctx, 'quickwin');
}

export function cellString(row: TableRow, column: string): string | undefined {
  const value = row.cells[column];
  return typeof value === 'string' && value !== '' ? value : undefined;
}

export function cellNumber(row: TableRow, column: string): number | undefined {
  const value = row.cells[column];
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

export function cellList(row: TableRow, column: string): string[] {
  const value = row.cells[column];
  return Array.isArray(value) ? value : [];
}

/** A yearly map (year → number) as entries with numeric years. */
export function cellYearly(row: TableRow, column: string): [number, number][] {
  const value = row.cells[column];
  if (!value || typeof value !== 'object' || Array.isArray(value)) return [];
  return Object.entries(value)
    .filter((entry): entry is [string, number] => typeof entry[1] === 'number')
    .map(([year, amount]) => [Number(year), amount] as [number, number])
    .sort((a, b) => a[0] - b[0]);
}

/** A yearly text map (year → target). */
export function cellYearlyText(row: TableRow, column: string): Record<string, string> {
  const value = row.cells[column];
  if (!value || typeof value !== 'object' || Array.isArray(value)) return {};
  return Object.fromEntries(
    Object.entries(value).filter(
      (entry): entry is [string, string] => typeof entry[1] === 'string',
    ),
  );
}

/** Sum of a yearly Rupiah cell. */
export function yearlyTotal(row: TableRow, column: string): number {
  return cellYearly(row, column).reduce((sum, [, amount]) => sum + amount, 0);
}
