/**
 * The "Status Rencana Induk Kabupaten/Kota" rows of imported regions: plan present,
 * its period and its legal basis, read from the regency/city plan. A row the
 * planner already has for the region is updated in place and keeps its notes.
 */
import type { CellValue, TableRow } from '../model/project.ts';
import type { PlanContext } from '../plan/context.ts';
import { cellString } from '../plan/programmes.ts';
import { periodLabel } from '../region/names.ts';
import { compareText, statusRowId } from './ids.ts';
import { sameCells } from './rowDiff.ts';

/** "Peraturan Wali Kota Nomor 12 Tahun 2026" or "Rancangan (belum ditetapkan)", from the approval page. */
export function regulationText(ctx: PlanContext): string | undefined {
  for (const section of ctx.outline.sections) {
    const field = section.def.fields?.find((f) => f.id === 'regulationType');
    const content = ctx.project.sections[section.key];
    if (!field || content?.kind !== 'fields') continue;
    const type = content.values.regulationType;
    const number = content.values.regulationNumber;
    const name = field.options?.find((o) => o.id === type)?.name;
    if (!name) return undefined;
    const hasNumber = typeof number === 'string' && number.trim() !== '';
    if (type === 'rancangan') return hasNumber ? `${name}: ${number.trim()}` : name;
    return hasNumber ? `${name} Nomor ${number.trim()}` : name;
  }
  return undefined;
}

/** What the roll-up knows about one imported region. */
export interface StatusFacts {
  regionCode: string;
  period: { start: number; end: number };
  regulation?: string;
  /** File name, noted on a new row. */
  file: string;
}

/** The status table with a row per imported region, sorted by region code (rows without a region last). */
export function mergeStatusRows(
  existing: TableRow[],
  facts: StatusFacts[],
): { rows: TableRow[]; added: number; updated: number } {
  const rows = existing.map((row) => ({ ...row, cells: { ...row.cells } }));
  let added = 0;
  let updated = 0;
  for (const fact of facts) {
    const current = rows.find((row) => cellString(row, 'region') === fact.regionCode);
    const cells: Record<string, CellValue> = {
      ...(current?.cells ?? { notes: `Program digabungkan dari ${fact.file}.` }),
      region: fact.regionCode,
      hasPlan: true,
      period: periodLabel(fact.period),
    };
    if (fact.regulation) cells.regulation = fact.regulation;
    if (!current) {
      rows.push({ id: statusRowId(fact.regionCode), cells });
      added++;
    } else if (!sameCells(current.cells, cells)) {
      current.cells = cells;
      updated++;
    }
  }
  const key = (row: TableRow) => cellString(row, 'region') ?? '~';
  rows.sort((a, b) => compareText(key(a), key(b)));
  return { rows, added, updated };
}
