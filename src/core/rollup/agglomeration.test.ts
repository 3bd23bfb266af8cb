import { describe, expect, it } from 'vitest';
import { contextOf, sourcesOf } from '../../../tests/fixtures/rollup/contexts.ts';
import { completeProgrammes } from '../../../tests/fixtures/rollup/planBuilder.ts';
import { KABUPATEN_DEMAK, KOTA_SEMARANG } from '../../../tests/fixtures/rollup/regencies.ts';
import { msg } from '../i18n/messages.ts';
import { builtinTemplates } from '../io/templates.ts';
import type { Project, TableRow } from '../model/project.ts';
import { programmeRows } from '../plan/programmes.ts';
import { createProject } from '../project/create.ts';
import { serializeProject } from '../project/serialize.ts';
import { agglomerationCode } from './agglomeration.ts';
import { rollupPlan } from './apply.ts';
import { rollupSummary } from './planSummary.ts';
import { rollupTargetOf } from './target.ts';

const SERVICE = 'buku-2.dimensi-governance.pelayanan-publik.program';

function semarangRaya(): Project {
  return createProject({
    template: builtinTemplates().get('kabkota')!,
    regionCodes: ['33.74', '33.22', '33.21'],
    period: { start: 2026, end: 2030 },
    date: '2026-11-22',
  });
}

function rollUp(project: Project, seeds = [KOTA_SEMARANG, KABUPATEN_DEMAK]) {
  const ctx = contextOf(project);
  return rollupPlan(ctx, rollupTargetOf(ctx, 'semarang-raya.rencana'), sourcesOf(seeds));
}

const rowsOf = (project: Project, key: string): TableRow[] => {
  const content = project.sections[key];
  return content?.kind === 'table' ? content.rows : [];
};

describe('roll-up into an agglomeration plan (Semarang Raya)', () => {
  const first = rollUp(semarangRaya());

  it('puts members’ programmes in its element tables with codes unique in the plan', () => {
    const service = rowsOf(first.project, SERVICE);
    expect(service.map((r) => [r.id, r.cells.code])).toEqual([
      ['kota-3374-GOV-01', 'GOV-101'],
      ['kota-3374-GOV-02', 'GOV-102'],
      ['kab-3321-GOV-01', 'GOV-301'],
    ]);
    expect(service[0]!.cells.ownerOpd).toBe('3374-diskominfo');
    expect(service[0]!.cells.description).toContain(
      'Sumber: Kota Semarang, program GOV-01 (33.74.rencana).',
    );
    const programmes = programmeRows(contextOf(first.project));
    expect(programmes).toHaveLength(
      completeProgrammes(KOTA_SEMARANG).length + completeProgrammes(KABUPATEN_DEMAK).length,
    );
  });

  it('adds the members’ agencies to its OPD list', () => {
    expect(first.project.meta.opd.find((o) => o.id === '3321-dlh')).toEqual({
      id: '3321-dlh',
      name: 'Dinas Lingkungan Hidup Kabupaten Demak',
      abbr: 'DLH Kabupaten Demak',
    });
    expect(first.changes.opdAdded).toBeGreaterThan(10);
  });

  it('is idempotent and reads back as a consolidated matrix with candidates', () => {
    expect(serializeProject(rollUp(first.project).project)).toBe(serializeProject(first.project));
    const { programmes, summary } = rollupSummary(contextOf(first.project));
    expect(programmes.find((p) => p.rowId === 'kab-3321-GOV-01')).toMatchObject({
      regionCode: '33.21',
      sourceCode: 'GOV-01',
      ownerOpd: 'Diskominfo Kabupaten Demak',
    });
    expect(summary.totals.regions).toBe(2);
    expect(summary.candidates.map((c) => c.theme)).toContain('Command Center');
  });

  it('skips a member whose codes clash with the agglomeration’s own programmes', () => {
    const own = semarangRaya();
    own.sections[SERVICE] = {
      kind: 'table',
      rows: [{ id: 'raya-1', cells: { code: 'GOV-101', name: 'Command Center Semarang Raya' } }],
    };
    const result = rollUp(own);
    expect(result.changes.imported.map((i) => i.regionCode)).toEqual(['33.21']);
    expect(result.skipped.map((s) => msg('id', s.key, s.params))).toEqual([
      '33.74.rencana dilewati: kode program GOV-01 menjadi GOV-101 di rencana aglomerasi, tetapi kode itu sudah dipakai program aglomerasi sendiri.',
    ]);
    expect(rowsOf(result.project, SERVICE)[0]!.id).toBe('raya-1');
  });

  it('maps codes by member position, within the pattern', () => {
    expect(agglomerationCode('ENV-07', 9)).toBe('ENV-907');
    expect(agglomerationCode('ENV-107', 1)).toBeUndefined();
    expect(agglomerationCode('ENV-07', 10)).toBeUndefined();
  });
});
