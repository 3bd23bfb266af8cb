/** The consolidated matrix as a data table: one row per programme, yearly costs in columns. */
import type { Framework } from '../template/types.ts';
import { body, type DataRow, type DataTable } from './dataTable.ts';
import { programmeCost } from './extract.ts';
import { yearColumns } from './tables.ts';
import type { ConsolidatedProgramme } from './types.ts';

/** Every programme of the matrix, one row each, with yearly costs (the XLSX "Matriks" sheet). */
export function matrixTable(
  programmes: ConsolidatedProgramme[],
  years: number[],
  framework: Framework,
): DataTable {
  const names = new Map<string, string>([
    ...framework.dimensions.map((d) => [d.id, d.name] as const),
    ...framework.dimensions.flatMap((d) => d.elements.map((e) => [e.id, e.name] as const)),
    ...framework.fundingSources.map((f) => [f.id, f.name] as const),
  ]);
  const name = (id: string) => names.get(id) ?? id;
  const rows: DataRow[] = programmes.map((p) =>
    body(
      p.regionName,
      p.regionCode,
      p.sourceFile || null,
      p.sourceCode,
      p.name,
      name(p.dimension),
      name(p.element),
      p.ownerOpd,
      p.startYear,
      p.endYear,
      p.fundingSources.map(name).join(', '),
      ...years.map((y) => p.costs[String(y)] ?? null),
      programmeCost(p),
      p.budgetCode ?? null,
      p.output ?? null,
      p.indicator ?? null,
    ),
  );
  const yearTotals = years.map((y) =>
    programmes.reduce((s, p) => s + (p.costs[String(y)] ?? 0), 0),
  );
  rows.push({
    role: 'total',
    values: [
      'Jumlah',
      ...Array<null>(10).fill(null),
      ...yearTotals,
      programmes.reduce((s, p) => s + programmeCost(p), 0),
      null,
      null,
      null,
    ],
  });
  return {
    id: 'matriks',
    caption: 'Matriks Program Kabupaten/Kota',
    landscape: true,
    columns: [
      { id: 'region', label: 'Kabupaten/Kota', kind: 'text', width: 20 },
      { id: 'regionCode', label: 'Kode Wilayah', kind: 'text', width: 8 },
      { id: 'sourceFile', label: 'Berkas Sumber', kind: 'text', width: 24 },
      { id: 'sourceCode', label: 'Kode Program', kind: 'text', width: 9 },
      { id: 'name', label: 'Nama Program', kind: 'text', width: 40 },
      { id: 'dimension', label: 'Dimensi', kind: 'text', width: 16 },
      { id: 'element', label: 'Elemen', kind: 'text', width: 26 },
      { id: 'ownerOpd', label: 'OPD Penanggung Jawab', kind: 'text', width: 14 },
      { id: 'startYear', label: 'Tahun Mulai', kind: 'year', width: 8 },
      { id: 'endYear', label: 'Tahun Selesai', kind: 'year', width: 8 },
      { id: 'funding', label: 'Sumber Pendanaan', kind: 'text', width: 16 },
      ...yearColumns(years, 'Perkiraan Biaya per Tahun').map((c) => ({ ...c, width: 16 })),
      { id: 'total', label: 'Jumlah Biaya', kind: 'rupiah', width: 18 },
      { id: 'budgetCode', label: 'Kode Permendagri 90/2019', kind: 'text', width: 14 },
      { id: 'output', label: 'Keluaran (Output)', kind: 'text', width: 40 },
      { id: 'indicator', label: 'Indikator Kinerja', kind: 'text', width: 30 },
    ],
    rows,
  };
}
