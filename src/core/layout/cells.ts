/** Writes one typed cell or field value as printed text; money and numbers only through format/. */
import { formatNumber, formatPercent, formatRupiah } from '../format/number.ts';
import type { CellValue } from '../model/project.ts';
import { optionName } from '../plan/options.ts';
import type { CellType, ColumnDef } from '../template/types.ts';
import type { LayoutEnv } from './env.ts';
import type { TableCell } from './model.ts';

export type CellAlign = NonNullable<TableCell['align']>;

const NUMERIC: ReadonlySet<CellType> = new Set([
  'integer',
  'decimal',
  'rupiah',
  'percentage',
  'yearlyRupiah',
]);

/** Numbers sit right so digits line up; years and yes/no sit in the middle. */
export function alignFor(type: CellType): CellAlign {
  if (NUMERIC.has(type)) return 'right';
  return type === 'year' || type === 'boolean' ? 'center' : 'left';
}

/** Whether the column holds numbers that must not wrap. */
export function isNumeric(type: CellType): boolean {
  return NUMERIC.has(type) || type === 'year';
}

// Stored decimals can carry binary noise (0.30000000000000004); four places is more than any field needs.
function tidy(value: number): number {
  return Number(value.toFixed(4));
}

/** The printed text of a scalar value; yearly maps are laid out per year by the caller. */
export function formatValue(
  env: LayoutEnv,
  column: ColumnDef,
  value: CellValue | undefined,
): string {
  if (value === undefined || value === '') return '';
  switch (column.type) {
    case 'text':
    case 'longtext':
      return typeof value === 'string' ? value.trim() : String(value);
    case 'integer':
    case 'decimal':
      return typeof value === 'number' ? formatNumber(tidy(value)) : String(value);
    case 'rupiah':
      return typeof value === 'number' ? formatRupiah(value) : String(value);
    case 'percentage':
      return typeof value === 'number' ? formatPercent(tidy(value)) : String(value);
    case 'year':
      // Never through formatNumber: a year has no thousands dot.
      return String(value);
    case 'choice':
      return typeof value === 'string' ? optionName(env.options(column), value) : '';
    case 'multichoice':
      return Array.isArray(value)
        ? value.map((id) => optionName(env.options(column), id)).join(', ')
        : '';
    case 'boolean':
      return value === true ? 'Ya' : value === false ? 'Tidak' : '';
    case 'yearlyRupiah':
    case 'yearlyText':
      return '';
  }
}
