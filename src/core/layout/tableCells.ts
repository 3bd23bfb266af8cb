/** Rows of printed tables: header, plain rows, group titles and total rows. */
import type { TableRow } from '../model/project.ts';
import type { PlannedColumn } from './columns.ts';
import type { CellShade, TableCell } from './model.ts';
import { runsOf } from './runs.ts';

/** The header row: bold, centred, shaded. */
export function headerRow(columns: PlannedColumn[]): TableCell[] {
  return columns.map((c) => ({ runs: runsOf(c.header, true), align: 'center', shade: 'header' }));
}

/** One data row. */
export function bodyRow(columns: PlannedColumn[], row: TableRow): TableCell[] {
  return columns.map((c) => ({ runs: c.runs ? c.runs(row) : runsOf(c.text(row)), align: c.align }));
}

/** A title row spanning the whole table (a dimension in the programme matrix). */
export function groupRow(columns: PlannedColumn[], title: string): TableCell[] {
  return [{ runs: runsOf(title, true), align: 'left', colSpan: columns.length, shade: 'group' }];
}

/** Whether a row is a group title made by `groupRow`. */
export function isGroupRow(row: readonly TableCell[]): boolean {
  return row.length === 1 && row[0]?.shade === 'group';
}

/** Whether a row is a total row made by `totalRow`. */
export function isTotalRow(row: readonly TableCell[]): boolean {
  return row.some((cell) => cell.shade === 'total' || cell.shade === 'subtotal');
}

/**
 * Whether body row `index` must stay on the page of the row after it: a group title
 * never ends a page, and a total never starts one alone. Both exporters and the page
 * estimate keep these pairs together.
 */
export function keepsWithNext(body: readonly TableCell[][], index: number): boolean {
  const next = body[index + 1];
  if (!next) return false;
  return isGroupRow(body[index] ?? []) || isTotalRow(next);
}

/**
 * A total row: the label spans the columns before the first summed one, each
 * summed column shows its sum (empty when no row has a value), the rest stay empty.
 */
export function totalRow(
  columns: PlannedColumn[],
  rows: TableRow[],
  label: string,
  shade: Extract<CellShade, 'subtotal' | 'total'>,
): TableCell[] {
  const first = columns.findIndex((c) => c.amount !== undefined);
  if (first < 0) return [];
  const cells: TableCell[] = [];
  if (first > 0) cells.push({ runs: runsOf(label, true), align: 'left', colSpan: first, shade });
  for (const column of columns.slice(first)) {
    const amounts = column.amount
      ? rows.map((r) => column.amount!(r)).filter((a): a is number => a !== undefined)
      : [];
    const text =
      amounts.length && column.formatAmount
        ? column.formatAmount(amounts.reduce((sum, a) => sum + a, 0))
        : '';
    cells.push({ runs: runsOf(text, true), align: column.align, shade });
  }
  return cells;
}

/** Whether any column of the table is summed. */
export function hasTotals(columns: PlannedColumn[]): boolean {
  return columns.some((c) => c.amount !== undefined);
}
