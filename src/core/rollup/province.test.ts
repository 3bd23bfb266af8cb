import { describe, expect, it } from 'vitest';
import { contextOf, sourcesOf } from '../../../tests/fixtures/rollup/contexts.ts';
import { buildPlan, completeProgrammes } from '../../../tests/fixtures/rollup/planBuilder.ts';
import { seedCost } from '../../../tests/fixtures/rollup/programmes.ts';
import {
  MATRIX_KEY,
  provincePlan,
  SHARED_KEY,
  STATUS_KEY,
} from '../../../tests/fixtures/rollup/province.ts';
import {
  KABUPATEN_DEMAK,
  KABUPATEN_KENDAL,
  KABUPATEN_SEMARANG,
  KOTA_SALATIGA,
  KOTA_SEMARANG,
} from '../../../tests/fixtures/rollup/regencies.ts';
import type { Project, TableRow } from '../model/project.ts';
import { serializeProject } from '../project/serialize.ts';
import { validatePlan } from '../validate/index.ts';
import { rollupPlan } from './apply.ts';
import { consolidatedProgrammes } from './consolidated.ts';
import { programmeCost } from './extract.ts';
import { rollupTargetOf } from './target.ts';

const SEEDS = [KOTA_SEMARANG, KABUPATEN_SEMARANG, KABUPATEN_DEMAK, KABUPATEN_KENDAL, KOTA_SALATIGA];

function rollUp(province: Project, sources = sourcesOf(SEEDS)) {
  const ctx = contextOf(province);
  return rollupPlan(ctx, rollupTargetOf(ctx, 'provinsi.rencana'), sources);
}

const rows = (project: Project, key: string): TableRow[] => {
  const content = project.sections[key];
  return content?.kind === 'table' ? content.rows : [];
};

describe('roll-up into a province plan', () => {
  const first = rollUp(provincePlan());

  it('brings every programme in, linked to its region, file and code', () => {
    const matrix = rows(first.project, MATRIX_KEY);
    expect(matrix).toHaveLength(SEEDS.reduce((n, s) => n + completeProgrammes(s).length, 0));
    expect(matrix.find((r) => r.id === 'kota-3374-GOV-01')!.cells).toMatchObject({
      region: '33.74',
      sourceFile: '33.74.rencana',
      sourceCode: 'GOV-01',
      name: 'Penguatan Command Center Kota Semarang',
      dimension: 'governance',
      element: 'pelayanan-publik',
      ownerOpd: 'Diskominfo',
      startYear: 2026,
      endYear: 2030,
      fundingSources: ['apbd', 'apbn'],
      budgetCode: '2.16.03',
    });
    // Sorted by region code, each region in its plan's order.
    expect(matrix[0]!.id).toBe('kab-3321-GOV-01');
    expect(matrix.at(-1)!.cells.region).toBe('33.74');
    const programmes = consolidatedProgrammes(contextOf(first.project));
    for (const seed of SEEDS) {
      const own = programmes.filter((p) => p.regionCode === seed.regions[0]);
      expect(own.reduce((sum, p) => sum + programmeCost(p), 0)).toBe(
        seedCost(completeProgrammes(seed)),
      );
    }
    expect(first.changes.imported.map((i) => [i.regionCode, i.counts.added])).toEqual([
      ['33.74', 19],
      ['33.22', 19],
      ['33.21', 18],
      ['33.24', 18],
      ['33.73', 18],
    ]);
  });

  it('leaves a province plan that still validates', () => {
    const findings = validatePlan(contextOf(first.project));
    expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('does not touch the plan it was given', () => {
    const province = provincePlan();
    const before = serializeProject(province);
    rollUp(province);
    expect(serializeProject(province)).toBe(before);
  });

  it('gives the same bytes when run again with the same files', () => {
    const again = rollUp(first.project);
    expect(serializeProject(again.project)).toBe(serializeProject(first.project));
    expect(again.changes.imported.every((i) => i.counts.unchanged === i.programmes)).toBe(true);
  });

  it('updates and removes the rows of a region given a newer file, never duplicating', () => {
    const newer = buildPlan(KOTA_SEMARANG);
    const table = newer.sections['buku-2.dimensi-living.transportasi.program'];
    if (table?.kind !== 'table') throw new Error('tabel tidak ada');
    table.rows.splice(0, 1); // smart parking dropped
    const service = newer.sections['buku-2.dimensi-governance.pelayanan-publik.program'];
    if (service?.kind !== 'table') throw new Error('tabel tidak ada');
    service.rows[1]!.cells.name = 'Aplikasi Perizinan Terpadu Semarang';
    const result = rollUp(first.project, sourcesOf([newer]));
    const counts = result.changes.imported[0]!.counts;
    expect(counts).toEqual({ added: 0, updated: 1, unchanged: 17, removed: 1 });
    const matrix = rows(result.project, MATRIX_KEY);
    expect(matrix.filter((r) => r.id === 'kota-3374-GOV-02')).toHaveLength(1);
    expect(matrix.find((r) => r.id === 'kota-3374-GOV-02')!.cells.name).toBe(
      'Aplikasi Perizinan Terpadu Semarang',
    );
    expect(matrix.some((r) => r.id === 'kota-3374-LIV-01')).toBe(false);
  });

  it('keeps the rows of regions not given and rows typed by hand', () => {
    const project = structuredClone(first.project);
    const manual: TableRow = {
      id: 'ketik-blora',
      cells: { ...rows(project, MATRIX_KEY)[0]!.cells, region: '33.16', sourceCode: 'GOV-01' },
    };
    rows(project, MATRIX_KEY).push(manual);
    const result = rollUp(project, sourcesOf([KABUPATEN_DEMAK]));
    expect(result.changes.kept.map((k) => [k.regionCode, k.rows])).toEqual([
      ['33.22', 19],
      ['33.24', 18],
      ['33.73', 18],
      ['33.74', 19],
    ]);
    const matrix = rows(result.project, MATRIX_KEY);
    expect(matrix).toHaveLength(rows(first.project, MATRIX_KEY).length + 1);
    expect(matrix.find((r) => r.id === 'ketik-blora')).toEqual(manual);
  });

  it('fills the status table, keeping what the planner wrote', () => {
    const status = rows(first.project, STATUS_KEY);
    expect(status.map((r) => r.cells.region)).toEqual([
      '33.16',
      '33.21',
      '33.22',
      '33.24',
      '33.73',
      '33.74',
    ]);
    expect(status.find((r) => r.cells.region === '33.74')).toEqual({
      id: 'row-kota-semarang',
      cells: {
        region: '33.74',
        hasPlan: true,
        period: '2026–2030',
        regulation: 'Peraturan Wali Kota Nomor 12 Tahun 2026',
        notes: 'Sedang diperbarui untuk periode 2026–2030.',
      },
    });
    expect(status.find((r) => r.id === 'status-3321')!.cells).toEqual({
      region: '33.21',
      hasPlan: true,
      period: '2025–2029',
      regulation: 'Peraturan Bupati Nomor 31 Tahun 2025',
      notes: 'Program digabungkan dari 33.21.rencana.',
    });
    expect(status[0]!.cells.hasPlan).toBe(false);
    expect(first.changes.status).toEqual({ added: 4, updated: 1 });
  });

  it('keeps the planner’s confirmation of a shared-programme candidate across roll-ups', () => {
    const project = structuredClone(first.project);
    const shared = rows(project, SHARED_KEY);
    expect(shared).toHaveLength(11);
    const commandCentres = shared[0]!;
    expect(commandCentres.id).toBe('bersama-kab-3321-GOV-01');
    expect(commandCentres.cells).toMatchObject({
      theme: 'Command Center',
      element: 'pelayanan-publik',
      regions: ['33.21', '33.22', '33.24', '33.74'],
      basis: 'nama-kode',
      confirmed: false,
    });
    commandCentres.cells.confirmed = true;
    commandCentres.cells.notes = 'Command center regional Semarang Raya.';
    const unconfirmed = shared[3]!.id; // Satu Data (Kendal, Kota Semarang)
    // Kota Semarang renames its command centre and its data portal: the groups change.
    const newer = buildPlan(KOTA_SEMARANG);
    const service = newer.sections['buku-2.dimensi-governance.pelayanan-publik.program'];
    const policy = newer.sections['buku-2.dimensi-governance.efisiensi-kebijakan.program'];
    if (service?.kind !== 'table' || policy?.kind !== 'table') throw new Error('tabel tidak ada');
    service.rows[0]!.cells.name = 'Ruang Kendali Kota';
    policy.rows[0]!.cells.name = 'Statistik Sektoral Kota';
    const result = rollUp(project, sourcesOf([newer]));
    const after = rows(result.project, SHARED_KEY);
    const kept = after.find((r) => r.id === commandCentres.id)!;
    expect(kept.cells).toMatchObject({
      confirmed: true,
      notes: 'Command center regional Semarang Raya.',
    });
    // Still grouped by code (2.16.03, Pelayanan Publik), with Kota Semarang.
    expect(kept.cells.regions).toEqual(['33.21', '33.22', '33.24', '33.74']);
    expect(after.some((r) => r.id === unconfirmed)).toBe(false);
    expect(result.changes.candidates).toMatchObject({ dropped: 1, confirmed: 1 });
  });
});
