/** The roll-up summaries as data tables (see dataTable.ts), in the order a document shows them. */
import { body, type DataColumn, type DataRow, type DataTable } from './dataTable.ts';
import type { RollupSummary } from './summary.ts';

/** One Rupiah column per year under a shared group header. */
export const yearColumns = (years: number[], group: string): DataColumn[] =>
  years.map((year) => ({ id: `y${year}`, label: String(year), kind: 'rupiah', width: 10, group }));

/** Programmes and budgets per regency/city, with the budget of each year. */
export function regionTable(summary: RollupSummary): DataTable {
  const { years } = summary;
  const rows: DataRow[] = summary.byRegion.map((r) =>
    body(
      r.name,
      r.programmes,
      r.elementsCovered,
      ...years.map((y) => r.budgetByYear[String(y)] ?? null),
      r.budget,
    ),
  );
  rows.push({
    role: 'total',
    values: [
      'Jumlah',
      summary.totals.programmes,
      null,
      ...summary.byYear.map((y) => y.budget),
      summary.totals.budget,
    ],
  });
  return {
    id: 'per-wilayah',
    caption: 'Jumlah Program dan Perkiraan Biaya per Kabupaten/Kota',
    landscape: true,
    columns: [
      { id: 'region', label: 'Kabupaten/Kota', kind: 'text', width: 16 },
      { id: 'programmes', label: 'Jumlah Program', kind: 'integer', width: 6 },
      { id: 'elements', label: 'Elemen Tergarap', kind: 'integer', width: 6 },
      ...yearColumns(years, 'Perkiraan Biaya per Tahun'),
      { id: 'budget', label: 'Jumlah Biaya', kind: 'rupiah', width: 11 },
    ],
    rows,
  };
}

/** Programmes, regions and budgets per dimension and element, with subtotals per dimension. */
export function elementTable(summary: RollupSummary): DataTable {
  const rows: DataRow[] = [];
  for (const d of summary.byDimension) {
    rows.push({ role: 'group', values: [d.name, null, null, null] });
    for (const e of d.elements) rows.push(body(e.name, e.programmes, e.regions.length, e.budget));
    rows.push({
      role: 'subtotal',
      values: [`Jumlah ${d.name}`, d.programmes, d.regions.length, d.budget],
    });
  }
  rows.push({
    role: 'total',
    values: [
      'Jumlah Keseluruhan',
      summary.totals.programmes,
      summary.totals.regions,
      summary.totals.budget,
    ],
  });
  return {
    id: 'per-elemen',
    caption: 'Jumlah Program dan Perkiraan Biaya per Dimensi dan Elemen',
    landscape: false,
    columns: [
      { id: 'element', label: 'Dimensi dan Elemen', kind: 'text', width: 24 },
      { id: 'programmes', label: 'Jumlah Program', kind: 'integer', width: 7 },
      { id: 'regions', label: 'Jumlah Kabupaten/Kota', kind: 'integer', width: 8 },
      { id: 'budget', label: 'Perkiraan Biaya', kind: 'rupiah', width: 12 },
    ],
    rows,
  };
}

/** Programmes per funding source. */
export function fundingTable(summary: RollupSummary): DataTable {
  return {
    id: 'per-sumber',
    caption: 'Program Kabupaten/Kota per Sumber Pendanaan',
    landscape: false,
    columns: [
      { id: 'source', label: 'Sumber Pendanaan', kind: 'text', width: 12 },
      { id: 'programmes', label: 'Jumlah Program', kind: 'integer', width: 7 },
      { id: 'sole', label: 'Sumber Tunggal', kind: 'integer', width: 7 },
      { id: 'budget', label: 'Biaya Program yang Memakai Sumber Ini', kind: 'rupiah', width: 14 },
    ],
    rows: summary.byFunding.map((f) => body(f.name, f.programmes, f.soleSource, f.budget)),
    note: 'Satu program dapat memakai beberapa sumber pendanaan; biayanya dihitung pada setiap sumber yang disebut, sehingga kolom biaya tidak dijumlahkan.',
  };
}

/** Programmes running and budget per year. */
export function yearTable(summary: RollupSummary): DataTable {
  return {
    id: 'per-tahun',
    caption: 'Program Berjalan dan Perkiraan Biaya per Tahun',
    landscape: false,
    columns: [
      { id: 'year', label: 'Tahun', kind: 'year', width: 6 },
      { id: 'programmes', label: 'Program Berjalan', kind: 'integer', width: 8 },
      { id: 'budget', label: 'Perkiraan Biaya', kind: 'rupiah', width: 14 },
    ],
    rows: [
      ...summary.byYear.map((y) => body(y.year, y.programmes, y.budget)),
      { role: 'total', values: ['Jumlah', null, summary.totals.budget] },
    ],
  };
}

/** Which regions cover which elements (programme counts), and the gaps. */
export function coverageTable(summary: RollupSummary): DataTable {
  const { elements, rows } = summary.coverage;
  const covering = (id: string) => rows.filter((r) => (r.counts[id] ?? 0) > 0).length;
  const gaps = summary.gaps.map((g) => `${g.name} (${g.dimensionName})`);
  return {
    id: 'cakupan-elemen',
    caption: 'Cakupan Elemen per Kabupaten/Kota (Jumlah Program)',
    landscape: true,
    columns: [
      { id: 'region', label: 'Kabupaten/Kota', kind: 'text', width: 14 },
      ...elements.map((e): DataColumn => ({
        id: e.id,
        label: e.name,
        kind: 'integer',
        width: 3,
        group: e.dimensionName,
      })),
      { id: 'covered', label: 'Elemen Tergarap', kind: 'integer', width: 5 },
    ],
    rows: [
      ...rows.map((r) =>
        body(
          r.name,
          ...elements.map((e) => r.counts[e.id] ?? null),
          elements.length - r.uncovered.length,
        ),
      ),
      {
        role: 'total',
        values: ['Jumlah kabupaten/kota', ...elements.map((e) => covering(e.id)), null],
      },
    ],
    note: gaps.length
      ? `Elemen yang belum digarap kabupaten/kota mana pun: ${gaps.join('; ')}.`
      : 'Setiap elemen digarap sedikitnya oleh satu kabupaten/kota.',
  };
}

/**
 * The summary tables of the "rollup" generator, in document order. The candidates
 * are not among them: the plan shows its own candidates table (with the planner's
 * confirmations); candidateTable() gives them as data for the spreadsheet.
 */
export function rollupTables(summary: RollupSummary): DataTable[] {
  return [
    regionTable(summary),
    elementTable(summary),
    fundingTable(summary),
    yearTable(summary),
    coverageTable(summary),
  ];
}
