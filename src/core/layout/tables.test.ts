import { describe, expect, it } from 'vitest';
import { builtinTemplates } from '../io/templates.ts';
import { planContext } from '../plan/context.ts';
import { createProject } from '../project/create.ts';
import type { TableDef } from '../template/types.ts';
import { kotaSemarangContext } from './__fixtures__/kotaSemarang.ts';
import { createLayoutEnv } from './env.ts';
import { fieldsTable } from './fields.ts';
import type { TableBlock, TableCell } from './model.ts';
import { longestWordPt } from './metrics.ts';
import { runsText } from './runs.ts';
import { typedTable } from './tables.ts';

const texts = (row: TableCell[] | undefined) => (row ?? []).map((c) => runsText(c.runs));

function env() {
  return createLayoutEnv(kotaSemarangContext(), []);
}

function table(tableId: string, sectionKey: string): TableBlock {
  const e = env();
  const def = e.ctx.template.pack.tables[tableId]!;
  const content = e.ctx.project.sections[sectionKey];
  const rows = content?.kind === 'table' ? content.rows : [];
  return typedTable(e, def, rows, def.caption).block;
}

describe('typed table cells', () => {
  it('writes Rupiah with dots and no space, years without a thousands dot, choices by name', () => {
    const block = table('quickwin', 'buku-3.quick-wins.daftar-quick-win');
    expect(texts(block.body[0])).toEqual([
      'QW-01',
      'Layanan Adminduk Daring di Kelurahan',
      'Smart Governance',
      'Pelayanan Publik',
      'Disdukcapil',
      '2026',
      'Rp450.000.000',
      'Layanan adminduk daring di 177 kelurahan',
      '',
      '',
    ]);
    expect(block.body[0]![6]!.align).toBe('right');
    expect(block.body[0]![5]!.align).toBe('center');
  });

  it('spreads a yearly Rupiah column over the plan years and adds a total', () => {
    const block = table('financing', 'buku-2.pembiayaan.rekap-pembiayaan');
    expect(texts(block.header[0])).toEqual([
      'Sumber Pendanaan',
      'Rencana Pembiayaan 2026',
      'Rencana Pembiayaan 2027',
      'Rencana Pembiayaan 2028',
      'Rencana Pembiayaan 2029',
      'Rencana Pembiayaan 2030',
      'Jumlah 2026–2030',
    ]);
    expect(texts(block.body[0])).toEqual([
      'APBD',
      'Rp1.500.000.000',
      'Rp3.000.000.000',
      '',
      '',
      '',
      'Rp4.500.000.000',
    ]);
    const total = block.body[block.body.length - 1]!;
    expect(texts(total)).toEqual([
      'Jumlah',
      'Rp2.050.000.000',
      'Rp3.000.000.000',
      'Rp1.250.000.000',
      '',
      '',
      'Rp6.300.000.000',
    ]);
    expect(total.every((c) => c.shade === 'total')).toBe(true);
  });

  it('leaves out columns marked export: false', () => {
    const e = env();
    const def = e.ctx.template.pack.tables.programme!;
    const block = typedTable(e, def, [], 'Program').block;
    const headers = texts(block.header[0]);
    expect(headers).not.toContain('Deskripsi');
    expect(headers).not.toContain('Target per Tahun');
    expect(headers).toContain('Nama Program');
  });

  it('writes percentages with a decimal comma and booleans as Ya/Tidak', () => {
    const e = env();
    const def: TableDef = {
      id: 'uji',
      caption: 'Uji',
      columns: [
        { id: 'share', label: 'Porsi', type: 'percentage' },
        { id: 'done', label: 'Selesai', type: 'boolean' },
        { id: 'index', label: 'Indeks', type: 'decimal' },
      ],
    };
    const rows = [
      { id: 'a', cells: { share: 12.5, done: true, index: 0.1 + 0.2 } },
      { id: 'b', cells: { share: 100, done: false, index: 3.1 } },
    ];
    const block = typedTable(e, def, rows, def.caption).block;
    expect(block.body.map(texts)).toEqual([
      ['12,5%', 'Ya', '0,3'],
      ['100%', 'Tidak', '3,1'],
    ]);
  });

  it('resolves region choices of a province plan to regency names', () => {
    const template = builtinTemplates().get('provinsi')!;
    const project = createProject({ template, regionCodes: ['33'], date: '2026-11-22' });
    const e = createLayoutEnv(planContext(project, template), []);
    const def = template.pack.tables.kabkotaStatus!;
    const rows = [{ id: 'r', cells: { region: '33.74', hasPlan: true, period: '2026–2030' } }];
    expect(texts(typedTable(e, def, rows, def.caption).block.body[0]).slice(0, 3)).toEqual([
      'Kota Semarang',
      'Ya',
      '2026–2030',
    ]);
  });

  it('prints the period total alone where a column per year would break the words', () => {
    // The province's matrix of regency programmes: thirteen printed columns, of which
    // five years of costs and their total never wrap. With a column per year even 7 pt
    // type on landscape left "Kabupaten" 14 pt and broke it into "Kab/upat/en".
    const template = builtinTemplates().get('provinsi')!;
    const project = createProject({ template, regionCodes: ['33'], date: '2026-11-22' });
    const def = template.pack.tables.rollupProgramme!;
    const rows = [
      {
        id: 'r1',
        cells: {
          region: '33.01',
          sourceFile: 'rencana-induk-kabupaten-cilacap.rencana',
          sourceCode: 'LIV-01',
          name: 'Simpul Jaringan Informasi Geospasial Kabupaten Cilacap',
          element: 'smart-living.infrastruktur',
          ownerOpd: 'Diskominfo',
          startYear: 2027,
          endYear: 2029,
          fundingSources: ['apbd', 'kpbu'],
          costs: { '2027': 2_850_000_000, '2028': 1_775_000_000, '2029': 900_000_000 },
          budgetCode: '2.16.03',
        },
      },
    ];
    // The type size and columns are fitted to all rows of the kind in the plan.
    project.sections['buku-2.koordinasi-kabkota.matriks-kabkota'] = { kind: 'table', rows };
    const e = createLayoutEnv(planContext(project, template), []);
    const block = typedTable(e, def, rows, def.caption).block;
    const header = texts(block.header[0]);
    // A plan made now runs 2027–2031.
    expect(header).toContain('Perkiraan Biaya 2027–2031');
    expect(header.some((text) => /Biaya 2027$/.test(text))).toBe(false);
    expect(texts(block.body[0])).toContain('Rp5.525.000.000');
    const total = block.columns.reduce((sum, c) => sum + c.width, 0);
    const regionColumn = (block.columns[0]!.width * 643.5) / total;
    expect(regionColumn).toBeGreaterThan(longestWordPt('Kabupaten', block.fontPt));
  });

  it('prints fields as label and value, marking missing required values', () => {
    const e = env();
    const section = e.ctx.outline.byKey.get('buku-1.gambaran-umum.data-pokok')!;
    const block = fieldsTable(
      e,
      section.def.fields!,
      { population: 1653524, economicGrowth: 5.79, apbdTotal: 5600000000000 },
      section.title,
    ).block;
    const rows = block.body.map(texts);
    expect(rows).toContainEqual(['Jumlah Penduduk (jiwa)', '1.653.524']);
    expect(rows).toContainEqual(['Pertumbuhan Ekonomi (%)', '5,79%']);
    expect(rows).toContainEqual(['Total APBD Tahun Berjalan', 'Rp5.600.000.000.000']);
    expect(rows).toContainEqual(['Jumlah Kecamatan', '[belum diisi]']);
    // Optional and empty: not printed at all.
    expect(rows.map((r) => r[0])).not.toContain('Indeks SPBE');
  });

  it('sizes columns to fill the text width and keeps money on one line', () => {
    const block = table('financing', 'buku-2.pembiayaan.rekap-pembiayaan');
    const sum = block.columns.reduce((s, c) => s + c.width, 0);
    // Landscape A4 with 40 + 30 mm margins: 227 mm ≈ 643.5 pt.
    expect(sum).toBeCloseTo(643.5, 0);
    expect(Math.min(...block.columns.slice(1).map((c) => c.width))).toBeGreaterThan(60);
  });
});
