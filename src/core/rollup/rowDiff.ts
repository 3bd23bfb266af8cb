/** Counting what a roll-up changed: rows added, updated, unchanged and removed, by id. */
import type { Project, TableRow } from '../model/project.ts';
import { compareText } from './ids.ts';

/** How the rows of one region changed. */
export interface RowCounts {
  added: number;
  updated: number;
  unchanged: number;
  removed: number;
}

/** Whether two rows' cells hold the same values (key order ignored). */
export function sameCells(a: TableRow['cells'], b: TableRow['cells']): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...keys].every((key) => stableJson(a[key]) === stableJson(b[key]));
}

function stableJson(value: unknown): string {
  if (value && typeof value === 'object' && !Array.isArray(value))
    return JSON.stringify(
      Object.fromEntries(Object.entries(value).sort(([a], [b]) => compareText(a, b))),
    );
  return JSON.stringify(value) ?? '';
}

/** Compares the rows a region had with the rows it has now. */
export function diffRows(before: TableRow[], after: TableRow[]): RowCounts {
  const old = new Map(before.map((row) => [row.id, row]));
  const counts: RowCounts = { added: 0, updated: 0, unchanged: 0, removed: 0 };
  for (const row of after) {
    const previous = old.get(row.id);
    if (!previous) counts.added++;
    else if (sameCells(previous.cells, row.cells)) counts.unchanged++;
    else counts.updated++;
    old.delete(row.id);
  }
  counts.removed = old.size;
  return counts;
}

/** The rows of a table section (none when the section is missing or not a table). */
export function tableRowsOf(project: Project, key: string): TableRow[] {
  const content = project.sections[key];
  return content?.kind === 'table' ? content.rows : [];
}

/** Replaces the rows of a table section, creating the section when needed. */
export function setTableRows(project: Project, key: string, rows: TableRow[]): void {
  project.sections[key] = { kind: 'table', rows };
}
