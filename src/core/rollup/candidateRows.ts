/**
 * Shared-programme candidates as rows of the province's candidates table. A new
 * roll-up recomputes the groups but keeps what the planner decided: a group that
 * shares members with an existing row keeps that row's id, confirmation and notes;
 * a confirmed row whose group is gone is kept as it was, an unconfirmed one is dropped.
 */
import { formatRupiah } from '../format/number.ts';
import type { TableRow } from '../model/project.ts';
import { cellString } from '../plan/programmes.ts';
import type { DetectedGroup } from './candidates.ts';
import { programmeCost } from './extract.ts';
import { candidateRowId } from './ids.ts';
import type { CandidateBasis, ConsolidatedProgramme, SharedCandidate } from './types.ts';

/** What a roll-up did to the candidates table. */
export interface CandidateChanges {
  rows: TableRow[];
  /** Groups not seen before. */
  added: number;
  /** Confirmed rows kept although their group is gone. */
  keptConfirmed: number;
  /** Unconfirmed rows whose group is gone. */
  dropped: number;
}

/** "kab-3321-GOV-01, kota-3374-GOV-01" → ids. */
export function memberIds(row: TableRow): string[] {
  return (cellString(row, 'members') ?? '')
    .split(',')
    .map((id) => id.trim())
    .filter(Boolean);
}

function memberLine(p: ConsolidatedProgramme): string {
  const owner = p.ownerOpd ? `${p.ownerOpd}, ` : '';
  return `${p.regionName} — ${p.sourceCode} ${p.name} (${owner}${formatRupiah(programmeCost(p))})`;
}

function groupCells(group: DetectedGroup): TableRow['cells'] {
  return {
    theme: group.theme,
    element: group.element,
    regions: [...new Set(group.members.map((m) => m.regionCode))].sort(),
    programmes: group.members.map(memberLine).join('\n'),
    totalCost: group.totalCost,
    basis: group.basis,
    members: group.members.map((m) => m.rowId).join(', '),
  };
}

/** The candidates table after a roll-up: `groups` merged with the planner's `existing` rows. */
export function mergeCandidateRows(
  groups: DetectedGroup[],
  existing: TableRow[],
): CandidateChanges {
  const used = new Set<string>();
  let added = 0;
  const rows = groups.map((group): TableRow => {
    const ids = new Set(group.members.map((m) => m.rowId));
    let best: { row: TableRow; overlap: number } | undefined;
    for (const row of existing) {
      if (used.has(row.id)) continue;
      const overlap = memberIds(row).filter((id) => ids.has(id)).length;
      if (overlap > 0 && (!best || overlap > best.overlap)) best = { row, overlap };
    }
    const cells = groupCells(group);
    if (!best) {
      added++;
      return { id: candidateRowId(group.members[0]!.rowId), cells: { ...cells, confirmed: false } };
    }
    used.add(best.row.id);
    const previous = best.row.cells;
    cells.confirmed = previous.confirmed === true;
    if (typeof previous.notes === 'string' && previous.notes !== '') cells.notes = previous.notes;
    return { id: best.row.id, cells };
  });
  const leftover = existing.filter((row) => !used.has(row.id));
  const kept = leftover.filter((row) => row.cells.confirmed === true);
  return {
    rows: [...rows, ...kept],
    added,
    keptConfirmed: kept.length,
    dropped: leftover.length - kept.length,
  };
}

const BASES: CandidateBasis[] = ['nama', 'kode', 'nama-kode'];

/** A candidates-table row with its members looked up in the matrix. */
export function candidateFromRow(
  row: TableRow,
  programmes: ReadonlyMap<string, ConsolidatedProgramme>,
  dimensionOf: ReadonlyMap<string, string>,
): SharedCandidate {
  const members = memberIds(row).flatMap((id) => programmes.get(id) ?? []);
  const element = cellString(row, 'element') ?? members[0]?.element ?? '';
  const basis = cellString(row, 'basis');
  const regions = row.cells.regions;
  return {
    id: row.id,
    theme: cellString(row, 'theme') ?? '',
    element,
    dimension: dimensionOf.get(element) ?? members[0]?.dimension ?? '',
    basis: BASES.find((b) => b === basis) ?? 'nama',
    members,
    regions: Array.isArray(regions)
      ? [...regions].sort()
      : [...new Set(members.map((m) => m.regionCode))].sort(),
    totalCost: members.reduce((sum, p) => sum + programmeCost(p), 0),
    confirmed: row.cells.confirmed === true,
    notes: cellString(row, 'notes') ?? '',
  };
}
