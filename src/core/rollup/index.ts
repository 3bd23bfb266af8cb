/**
 * The province roll-up: regency/city plans brought into a province (or
 * agglomeration) plan, with summaries, shared-programme candidates and reports.
 * Pure data functions for the layout's "rollup" generator: rollupSummary,
 * rollupTables, rollupCharts.
 */
export { rollupPlan, type RollupResult } from './apply.ts';
export type { KeptRegion, RegionImport, RollupChanges } from './changes.ts';
export { rollupCharts, barChartSvg, type RollupChart } from './charts.ts';
export { consolidatedProgrammes, sharedCandidates } from './consolidated.ts';
export type {
  DataColumn,
  DataKind,
  DataRow,
  DataRowRole,
  DataTable,
  DataValue,
} from './dataTable.ts';
export { rollupSummary } from './planSummary.ts';
export { rollupReportLines, type ReportLine } from './reportLines.ts';
export { screenSources } from './screen.ts';
export type { LoadedSource, SkippedSource } from './sources.ts';
export { summarizeRollup, type RollupSummary } from './summary.ts';
export { candidateTable } from './candidateTable.ts';
export { matrixTable } from './matrixTable.ts';
export {
  coverageTable,
  elementTable,
  fundingTable,
  regionTable,
  rollupTables,
  yearTable,
} from './tables.ts';
export { rollupTargetOf, type RollupTarget } from './target.ts';
export type { CandidateBasis, ConsolidatedProgramme, SharedCandidate } from './types.ts';
