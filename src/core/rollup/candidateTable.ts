/** Shared-programme candidates as a data table: each group's members side by side under a group row. */
import type { Framework } from '../template/types.ts';
import { body, type DataRow, type DataTable } from './dataTable.ts';
import { programmeCost } from './extract.ts';
import type { RollupSummary } from './summary.ts';
import type { CandidateBasis } from './types.ts';

const BASIS_LABEL: Record<CandidateBasis, string> = {
  nama: 'nama program serupa',
  kode: 'kode Permendagri dan elemen sama',
  'nama-kode': 'nama serupa serta kode Permendagri dan elemen sama',
};

/** Shared-programme candidates, members side by side under a group row each. */
export function candidateTable(summary: RollupSummary, framework: Framework): DataTable {
  const elementName = new Map(
    framework.dimensions.flatMap((d) => d.elements.map((e) => [e.id, e.name])),
  );
  const rows: DataRow[] = [];
  summary.candidates.forEach((c, i) => {
    const state = c.confirmed ? 'dikonfirmasi' : 'belum dikonfirmasi';
    rows.push({
      role: 'group',
      values: [
        `${i + 1}. ${c.theme} — ${elementName.get(c.element) ?? c.element} (${BASIS_LABEL[c.basis]}; ${state})`,
        null,
        null,
        null,
        null,
        null,
        null,
      ],
    });
    for (const m of c.members)
      rows.push(
        body(
          m.regionName,
          m.sourceCode,
          m.name,
          m.ownerOpd,
          `${m.startYear}–${m.endYear}`,
          m.budgetCode ?? null,
          programmeCost(m),
        ),
      );
    rows.push({
      role: 'subtotal',
      values: [`Jumlah ${c.theme}`, null, null, null, null, null, c.totalCost],
    });
  });
  return {
    id: 'kandidat-bersama',
    caption: 'Kandidat Program Bersama Kabupaten/Kota',
    landscape: true,
    columns: [
      { id: 'region', label: 'Kabupaten/Kota', kind: 'text', width: 12 },
      { id: 'code', label: 'Kode', kind: 'text', width: 5 },
      { id: 'name', label: 'Nama Program', kind: 'text', width: 20 },
      { id: 'owner', label: 'OPD Penanggung Jawab', kind: 'text', width: 8 },
      { id: 'years', label: 'Tahun', kind: 'text', width: 7 },
      { id: 'budgetCode', label: 'Kode Permendagri 90/2019', kind: 'text', width: 8 },
      { id: 'cost', label: 'Perkiraan Biaya', kind: 'rupiah', width: 11 },
    ],
    rows,
  };
}
