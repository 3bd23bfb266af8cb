import { describe, expect, it } from 'vitest';
import { completeProgrammes } from '../../../tests/fixtures/rollup/planBuilder.ts';
import { expectedProgrammes, seedCost } from '../../../tests/fixtures/rollup/programmes.ts';
import {
  KABUPATEN_DEMAK,
  KABUPATEN_KENDAL,
  KABUPATEN_SEMARANG,
  KOTA_SALATIGA,
  KOTA_SEMARANG,
} from '../../../tests/fixtures/rollup/regencies.ts';
import { builtinTemplates } from '../io/templates.ts';
import { summarizeRollup } from './summary.ts';

const framework = builtinTemplates().get('provinsi')!.framework;
const SEEDS = [KABUPATEN_DEMAK, KABUPATEN_SEMARANG, KABUPATEN_KENDAL, KOTA_SALATIGA, KOTA_SEMARANG];
// The programmes the regions wrote themselves (without the fillers that make plans valid).
const own = SEEDS.flatMap((seed) => expectedProgrammes(seed));
const M = 1_000_000;

describe('roll-up summaries', () => {
  const summary = summarizeRollup(own, framework);

  it('counts programmes and sums budgets per region', () => {
    expect(summary.totals).toEqual({
      programmes: 38,
      budget: SEEDS.reduce((sum, s) => sum + seedCost(s.programmes), 0),
      regions: 5,
    });
    expect(summary.byRegion.map((r) => [r.code, r.name, r.programmes, r.budget])).toEqual(
      SEEDS.map((s) => [
        s.regions[0],
        expect.any(String),
        s.programmes.length,
        seedCost(s.programmes),
      ]),
    );
    const demak = summary.byRegion[0]!;
    expect(demak.name).toBe('Kabupaten Demak');
    // 2025: command centre 900, TTE 250, promotion 350, spatial 400, early warning 750, waste bank 200 (million)
    expect(demak.budgetByYear['2025']).toBe((900 + 250 + 350 + 400 + 750 + 200) * M);
    expect(demak.elementsCovered).toBe(7);
    expect(demak.dimensionsCovered).toBe(6);
  });

  it('counts per dimension and element, with the regions in each', () => {
    const governance = summary.byDimension.find((d) => d.id === 'governance')!;
    expect(governance.programmes).toBe(12); // 3 + 3 + 2 + 2 + 2
    const service = governance.elements.find((e) => e.id === 'pelayanan-publik')!;
    expect(service.programmes).toBe(7);
    expect(service.regions).toEqual(['33.21', '33.22', '33.24', '33.73', '33.74']);
    const sum = summary.byDimension.reduce((total, d) => total + d.budget, 0);
    expect(sum).toBe(summary.totals.budget);
  });

  it('lists the elements no region covers as gaps', () => {
    expect(summary.gaps.map((g) => g.id)).toEqual(['wajah-kota', 'energi']);
    expect(summary.gaps[1]).toEqual({
      id: 'energi',
      name: 'Tata Kelola Energi yang Bertanggung Jawab',
      dimensionId: 'environment',
      dimensionName: 'Smart Environment',
    });
    const salatiga = summary.coverage.rows.find((r) => r.code === '33.73')!;
    expect(salatiga.counts).toMatchObject({ 'manajemen-birokrasi': 1, transportasi: 1 });
    expect(salatiga.uncovered).toHaveLength(11);
  });

  it('reports funding sources by the programmes that name them', () => {
    const apbd = summary.byFunding.find((f) => f.id === 'apbd')!;
    const naming = own.filter((p) => p.fundingSources.includes('apbd'));
    expect(apbd.programmes).toBe(naming.length);
    expect(apbd.soleSource).toBe(naming.filter((p) => p.fundingSources.length === 1).length);
    const kpbu = summary.byFunding.find((f) => f.id === 'kpbu')!;
    // Kota Semarang smart parking 4 × 1,2 M; Salatiga smart parking 4 × 350 jt
    expect(kpbu).toMatchObject({ programmes: 2, budget: 4_800 * M + 1_400 * M, soleSource: 1 });
  });

  it('reports programmes running and budget per year', () => {
    expect(summary.years).toEqual([2025, 2026, 2027, 2028, 2029, 2030]);
    const y2030 = summary.byYear.find((y) => y.year === 2030)!;
    const running = own.filter((p) => p.startYear <= 2030 && 2030 <= p.endYear);
    expect(y2030.programmes).toBe(running.length);
    expect(summary.byYear.reduce((sum, y) => sum + y.budget, 0)).toBe(summary.totals.budget);
  });

  it('has no gaps once every plan is complete', () => {
    const complete = SEEDS.flatMap((seed) => expectedProgrammes(seed, completeProgrammes(seed)));
    expect(summarizeRollup(complete, framework).gaps).toEqual([]);
  });

  it('summarises an empty matrix without failing', () => {
    const empty = summarizeRollup([], framework);
    expect(empty.totals).toEqual({ programmes: 0, budget: 0, regions: 0 });
    expect(empty.gaps).toHaveLength(18);
  });
});
