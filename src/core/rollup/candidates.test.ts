import { describe, expect, it } from 'vitest';
import {
  KABUPATEN_DEMAK,
  KABUPATEN_KENDAL,
  KABUPATEN_SEMARANG,
  KOTA_SALATIGA,
  KOTA_SEMARANG,
} from '../../../tests/fixtures/rollup/regencies.ts';
import { expectedProgrammes } from '../../../tests/fixtures/rollup/programmes.ts';
import { builtinTemplates } from '../io/templates.ts';
import { findSharedCandidates } from './candidates.ts';
import type { ConsolidatedProgramme } from './types.ts';

const framework = builtinTemplates().get('provinsi')!.framework;
const all = [
  KABUPATEN_DEMAK,
  KABUPATEN_SEMARANG,
  KABUPATEN_KENDAL,
  KOTA_SALATIGA,
  KOTA_SEMARANG,
].flatMap((seed) => expectedProgrammes(seed));

const summary = (programmes: ConsolidatedProgramme[]) =>
  findSharedCandidates(programmes, framework).map(
    (g) => `${g.theme} | ${g.element} | ${g.basis} | ${g.members.map((m) => m.rowId).join(' ')}`,
  );

describe('shared-programme candidates', () => {
  it('groups the command centres, permit apps, flood warnings … of Semarang Raya side by side', () => {
    expect(summary(all)).toEqual([
      'Command Center | pelayanan-publik | nama-kode | kab-3321-GOV-01 kab-3322-GOV-01 kab-3324-GOV-01 kota-3374-GOV-01',
      'Aplikasi Pelayanan Perizinan Terpadu | pelayanan-publik | nama-kode | kab-3322-GOV-02 kota-3374-GOV-02',
      'e-Kinerja ASN | manajemen-birokrasi | kode | kab-3322-GOV-03 kota-3373-GOV-01',
      'Satu Data | efisiensi-kebijakan | nama | kab-3324-GOV-02 kota-3374-GOV-03',
      'Promosi Digital | ekosistem-pariwisata | kode | kab-3321-BRD-01 kab-3322-BRD-01 kota-3373-BRD-01 kota-3374-BRD-01',
      'Smart Parking | transportasi | nama-kode | kota-3373-LIV-01 kota-3374-LIV-01',
      'Sistem Informasi Kesehatan Terintegrasi | kesehatan | nama-kode | kab-3322-LIV-01 kota-3374-LIV-02',
      'Sekolah Digital | ekosistem-belajar | nama | kab-3322-SOC-01 kota-3373-SOC-01',
      'Sistem Peringatan Dini Banjir Rob | keamanan-masyarakat | nama-kode | kab-3321-SOC-01 kota-3374-SOC-01',
      'Pemantauan Kualitas Udara | proteksi-lingkungan | nama-kode | kab-3322-ENV-01 kab-3324-ENV-01 kota-3373-ENV-01',
      'Bank Sampah Digital | sampah-limbah | nama-kode | kab-3321-ENV-01 kota-3374-ENV-01',
    ]);
  });

  it('sums the members’ costs', () => {
    const [commandCentres] = findSharedCandidates(all, framework);
    // Demak 3 × 900 jt, Kab. Semarang 4 × 1,2 M, Kendal 3 × 1 M, Kota Semarang 5 × 2,5 M
    expect(commandCentres!.totalCost).toBe(
      2_700_000_000 + 4_800_000_000 + 3_000_000_000 + 12_500_000_000,
    );
  });

  it('does not group programmes of one region with each other', () => {
    const semarang = expectedProgrammes(KOTA_SEMARANG);
    const twin = { ...semarang[0]!, rowId: 'kota-3374-GOV-09', sourceCode: 'GOV-09' };
    expect(findSharedCandidates([...semarang, twin], framework)).toEqual([]);
  });

  it('links the same Permendagri code only within the same element', () => {
    const [a, b] = [
      expectedProgrammes(KOTA_SEMARANG)[0]!,
      expectedProgrammes(KABUPATEN_KENDAL)[1]!,
    ];
    const other = { ...b, budgetCode: a.budgetCode, name: 'Dasbor Statistik Sektoral' };
    expect(a.element).not.toBe(other.element);
    expect(findSharedCandidates([a, other], framework)).toEqual([]);
    const same = { ...other, element: a.element, dimension: a.dimension };
    expect(summary([a, same])).toEqual([
      `Penguatan Command Center | pelayanan-publik | kode | ${same.rowId} ${a.rowId}`,
    ]);
  });
});
