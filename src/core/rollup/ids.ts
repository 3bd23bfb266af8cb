/**
 * Deterministic row ids of roll-up rows: the same source programme always gets the
 * same id, so a second roll-up updates the row instead of adding a copy.
 */
import type { Level } from '../template/types.ts';

const IMPORTED_ID = /^(kab|kota)-(\d{2})(\d{2})-(.+)$/;

/** "33.22" → "3322" */
export function regionSlug(code: string): string {
  return code.replace('.', '');
}

/** The id of a programme brought in from a regency/city: "kab-3322-GOV-01", "kota-3374-GOV-01". */
export function importedRowId(regionCode: string, level: Level, sourceCode: string): string {
  const prefix = level === 'kota' ? 'kota' : 'kab';
  return `${prefix}-${regionSlug(regionCode)}-${sourceCode.replace(/[^A-Za-z0-9_-]/g, '_')}`;
}

/** The region and source code an imported row id names, or undefined for a row typed by hand. */
export function parseImportedRowId(
  rowId: string,
): { regionCode: string; sourceCode: string } | undefined {
  const match = IMPORTED_ID.exec(rowId);
  if (!match) return undefined;
  return { regionCode: `${match[2]}.${match[3]}`, sourceCode: match[4]! };
}

/** The id of the status row of a regency/city: "status-3322". */
export function statusRowId(regionCode: string): string {
  return `status-${regionSlug(regionCode)}`;
}

/** The id of a new shared-programme candidate, named after its first member. */
export function candidateRowId(firstMemberRowId: string): string {
  return `bersama-${firstMemberRowId}`.slice(0, 64);
}

/** Code-point order of two texts: the same on every machine, whatever its locale. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
