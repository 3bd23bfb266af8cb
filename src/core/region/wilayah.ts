/**
 * The official Kemendagri region list (templates/reference/wilayah.json, MIT licence,
 * Cahya DSN; see templates/reference/README.md), indexed once.
 */
import reference from '../../../templates/reference/wilayah.json' with { type: 'json' };
import type { Level } from '../template/types.ts';

export interface RegionRecord {
  code: string;
  name: string;
  level: Level;
  population?: number;
  areaKm2?: number;
}

let records: Map<string, RegionRecord> | undefined;

type ReferenceRow = [string, string, string, number | null, number | null];

function index(rows: ReferenceRow[]): Map<string, RegionRecord> {
  const map = new Map<string, RegionRecord>();
  for (const [code, name, level, population, area] of rows) {
    map.set(code, {
      code,
      name,
      level: level as Level,
      population: population ?? undefined,
      areaKm2: area ?? undefined,
    });
  }
  return map;
}

function all(): Map<string, RegionRecord> {
  records ??= index(reference.rows as ReferenceRow[]);
  return records;
}

/** The region with this Kemendagri code, or undefined. */
export function findRegion(code: string): RegionRecord | undefined {
  return all().get(code);
}

/** Every region, provinces first within their code order. */
export function listRegions(): RegionRecord[] {
  return [...all().values()];
}

/** The regencies and cities of a province code ("33" → 33.01 …); none for a regency code. */
export function regionChildren(code: string): RegionRecord[] {
  if (code.includes('.')) return [];
  return listRegions().filter((r) => r.code.startsWith(`${code}.`));
}

/** The province a regency/city code belongs to ("33.74" → "33"). */
export function provinceOf(code: string): string {
  return code.split('.')[0] ?? code;
}

/** Case- and accent-insensitive search by name or code, for the new-plan wizard. */
export function searchRegions(query: string, limit = 20): RegionRecord[] {
  const q = query.trim().toLowerCase();
  if (!q) return [];
  return listRegions()
    .filter((r) => r.code.startsWith(q) || r.name.toLowerCase().includes(q))
    .slice(0, limit);
}
