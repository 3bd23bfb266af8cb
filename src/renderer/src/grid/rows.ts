/** Table rows as immutable lists: add, remove, move, set one cell. */
import type { CellValue, TableRow } from '../../../core/model/project.ts';
import type { OutlineSection } from '../../../core/template/outline.ts';
import type { ColumnDef } from '../../../core/template/types.ts';

/** A new row id, unique within a plan for all practical purposes and valid for the schema. */
export function newRowId(random: () => number = Math.random): string {
  return `r${Date.now().toString(36)}${Math.floor(random() * 36 ** 6)
    .toString(36)
    .padStart(6, '0')}`;
}

/** The values a new row starts with: the dimension and element of the chapter it sits in. */
export function rowDefaults(
  columns: ColumnDef[],
  section: OutlineSection,
): Record<string, CellValue> {
  const cells: Record<string, CellValue> = {};
  for (const column of columns) {
    if (column.source === 'dimension' && column.type === 'choice' && section.dimension)
      cells[column.id] = section.dimension.id;
    if (column.source === 'element' && column.type === 'choice' && section.element)
      cells[column.id] = section.element.id;
  }
  return cells;
}

/** The rows with a new row appended. */
export function addRow(rows: TableRow[], row: TableRow): TableRow[] {
  return [...rows, row];
}

/** The rows without the one at `index`. */
export function removeRow(rows: TableRow[], index: number): TableRow[] {
  return rows.filter((_, i) => i !== index);
}

/** The rows with the one at `index` moved by `delta` places (clamped to the table). */
export function moveRow(rows: TableRow[], index: number, delta: number): TableRow[] {
  const target = Math.max(0, Math.min(rows.length - 1, index + delta));
  if (target === index || !rows[index]) return rows;
  const next = [...rows];
  const [row] = next.splice(index, 1);
  next.splice(target, 0, row!);
  return next;
}

/**
 * The rows with one cell set (or removed when `value` is undefined). Changing a dimension
 * clears an element (of `columns`) that does not belong to the new one.
 */
export function setCell(
  rows: TableRow[],
  rowId: string,
  column: ColumnDef,
  value: CellValue | undefined,
  columns: ColumnDef[] = [],
  elementIdsOf: (dimensionId: string) => string[] = () => [],
): TableRow[] {
  return rows.map((row) => {
    if (row.id !== rowId) return row;
    const cells = { ...row.cells };
    if (value === undefined) delete cells[column.id];
    else cells[column.id] = value;
    if (column.source === 'dimension' && typeof value === 'string') {
      const allowed = elementIdsOf(value);
      for (const other of columns) {
        const cell = cells[other.id];
        if (other.source === 'element' && typeof cell === 'string' && !allowed.includes(cell))
          delete cells[other.id];
      }
    }
    return { ...row, cells };
  });
}
