/**
 * Reads the consolidated programmes and shared-programme candidates back from a
 * plan: the matrix and candidates tables of a province plan, or the imported rows
 * of an agglomeration plan's programme tables (candidates computed on the fly).
 */
import type { PlanContext } from '../plan/context.ts';
import {
  cellList,
  cellNumber,
  cellString,
  cellYearly,
  programmeRows,
  rowsOfTable,
} from '../plan/programmes.ts';
import { findSharedCandidates } from './candidates.ts';
import { candidateFromRow } from './candidateRows.ts';
import { optionalCells } from './extract.ts';
import { candidateRowId, parseImportedRowId } from './ids.ts';
import { fromMatrixRow, regionNameOf } from './matrixRows.ts';
import { ROLLUP_TABLES, tableSectionKey } from './target.ts';
import type { ConsolidatedProgramme, SharedCandidate } from './types.ts';

function agglomerationProgrammes(ctx: PlanContext): ConsolidatedProgramme[] {
  const abbr = new Map(ctx.project.meta.opd.map((o) => [o.id, o.abbr]));
  return programmeRows(ctx).flatMap(({ row, section }) => {
    const link = parseImportedRowId(row.id);
    if (!link) return [];
    const owner = cellString(row, 'ownerOpd') ?? '';
    const startYear = cellNumber(row, 'startYear') ?? 0;
    return [
      {
        rowId: row.id,
        regionCode: link.regionCode,
        regionName: regionNameOf(link.regionCode),
        sourceFile: '',
        sourceCode: link.sourceCode,
        name: cellString(row, 'name') ?? '',
        dimension: cellString(row, 'dimension') ?? section.dimension?.id ?? '',
        element: cellString(row, 'element') ?? section.element?.id ?? '',
        ownerOpd: abbr.get(owner) ?? owner,
        startYear,
        endYear: cellNumber(row, 'endYear') ?? startYear,
        fundingSources: cellList(row, 'fundingSources'),
        costs: Object.fromEntries(cellYearly(row, 'costs')),
        ...optionalCells(row),
      },
    ];
  });
}

/** The plan's consolidated programmes, in matrix order. */
export function consolidatedProgrammes(ctx: PlanContext): ConsolidatedProgramme[] {
  if (tableSectionKey(ctx, ROLLUP_TABLES.matrix))
    return rowsOfTable(ctx, ROLLUP_TABLES.matrix).flatMap(({ row }) => fromMatrixRow(row) ?? []);
  return agglomerationProgrammes(ctx);
}

/** The plan's shared-programme candidates, with the planner's confirmations where the plan keeps them. */
export function sharedCandidates(
  ctx: PlanContext,
  programmes: ConsolidatedProgramme[] = consolidatedProgrammes(ctx),
): SharedCandidate[] {
  const { framework } = ctx.template;
  const dimensionOf = new Map(
    framework.dimensions.flatMap((d) => d.elements.map((e) => [e.id, d.id] as const)),
  );
  if (tableSectionKey(ctx, ROLLUP_TABLES.shared)) {
    const byId = new Map(programmes.map((p) => [p.rowId, p]));
    return rowsOfTable(ctx, ROLLUP_TABLES.shared).map(({ row }) =>
      candidateFromRow(row, byId, dimensionOf),
    );
  }
  return findSharedCandidates(programmes, framework).map((group) => ({
    ...group,
    id: candidateRowId(group.members[0]!.rowId),
    regions: [...new Set(group.members.map((m) => m.regionCode))].sort(),
    confirmed: false,
    notes: '',
  }));
}
