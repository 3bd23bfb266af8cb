/** The programmes of a regency/city plan as consolidated programmes, in document order. */
import type { TableRow } from '../model/project.ts';
import type { PlanContext } from '../plan/context.ts';
import { cellList, cellNumber, cellString, cellYearly, programmeRows } from '../plan/programmes.ts';
import { findRegion } from '../region/wilayah.ts';
import { importedRowId } from './ids.ts';
import type { ConsolidatedProgramme } from './types.ts';

/** The optional text cells of a programme (budget code, output, indicator), only those filled. */
export function optionalCells(
  row: TableRow,
): Pick<ConsolidatedProgramme, 'budgetCode' | 'output' | 'indicator'> {
  const result: Pick<ConsolidatedProgramme, 'budgetCode' | 'output' | 'indicator'> = {};
  for (const column of ['budgetCode', 'output', 'indicator'] as const) {
    const value = cellString(row, column);
    if (value) result[column] = value;
  }
  return result;
}

/** Reads every programme of a one-region plan; `fileName` is recorded as the source. */
export function sourceProgrammes(ctx: PlanContext, fileName: string): ConsolidatedProgramme[] {
  const region = ctx.project.meta.regions[0];
  if (!region) return [];
  const level = findRegion(region.code)?.level ?? ctx.project.meta.level;
  const opdAbbr = new Map(ctx.project.meta.opd.map((o) => [o.id, o.abbr]));
  return programmeRows(ctx).map(({ row, section }) => {
    const sourceCode = cellString(row, 'code') ?? row.id;
    const owner = cellString(row, 'ownerOpd') ?? '';
    const startYear = cellNumber(row, 'startYear') ?? ctx.project.meta.period.start;
    return {
      rowId: importedRowId(region.code, level, sourceCode),
      regionCode: region.code,
      regionName: region.name,
      sourceFile: fileName,
      sourceCode,
      name: cellString(row, 'name') ?? sourceCode,
      dimension: cellString(row, 'dimension') ?? section.dimension?.id ?? '',
      element: cellString(row, 'element') ?? section.element?.id ?? '',
      ownerOpd: opdAbbr.get(owner) ?? owner,
      startYear,
      endYear: cellNumber(row, 'endYear') ?? startYear,
      fundingSources: cellList(row, 'fundingSources'),
      costs: Object.fromEntries(cellYearly(row, 'costs')),
      ...optionalCells(row),
    };
  });
}

/** Total of a programme's yearly costs. */
export function programmeCost(programme: ConsolidatedProgramme): number {
  return Object.values(programme.costs).reduce((sum, amount) => sum + amount, 0);
}
