/**
 * Roll-up into a province plan: each regency/city's programmes replace that
 * region's earlier rows in the matrix (same ids, so they are updated, not
 * duplicated); regions not given keep their rows; rows typed by hand stay. Then
 * the status table and the shared-programme candidates follow the new matrix.
 */
import type { Project, TableRow } from '../model/project.ts';
import { cellString } from '../plan/programmes.ts';
import type { Framework } from '../template/types.ts';
import { findSharedCandidates } from './candidates.ts';
import { mergeCandidateRows } from './candidateRows.ts';
import type { KeptRegion, RegionImport, RollupChanges } from './changes.ts';
import { sourceProgrammes } from './extract.ts';
import { compareText, parseImportedRowId } from './ids.ts';
import { fromMatrixRow, regionNameOf, toMatrixRow } from './matrixRows.ts';
import { diffRows, setTableRows, tableRowsOf } from './rowDiff.ts';
import type { LoadedSource } from './sources.ts';
import { mergeStatusRows, regulationText } from './status.ts';
import type { ProvinceTarget } from './target.ts';

function keptRegions(rows: TableRow[], imported: Set<string>): KeptRegion[] {
  const counts = new Map<string, number>();
  for (const row of rows) {
    const region = parseImportedRowId(row.id)?.regionCode;
    if (region && !imported.has(region)) counts.set(region, (counts.get(region) ?? 0) + 1);
  }
  return [...counts.entries()]
    .sort(([a], [b]) => compareText(a, b))
    .map(([regionCode, rows]) => ({ regionCode, regionName: regionNameOf(regionCode), rows }));
}

/** Brings `sources` into `project` (mutated; pass a copy) and says what changed. */
export function rollupIntoProvince(
  project: Project,
  target: ProvinceTarget,
  sources: LoadedSource[],
  framework: Framework,
): RollupChanges {
  const existing = tableRowsOf(project, target.matrixKey);
  const importedRegions = new Set<string>();
  const fresh: TableRow[] = [];
  const imported: RegionImport[] = sources.map((source) => {
    const region = source.ctx.project.meta.regions[0]!;
    importedRegions.add(region.code);
    const rows = sourceProgrammes(source.ctx, source.name).map(toMatrixRow);
    fresh.push(...rows);
    const before = existing.filter((r) => parseImportedRowId(r.id)?.regionCode === region.code);
    return {
      index: source.index,
      file: source.file,
      regionCode: region.code,
      regionName: region.name,
      programmes: rows.length,
      counts: diffRows(before, rows),
    };
  });
  const regionKey = (row: TableRow) => cellString(row, 'region') ?? '~';
  const matrix = [
    ...existing.filter((r) => !importedRegions.has(parseImportedRowId(r.id)?.regionCode ?? '')),
    ...fresh,
  ].sort((a, b) => compareText(regionKey(a), regionKey(b)));
  setTableRows(project, target.matrixKey, matrix);
  const changes: RollupChanges = { imported, kept: keptRegions(matrix, importedRegions) };
  if (target.statusKey) {
    const status = mergeStatusRows(
      tableRowsOf(project, target.statusKey),
      sources.map((s) => ({
        regionCode: s.ctx.project.meta.regions[0]!.code,
        period: s.ctx.project.meta.period,
        regulation: regulationText(s.ctx),
        file: s.name,
      })),
    );
    setTableRows(project, target.statusKey, status.rows);
    changes.status = { added: status.added, updated: status.updated };
  }
  if (target.sharedKey) {
    const programmes = matrix.flatMap((row) => fromMatrixRow(row) ?? []);
    const merged = mergeCandidateRows(
      findSharedCandidates(programmes, framework),
      tableRowsOf(project, target.sharedKey),
    );
    setTableRows(project, target.sharedKey, merged.rows);
    changes.candidates = {
      total: merged.rows.length,
      added: merged.added,
      confirmed: merged.rows.filter((r) => r.cells.confirmed === true).length,
      keptConfirmed: merged.keptConfirmed,
      dropped: merged.dropped,
    };
  }
  return changes;
}
