import { describe, expect, it } from 'vitest';
import { programmeRows } from '../plan/programmes.ts';
import { kotaSemarangContext } from './__fixtures__/kotaSemarang.ts';
import { createLayoutEnv } from './env.ts';
import { activeYears, roadmapTable } from './roadmap.ts';
import { runsText } from './runs.ts';

const YEARS = [2026, 2027, 2028, 2029, 2030];

describe('active years', () => {
  it('runs from the start year to the end year within the period', () => {
    const row = { id: 'a', cells: { startYear: 2027, endYear: 2029 } };
    expect([...activeYears(row, YEARS)]).toEqual([2027, 2028, 2029]);
  });

  it('clips years outside the period', () => {
    const row = { id: 'a', cells: { startYear: 2024, endYear: 2032 } };
    expect([...activeYears(row, YEARS)]).toEqual(YEARS);
  });

  it('falls back to the years that carry a cost', () => {
    const row = { id: 'a', cells: { costs: { '2026': 5, '2028': 0, '2030': 7 } } };
    expect([...activeYears(row, YEARS)]).toEqual([2026, 2030]);
  });
});

describe('roadmap table', () => {
  function roadmap() {
    const env = createLayoutEnv(kotaSemarangContext(), []);
    const def = env.ctx.template.pack.tables.programme!;
    return roadmapTable(env, def, programmeRows(env.ctx), 'Peta Jalan Program')!;
  }

  it('has the track and one column per plan year, on a landscape page', () => {
    const table = roadmap();
    expect(table.orientation).toBe('landscape');
    expect(table.block.header[0]!.map((c) => runsText(c.runs))).toEqual([
      'Kode',
      'Nama Program',
      'OPD Penanggung Jawab',
      'Jalur Peta Jalan',
      '2026',
      '2027',
      '2028',
      '2029',
      '2030',
    ]);
  });

  it('shades exactly the years a programme runs', () => {
    const body = roadmap().block.body;
    const shading = (code: string) => {
      const row = body.find((r) => runsText(r[0]!.runs) === code)!;
      return row
        .slice(4)
        .map((c) => (c.shade === 'active' ? 'X' : '.'))
        .join('');
    };
    expect(shading('GOV-01')).toBe('XXX..');
    expect(shading('GOV-02')).toBe('.XXXX');
    expect(shading('ENV-01')).toBe('X....');
    const gov03 = body.find((r) => runsText(r[0]!.runs) === 'GOV-03')!;
    expect(runsText(gov03[3]!.runs)).toBe('Tata Kelola dan SDM');
  });

  it('groups rows under dimension titles spanning the table', () => {
    const groups = roadmap().block.body.filter((r) => r[0]!.shade === 'group');
    expect(groups.map((r) => runsText(r[0]!.runs))).toEqual([
      'Smart Governance',
      'Smart Living',
      'Smart Environment',
    ]);
    expect(groups.every((r) => r.length === 1 && r[0]!.colSpan === 9)).toBe(true);
  });

  it('is absent when there are no programmes', () => {
    const env = createLayoutEnv(kotaSemarangContext(false), []);
    const def = env.ctx.template.pack.tables.programme!;
    expect(roadmapTable(env, def, programmeRows(env.ctx), 'Peta Jalan')).toBeUndefined();
  });
});
