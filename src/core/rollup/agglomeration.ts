/**
 * Roll-up into an agglomeration plan (a kabkota plan covering several regions, such
 * as Semarang Raya): each member's programmes join the agglomeration's own
 * programme tables, one element table each. Rows keep a deterministic id
 * ("kota-3374-GOV-01"); codes are renumbered to stay unique in the plan (GOV-01 of
 * the second member becomes GOV-201), and the member's agencies join the OPD list
 * as "Diskominfo Kota Semarang". A file that cannot be mapped is skipped whole.
 */
import type { CellValue, Opd, Project, TableRow } from '../model/project.ts';
import type { PlanContext } from '../plan/context.ts';
import { cellString, programmeRows } from '../plan/programmes.ts';
import { findRegion } from '../region/wilayah.ts';
import type { KeptRegion, RegionImport, RollupChanges } from './changes.ts';
import { compareText, importedRowId, parseImportedRowId, regionSlug } from './ids.ts';
import { regionNameOf } from './matrixRows.ts';
import { diffRows, setTableRows, tableRowsOf } from './rowDiff.ts';
import type { LoadedSource, SkippedSource } from './sources.ts';
import type { AgglomerationTarget } from './target.ts';

const CODE = /^([A-Z]{2,4})-(\d{2,3})$/;

/** The agglomeration's code for a member's programme code, or undefined when none fits the pattern. */
export function agglomerationCode(sourceCode: string, memberNumber: number): string | undefined {
  const match = CODE.exec(sourceCode);
  const number = Number(match?.[2]);
  if (!match || number > 99 || memberNumber < 1 || memberNumber > 9) return undefined;
  return `${match[1]}-${memberNumber}${String(number).padStart(2, '0')}`;
}

function opdId(regionCode: string, id: string): string {
  return `${regionSlug(regionCode)}-${id}`.slice(0, 40);
}

interface MappedSource {
  source: LoadedSource;
  regionCode: string;
  rows: { key: string; row: TableRow }[];
  opd: Opd[];
}

function programmeTables(ctx: PlanContext): Map<string, string> {
  const byElement = new Map<string, string>();
  for (const s of ctx.outline.sections)
    if (s.def.kind === 'table' && s.def.table === 'programme' && s.element)
      byElement.set(s.element.id, s.key);
  return byElement;
}

function mapSource(
  target: PlanContext,
  members: AgglomerationTarget['members'],
  source: LoadedSource,
  ownCodes: Set<string>,
): MappedSource | SkippedSource {
  const region = source.ctx.project.meta.regions[0]!;
  const memberNumber = members.findIndex((m) => m.code === region.code) + 1;
  const level = findRegion(region.code)?.level ?? source.ctx.project.meta.level;
  const tables = programmeTables(target);
  const opdById = new Map(source.ctx.project.meta.opd.map((o) => [o.id, o]));
  const usedOpd = new Map<string, Opd>();
  const mapOpd = (id: string) => {
    const opd = opdById.get(id);
    const mapped = opdId(region.code, id);
    usedOpd.set(mapped, {
      id: mapped,
      name: `${opd?.name ?? id} ${region.name}`,
      abbr: `${opd?.abbr ?? id} ${region.name}`,
    });
    return mapped;
  };
  const rows: MappedSource['rows'] = [];
  for (const { row, section } of programmeRows(source.ctx)) {
    const sourceCode = cellString(row, 'code') ?? row.id;
    const code = agglomerationCode(sourceCode, memberNumber);
    const element = cellString(row, 'element') ?? section.element?.id ?? '';
    const key = tables.get(element);
    const problem = !code
      ? 'rollup.skip.code-pattern'
      : ownCodes.has(code)
        ? 'rollup.skip.code-taken'
        : !key
          ? 'rollup.skip.no-element-table'
          : undefined;
    if (problem || !code || !key)
      return {
        index: source.index,
        file: source.file,
        key: problem ?? 'rollup.skip.code-pattern',
        params: { file: source.file, code: sourceCode, mapped: code ?? '-', element },
      };
    const cells: Record<string, CellValue> = { ...row.cells, code };
    const owner = cellString(row, 'ownerOpd');
    if (owner) cells.ownerOpd = mapOpd(owner);
    const supporting = row.cells.supportingOpds;
    if (Array.isArray(supporting)) cells.supportingOpds = supporting.map(mapOpd);
    const provenance = `Sumber: ${region.name}, program ${sourceCode} (${source.name}).`;
    const description = cellString(row, 'description');
    cells.description = description ? `${description}\n\n${provenance}` : provenance;
    rows.push({ key, row: { id: importedRowId(region.code, level, sourceCode), cells } });
  }
  return { source, regionCode: region.code, rows, opd: [...usedOpd.values()] };
}

function importedRows(project: Project, keys: string[]): { key: string; row: TableRow }[] {
  return keys.flatMap((key) => tableRowsOf(project, key).map((row) => ({ key, row })));
}

/** Brings `sources` into the agglomeration `project` (mutated; pass a copy of `ctx.project`). */
export function rollupIntoAgglomeration(
  project: Project,
  ctx: PlanContext,
  target: AgglomerationTarget,
  sources: LoadedSource[],
): { changes: RollupChanges; skipped: SkippedSource[] } {
  const keys = [...programmeTables(ctx).values()];
  const all = importedRows(project, keys);
  const ownCodes = new Set(
    all
      .filter(({ row }) => !parseImportedRowId(row.id))
      .flatMap(({ row }) => cellString(row, 'code') ?? []),
  );
  const mapped: MappedSource[] = [];
  const skipped: SkippedSource[] = [];
  for (const source of sources) {
    const result = mapSource(ctx, target.members, source, ownCodes);
    if ('rows' in result) mapped.push(result);
    else skipped.push(result);
  }
  const regions = new Set(mapped.map((m) => m.regionCode));
  const regionOf = (row: TableRow) => parseImportedRowId(row.id)?.regionCode ?? '';
  for (const key of keys) {
    const rows = tableRowsOf(project, key).filter((row) => !regions.has(regionOf(row)));
    const added = mapped.flatMap((m) => m.rows.filter((r) => r.key === key).map((r) => r.row));
    setTableRows(project, key, [...rows, ...added]);
  }
  const opd = new Map(project.meta.opd.map((o) => [o.id, o]));
  const opdBefore = opd.size;
  for (const entry of mapped.flatMap((m) => m.opd)) opd.set(entry.id, entry);
  project.meta.opd = [...opd.values()];
  const imported: RegionImport[] = mapped.map((m) => {
    const before = all.filter(({ row }) => regionOf(row) === m.regionCode).map((r) => r.row);
    return {
      index: m.source.index,
      file: m.source.file,
      regionCode: m.regionCode,
      regionName: m.source.ctx.project.meta.regions[0]!.name,
      programmes: m.rows.length,
      counts: diffRows(
        before,
        m.rows.map((r) => r.row),
      ),
    };
  });
  const keptCounts = new Map<string, number>();
  for (const { row } of importedRows(project, keys)) {
    const region = regionOf(row);
    if (region && !regions.has(region)) keptCounts.set(region, (keptCounts.get(region) ?? 0) + 1);
  }
  const kept: KeptRegion[] = [...keptCounts.entries()]
    .sort(([a], [b]) => compareText(a, b))
    .map(([regionCode, rows]) => ({ regionCode, regionName: regionNameOf(regionCode), rows }));
  return { changes: { imported, kept, opdAdded: opd.size - opdBefore }, skipped };
}
