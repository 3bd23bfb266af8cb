/** How the document names the region, the kind of plan and the head of region. */
import type { Project, Region } from '../model/project.ts';
import type { Level, TemplatePack } from '../template/types.ts';
import { PROVINCE_CAPITALS } from './capitals.ts';

/** "Kota Semarang" → "Semarang", "Kabupaten Banyuwangi" → "Banyuwangi", "Provinsi Jawa Tengah" → "Jawa Tengah". */
export function shortRegionName(name: string): string {
  return name.replace(/^(Kabupaten|Kota)(\s+Administrasi)?\s+|^Provinsi\s+/i, '').trim();
}

/** Whether the pack writes a province plan (Rencana Induk Provinsi Cerdas). */
export function isProvincePlan(pack: TemplatePack): boolean {
  return pack.levels.includes('provinsi');
}

/** "Rencana Induk Smart City" or "Rencana Induk Provinsi Cerdas". */
export function planKindName(pack: TemplatePack): string {
  return isProvincePlan(pack) ? 'Rencana Induk Provinsi Cerdas' : 'Rencana Induk Smart City';
}

/**
 * The regions as they follow the plan kind: "Kota Semarang" after "Smart City",
 * but "Jawa Tengah" after "Provinsi Cerdas" (the word Provinsi is already there).
 */
export function regionsAfterKind(pack: TemplatePack, regions: Region[]): string[] {
  return regions.map((r) => (isProvincePlan(pack) ? shortRegionName(r.name) : r.name));
}

/** "Wali Kota", "Bupati" or "Gubernur". */
export function headOfRegion(level: Level): string {
  switch (level) {
    case 'kota':
      return 'Wali Kota';
    case 'kabupaten':
      return 'Bupati';
    case 'provinsi':
      return 'Gubernur';
  }
}

/**
 * Where the plan is adopted ("Ditetapkan di …"): the province's seat of government,
 * or the regency's or city's own name. Right for most regencies; one whose seat has
 * another name (Kabupaten Semarang → Ungaran) fills the approval page's "Tempat Penetapan",
 * which takes precedence (see approval.ts).
 */
export function placeOfAdoption(project: Project): string {
  const first = project.meta.regions[0];
  if (!first) return '';
  if (project.meta.level === 'provinsi')
    return PROVINCE_CAPITALS[first.code] ?? shortRegionName(first.name);
  return shortRegionName(first.name);
}
