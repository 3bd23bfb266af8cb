/** The places a plan's text and tables talk about: a province's regencies, or a city's districts. */
import { findRegion, regionChildren } from '../../src/core/region/wilayah.ts';

const DISTRICTS: Record<string, string[]> = {
  '33.74': [
    'Semarang Tengah',
    'Semarang Utara',
    'Semarang Timur',
    'Semarang Selatan',
    'Semarang Barat',
    'Gayamsari',
    'Candisari',
    'Gajahmungkur',
    'Genuk',
    'Pedurungan',
    'Tembalang',
    'Banyumanik',
    'Gunungpati',
    'Mijen',
    'Ngaliyan',
    'Tugu',
  ],
};

export interface Places {
  /** "kabupaten/kota" or "kecamatan", as written in running text. */
  unit: string;
  /** "Kabupaten/Kota" or "Kecamatan", as written in captions. */
  unitTitle: string;
  names: string[];
  /** The regencies and cities of a province (empty for a regency or city plan). */
  regions: { code: string; name: string }[];
  /** "Gubernur", "Bupati" or "Wali Kota". */
  leader: string;
}

/** The places of the region with this Kemendagri code. */
export function placesOf(code: string): Places {
  const record = findRegion(code);
  if (record?.level === 'provinsi') {
    const regions = regionChildren(code).map((r) => ({ code: r.code, name: r.name }));
    return {
      unit: 'kabupaten/kota',
      unitTitle: 'Kabupaten/Kota',
      names: regions.map((r) => r.name),
      regions,
      leader: 'Gubernur',
    };
  }
  const districts = DISTRICTS[code] ?? Array.from({ length: 12 }, (_, i) => `Wilayah ${i + 1}`);
  return {
    unit: 'kecamatan',
    unitTitle: 'Kecamatan',
    names: districts.map((d) => `Kecamatan ${d}`),
    regions: [],
    leader: record?.level === 'kota' ? 'Wali Kota' : 'Bupati',
  };
}
