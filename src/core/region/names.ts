/** How regions are named in titles and on covers. */
import type { Region } from '../model/project.ts';
import type { RegionRecord } from './wilayah.ts';

/** "Kabupaten Banyuwangi", "Kota Semarang", "Provinsi Jawa Tengah". */
export function regionDisplayName(record: Pick<RegionRecord, 'name' | 'level'>): string {
  return record.level === 'provinsi' && !/^provinsi\b/i.test(record.name)
    ? `Provinsi ${record.name}`
    : record.name;
}

/** One name for the regions a plan covers: "Kota Semarang" or "Kota Semarang, Kabupaten Demak dan Kabupaten Kendal". */
export function regionsPhrase(regions: Region[]): string {
  const names = regions.map((r) => r.name);
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} dan ${names[names.length - 1]}`;
}

/** "2026–2030" */
export function periodLabel(period: { start: number; end: number }): string {
  return `${period.start}–${period.end}`;
}
