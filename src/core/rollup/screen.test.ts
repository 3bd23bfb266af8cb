import { describe, expect, it } from 'vitest';
import { contextOf, sourcesOf } from '../../../tests/fixtures/rollup/contexts.ts';
import { buildPlan } from '../../../tests/fixtures/rollup/planBuilder.ts';
import { invalidKudusPlan, KABUPATEN_SLEMAN } from '../../../tests/fixtures/rollup/outsiders.ts';
import { JAWA_TENGAH, provincePlan } from '../../../tests/fixtures/rollup/province.ts';
import { KABUPATEN_DEMAK, KOTA_SEMARANG } from '../../../tests/fixtures/rollup/regencies.ts';
import { msg, UserError } from '../i18n/messages.ts';
import { builtinTemplates } from '../io/templates.ts';
import { createProject } from '../project/create.ts';
import { screenSources } from './screen.ts';
import { rollupTargetOf } from './target.ts';

const province = contextOf(provincePlan());
const target = rollupTargetOf(province, 'provinsi.rencana');
const raya = createProject({
  template: builtinTemplates().get('kabkota')!,
  regionCodes: ['33.74', '33.21'],
  period: { start: 2026, end: 2030 },
  date: '2026-11-22',
});

function skips(sources: ReturnType<typeof sourcesOf>, lang: 'id' | 'en' = 'id') {
  return screenSources(target, sources, lang).skipped.map((s) => msg(lang, s.key, s.params));
}

describe('which regency/city plans a roll-up takes', () => {
  it('takes valid plans of the province’s regencies and cities', () => {
    const { accepted, skipped } = screenSources(
      target,
      sourcesOf([KOTA_SEMARANG, KABUPATEN_DEMAK]),
      'id',
    );
    expect(accepted.map((a) => a.file)).toEqual(['33.74.rencana', '33.21.rencana']);
    expect(skipped).toEqual([]);
  });

  it('says which file belongs to another province', () => {
    expect(skips(sourcesOf([KABUPATEN_SLEMAN]))).toEqual([
      '34.04.rencana dilewati: Kabupaten Sleman (34.04) bukan kabupaten/kota di Provinsi Jawa Tengah (33).',
    ]);
    expect(skips(sourcesOf([KABUPATEN_SLEMAN]), 'en')).toEqual([
      '34.04.rencana skipped: Kabupaten Sleman (34.04) is not a regency/city of Provinsi Jawa Tengah (33).',
    ]);
  });

  it('says which file still has validation errors, and where the first one is', () => {
    expect(skips(sourcesOf([invalidKudusPlan()]))).toEqual([
      '33.19.rencana dilewati: rencana masih memiliki 1 galat, antara lain Buku II › BAB II Smart Governance › Pelayanan Publik › Program Pelayanan Publik, baris 1, kolom Tahun Mulai: Tahun 2024 di luar periode rencana 2026–2030. Periksa dengan: rencana validate 33.19.rencana',
    ]);
  });

  it('refuses a province plan and a multi-region plan as sources', () => {
    expect(skips(sourcesOf([buildPlan(JAWA_TENGAH), raya]))).toEqual([
      '33.rencana dilewati: ini rencana Provinsi Jawa Tengah, bukan rencana kabupaten/kota.',
      '33.74.rencana dilewati: rencana ini mencakup beberapa wilayah (Kota Semarang dan Kabupaten Demak); gabungkan rencana per kabupaten/kota.',
    ]);
  });

  it('takes each region once: the first valid file wins', () => {
    const broken = buildPlan(KOTA_SEMARANG);
    broken.meta.period = { start: 2030, end: 2026 };
    const sources = sourcesOf([broken, KOTA_SEMARANG, KOTA_SEMARANG]);
    const { accepted, skipped } = screenSources(target, sources, 'id');
    expect(accepted.map((a) => a.index)).toEqual([1]);
    expect(skipped.map((s) => s.key)).toEqual([
      'rollup.skip.invalid',
      'rollup.skip.duplicate-region',
    ]);
    expect(msg('id', skipped[1]!.key, skipped[1]!.params)).toBe(
      '33.74.rencana dilewati: Kota Semarang (33.74) sudah digabungkan dari 33.74.rencana.',
    );
  });

  it('refuses targets that are neither a province nor an agglomeration', () => {
    const regency = contextOf(buildPlan(KOTA_SEMARANG));
    expect(() => rollupTargetOf(regency, 'kota-semarang.rencana')).toThrow(UserError);
    expect(rollupTargetOf(contextOf(raya), 'raya.rencana')).toMatchObject({
      kind: 'agglomeration',
    });
  });
});
