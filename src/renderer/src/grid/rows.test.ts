import { describe, expect, it } from 'vitest';
import type { TableRow } from '../../../core/model/project.ts';
import type { ColumnDef } from '../../../core/template/types.ts';
import { addRow, moveRow, newRowId, removeRow, setCell } from './rows.ts';

const rows: TableRow[] = [
  { id: 'a', cells: { name: 'A' } },
  { id: 'b', cells: { name: 'B' } },
  { id: 'c', cells: { name: 'C' } },
];
const dimension: ColumnDef = {
  id: 'dimension',
  label: 'Dimensi',
  type: 'choice',
  source: 'dimension',
};
const element: ColumnDef = { id: 'element', label: 'Elemen', type: 'choice', source: 'element' };
const name: ColumnDef = { id: 'name', label: 'Nama', type: 'text' };

describe('row operations', () => {
  it('adds, removes and moves rows without touching the original list', () => {
    expect(addRow(rows, { id: 'd', cells: {} }).map((r) => r.id)).toEqual(['a', 'b', 'c', 'd']);
    expect(removeRow(rows, 1).map((r) => r.id)).toEqual(['a', 'c']);
    expect(moveRow(rows, 2, -1).map((r) => r.id)).toEqual(['a', 'c', 'b']);
    expect(moveRow(rows, 0, -1)).toBe(rows);
    expect(rows.map((r) => r.id)).toEqual(['a', 'b', 'c']);
  });

  it('sets and clears one cell', () => {
    expect(setCell(rows, 'b', name, 'Baru')[1]!.cells).toEqual({ name: 'Baru' });
    expect(setCell(rows, 'b', name, undefined)[1]!.cells).toEqual({});
    expect(setCell(rows, 'b', name, 'Baru')[0]).toBe(rows[0]);
  });

  it('clears an element that does not belong to a newly chosen dimension', () => {
    const start: TableRow[] = [
      { id: 'x', cells: { dimension: 'governance', element: 'pelayanan-publik' } },
    ];
    const elementsOf = (d: string) => (d === 'governance' ? ['pelayanan-publik'] : ['pariwisata']);
    const columns = [dimension, element];
    expect(setCell(start, 'x', dimension, 'branding', columns, elementsOf)[0]!.cells).toEqual({
      dimension: 'branding',
    });
    expect(setCell(start, 'x', dimension, 'governance', columns, elementsOf)[0]!.cells).toEqual(
      start[0]!.cells,
    );
  });

  it('makes row ids the project schema accepts', () => {
    expect(newRowId()).toMatch(/^[A-Za-z0-9_-]{1,64}$/);
    expect(newRowId()).not.toBe(newRowId());
  });
});
