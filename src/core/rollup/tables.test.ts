import { Resvg } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import { expectedProgrammes } from '../../../tests/fixtures/rollup/programmes.ts';
import { KABUPATEN_DEMAK, KOTA_SEMARANG } from '../../../tests/fixtures/rollup/regencies.ts';
import { builtinTemplates } from '../io/templates.ts';
import { rollupCharts } from './charts.ts';
import { summarizeRollup } from './summary.ts';
import { rollupTables } from './tables.ts';

const framework = builtinTemplates().get('provinsi')!.framework;
const summary = summarizeRollup(
  [...expectedProgrammes(KABUPATEN_DEMAK), ...expectedProgrammes(KOTA_SEMARANG)],
  framework,
);

describe('roll-up tables as data', () => {
  const tables = rollupTables(summary);

  it('gives every row as many values as the table has columns', () => {
    expect(tables.map((t) => t.id)).toEqual([
      'per-wilayah',
      'per-elemen',
      'per-sumber',
      'per-tahun',
      'cakupan-elemen',
    ]);
    for (const table of tables)
      for (const row of table.rows) expect(row.values, table.id).toHaveLength(table.columns.length);
  });

  it('totals budgets the same way in every table', () => {
    const byRegion = tables[0]!;
    const total = byRegion.rows.at(-1)!;
    expect(total.role).toBe('total');
    expect(total.values.at(-1)).toBe(summary.totals.budget);
    const byElement = tables[1]!;
    expect(byElement.rows.at(-1)!.values.at(-1)).toBe(summary.totals.budget);
    expect(byElement.rows.filter((r) => r.role === 'group')).toHaveLength(6);
  });

  it('names the gaps under the coverage table', () => {
    expect(tables[4]!.note).toBe(
      'Elemen yang belum digarap kabupaten/kota mana pun: Ekosistem Bisnis Daerah (Smart Branding); Wajah Kota (Smart Branding); Kesejahteraan Rakyat (Smart Economy); Interaksi Masyarakat yang Efisien (Smart Society); Ekosistem Belajar yang Efisien (Smart Society); Proteksi Lingkungan (Smart Environment); Tata Kelola Energi yang Bertanggung Jawab (Smart Environment).',
    );
  });

  it('draws charts resvg can render', () => {
    const charts = rollupCharts(summary);
    expect(charts.map((c) => c.id)).toEqual(['biaya-per-wilayah', 'program-per-dimensi']);
    expect(charts[0]!.svg).toContain('Kabupaten Demak');
    expect(charts[0]!.svg).toContain('Rp');
    const png = new Resvg(charts[0]!.svg, { font: { loadSystemFonts: false } }).render();
    expect(png.width).toBe(900);
  });
});
