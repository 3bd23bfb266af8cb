import { describe, expect, it } from 'vitest';
import { formatRupiah } from '../format/number.ts';
import { programmeRows, yearlyTotal } from '../plan/programmes.ts';
import { kotaSemarangContext } from './__fixtures__/kotaSemarang.ts';
import { createLayoutEnv } from './env.ts';
import type { TableCell } from './model.ts';
import { programmeMatrix, programmeTable } from './programmeMatrix.ts';
import { runsText } from './runs.ts';

const texts = (row: TableCell[]) => row.map((c) => runsText(c.runs));

function matrix() {
  const env = createLayoutEnv(kotaSemarangContext(), []);
  const def = env.ctx.template.pack.tables.programme!;
  const rows = programmeRows(env.ctx);
  return { env, rows, block: programmeMatrix(env, def, rows, 'Matriks Program Lengkap') };
}

describe('programme matrix', () => {
  it('is landscape and dense, with the year columns and a total', () => {
    const { block } = matrix();
    expect(block.orientation).toBe('landscape');
    expect(block.block.fontPt).toBeLessThanOrEqual(8);
    expect(texts(block.block.header[0]!)).toEqual([
      'Kode',
      'Nama Program dan Sumber Pendanaan',
      'OPD Penanggung Jawab',
      'Perkiraan Biaya 2026',
      'Perkiraan Biaya 2027',
      'Perkiraan Biaya 2028',
      'Perkiraan Biaya 2029',
      'Perkiraan Biaya 2030',
      'Jumlah 2026–2030',
    ]);
  });

  it('prints the funding sources in italics under the programme name', () => {
    const row = matrix().block.block.body[1]!;
    expect(row[1]!.runs).toEqual([
      { text: 'Portal Layanan Publik Terpadu' },
      { text: '\nAPBD, DAK', italic: true },
    ]);
  });

  it('fits a landscape page without squeezing', () => {
    const widths = matrix().block.block.columns.map((c) => c.width);
    expect(widths.reduce((a, b) => a + b, 0)).toBeCloseTo(643.5, 0);
  });

  it('groups by dimension in framework order, each followed by its subtotal', () => {
    const body = matrix().block.block.body;
    const labels = body
      .filter((r) => r[0]!.shade)
      .map((r) => `${r[0]!.shade}:${runsText(r[0]!.runs)}`);
    expect(labels).toEqual([
      'group:Smart Governance',
      'subtotal:Jumlah Smart Governance',
      'group:Smart Living',
      'subtotal:Jumlah Smart Living',
      'group:Smart Environment',
      'subtotal:Jumlah Smart Environment',
      'total:Jumlah Keseluruhan',
    ]);
  });

  it('sums each dimension and the whole plan per year and in total', () => {
    const { block } = matrix();
    const body = block.block.body;
    const row = (label: string) => texts(body.find((r) => runsText(r[0]!.runs) === label)!);
    expect(row('Jumlah Smart Governance')).toEqual([
      'Jumlah Smart Governance',
      'Rp1.750.000.000',
      'Rp2.500.000.000',
      'Rp2.000.000.000',
      'Rp750.000.000',
      'Rp750.000.000',
      'Rp7.750.000.000',
    ]);
    expect(row('Jumlah Smart Environment').slice(1)).toEqual([
      'Rp300.000.000',
      '',
      '',
      '',
      '',
      'Rp300.000.000',
    ]);
    expect(row('Jumlah Keseluruhan')).toEqual([
      'Jumlah Keseluruhan',
      'Rp2.050.000.000',
      'Rp4.500.000.000',
      'Rp4.000.000.000',
      'Rp2.750.000.000',
      'Rp2.750.000.000',
      'Rp16.050.000.000',
    ]);
  });

  it('makes the grand total equal the sum of every programme', () => {
    const { block, rows } = matrix();
    const grand = block.block.body[block.block.body.length - 1]!;
    const expected = rows.reduce((sum, p) => sum + yearlyTotal(p.row, 'costs'), 0);
    expect(runsText(grand[grand.length - 1]!.runs)).toBe(formatRupiah(expected));
    // The label spans the three columns before the money.
    expect(grand[0]!.colSpan).toBe(3);
  });

  it('prints the per-element table with every exported column and the period total', () => {
    const env = createLayoutEnv(kotaSemarangContext(), []);
    const def = env.ctx.template.pack.tables.programme!;
    const content = env.ctx.project.sections['buku-2.dimensi-governance.pelayanan-publik.program'];
    const rows = content?.kind === 'table' ? content.rows : [];
    const table = programmeTable(env, def, rows, 'Matriks Program Pelayanan Publik').block;
    expect(texts(table.header[0]!)).toContain('Perkiraan Biaya 2026–2030');
    expect(texts(table.header[0]!)).toContain('Kode Program Permendagri 90/2019');
    expect(texts(table.body[0]!)).toContain('Rp3.750.000.000');
    const total = texts(table.body[table.body.length - 1]!);
    expect(total[0]).toBe('Jumlah');
    expect(total).toContain('Rp6.750.000.000');
  });
});
