/**
 * The roadmap (generator "roadmap"): every programme as a row, grouped by dimension,
 * one column per plan year, the years a programme runs shaded "active", and its track.
 */
import type { TableRow } from '../model/project.ts';
import { cellNumber, cellYearly, type PlacedRow } from '../plan/programmes.ts';
import type { TableDef } from '../template/types.ts';
import { planColumn, type PlannedColumn } from './columns.ts';
import type { LayoutEnv } from './env.ts';
import type { TableCell } from './model.ts';
import { groupByDimension } from './programmeMatrix.ts';
import { bodyRow, groupRow } from './tableCells.ts';
import { assembleTable, type PlacedTable } from './tables.ts';

/** Columns before the years; the track is shown even though the programme table does not export it. */
export const ROADMAP_COLUMNS = ['code', 'name', 'ownerOpd', 'track'] as const;

/** The explanation printed under the roadmap, since shading alone says nothing in black and white. */
export const ROADMAP_NOTE = 'Keterangan: sel berarsir menandai tahun pelaksanaan program.';

/**
 * The years a programme runs: from its start to its end year; when those are not
 * filled in, the years that carry a cost. Only years of the plan period count.
 */
export function activeYears(row: TableRow, years: number[]): Set<number> {
  const start = cellNumber(row, 'startYear');
  const end = cellNumber(row, 'endYear');
  if (start !== undefined && end !== undefined)
    return new Set(years.filter((y) => y >= start && y <= end));
  if (start !== undefined && end === undefined) return new Set(years.filter((y) => y === start));
  const costed = new Set(
    cellYearly(row, 'costs')
      .filter(([, amount]) => amount > 0)
      .map(([y]) => y),
  );
  return new Set(years.filter((y) => costed.has(y)));
}

function leadingColumns(env: LayoutEnv, def: TableDef): PlannedColumn[] {
  return ROADMAP_COLUMNS.flatMap((id) => {
    const column = def.columns.find((c) => c.id === id);
    return column ? planColumn(env, column, 'total', false) : [];
  });
}

function yearColumns(years: number[]): PlannedColumn[] {
  return years.map((year) => ({
    sourceId: `year-${year}`,
    header: String(year),
    align: 'center',
    weight: 1,
    // Not pinned like numbers: spare width widens the year columns, which reads better as a chart.
    noWrap: false,
    text: () => '',
  }));
}

function roadmapRow(leading: PlannedColumn[], years: number[], row: TableRow): TableCell[] {
  const active = activeYears(row, years);
  const yearCells = years.map((year): TableCell =>
    active.has(year) ? { runs: [], shade: 'active' } : { runs: [] },
  );
  return [...bodyRow(leading, row), ...yearCells];
}

/** The roadmap table, or undefined when the plan has no programmes yet. */
export function roadmapTable(
  env: LayoutEnv,
  def: TableDef,
  rows: PlacedRow[],
  captionText: string,
): PlacedTable | undefined {
  if (rows.length === 0) return undefined;
  const leading = leadingColumns(env, def);
  const columns = [...leading, ...yearColumns(env.years)];
  const body: TableCell[][] = [];
  for (const group of groupByDimension(env, rows)) {
    body.push(groupRow(columns, group.title));
    for (const row of group.rows) body.push(roadmapRow(leading, env.years, row));
  }
  return assembleTable(env, captionText, columns, body, { landscape: true });
}
