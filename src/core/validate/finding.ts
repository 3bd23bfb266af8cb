/** A problem found in a plan: what, how bad, and where (for people and for the editor). */

export type Severity = 'error' | 'warning';

export interface Finding {
  severity: Severity;
  /** Stable code, e.g. "programme.year-outside-period". */
  code: string;
  /** The message in the requested language. */
  message: string;
  /** Where, as a person reads it: "Buku II › BAB II Smart Governance › … , baris 3, kolom Tahun Mulai". */
  where: string;
  /** JSON Pointer into the project file. */
  path: string;
  /** The section, row and cell or field, for the editor to move to. */
  target: FindingTarget;
}

export interface FindingTarget {
  sectionKey?: string;
  rowId?: string;
  rowIndex?: number;
  column?: string;
  field?: string;
  meta?: string;
}

/** Orders findings: errors first, then by document position of their section. */
export function sortFindings(findings: Finding[], order: Map<string, number>): Finding[] {
  const position = (f: Finding) =>
    f.target.sectionKey === undefined
      ? -1
      : (order.get(f.target.sectionKey) ?? Number.MAX_SAFE_INTEGER);
  return [...findings].sort(
    (a, b) =>
      (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1) ||
      position(a) - position(b) ||
      (a.target.rowIndex ?? -1) - (b.target.rowIndex ?? -1),
  );
}
