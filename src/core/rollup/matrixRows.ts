/** Consolidated programmes as rows of the province's matrix table (rollupProgramme), and back. */
import type { CellValue, TableRow } from '../model/project.ts';
import { cellList, cellNumber, cellString, cellYearly } from '../plan/programmes.ts';
import { findRegion } from '../region/wilayah.ts';
import { regionDisplayName } from '../region/names.ts';
import { optionalCells } from './extract.ts';
import type { ConsolidatedProgramme } from './types.ts';

/** The matrix row of a programme; optional cells are left out when empty. */
export function toMatrixRow(programme: ConsolidatedProgramme): TableRow {
  const cells: Record<string, CellValue> = {
    region: programme.regionCode,
    sourceFile: programme.sourceFile,
    sourceCode: programme.sourceCode,
    name: programme.name,
    dimension: programme.dimension,
    element: programme.element,
    ownerOpd: programme.ownerOpd,
    startYear: programme.startYear,
    endYear: programme.endYear,
    fundingSources: [...programme.fundingSources],
    costs: { ...programme.costs },
  };
  if (programme.budgetCode) cells.budgetCode = programme.budgetCode;
  if (programme.output) cells.output = programme.output;
  if (programme.indicator) cells.indicator = programme.indicator;
  return { id: programme.rowId, cells };
}

/** "Kabupaten Semarang" for "33.22"; the code itself when unknown. */
export function regionNameOf(code: string): string {
  const record = findRegion(code);
  return record ? regionDisplayName(record) : code;
}

/** Reads a matrix row back; rows without a region are not consolidated programmes. */
export function fromMatrixRow(row: TableRow): ConsolidatedProgramme | undefined {
  const regionCode = cellString(row, 'region');
  if (!regionCode) return undefined;
  const startYear = cellNumber(row, 'startYear') ?? 0;
  return {
    rowId: row.id,
    regionCode,
    regionName: regionNameOf(regionCode),
    sourceFile: cellString(row, 'sourceFile') ?? '',
    sourceCode: cellString(row, 'sourceCode') ?? '',
    name: cellString(row, 'name') ?? '',
    dimension: cellString(row, 'dimension') ?? '',
    element: cellString(row, 'element') ?? '',
    ownerOpd: cellString(row, 'ownerOpd') ?? '',
    startYear,
    endYear: cellNumber(row, 'endYear') ?? startYear,
    fundingSources: cellList(row, 'fundingSources'),
    costs: Object.fromEntries(cellYearly(row, 'costs')),
    ...optionalCells(row),
  };
}
