import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { contextOf, sourcesOf } from '../../../tests/fixtures/rollup/contexts.ts';
import { provincePlan } from '../../../tests/fixtures/rollup/province.ts';
import { KABUPATEN_DEMAK, KOTA_SEMARANG } from '../../../tests/fixtures/rollup/regencies.ts';
import { rollupPlan } from './apply.ts';
import { rollupSummary } from './planSummary.ts';
import { rollupTargetOf } from './target.ts';
import { RUPIAH_FORMAT, rollupWorkbook, WORKBOOK_SHEETS } from './xlsx.ts';

async function workbook() {
  const ctx = contextOf(provincePlan());
  const { project } = rollupPlan(
    ctx,
    rollupTargetOf(ctx, 'p.rencana'),
    sourcesOf([KOTA_SEMARANG, KABUPATEN_DEMAK]),
  );
  const rolled = contextOf(project);
  const { programmes, summary } = rollupSummary(rolled);
  const bytes = await rollupWorkbook({
    title: project.meta.title,
    date: project.meta.date,
    programmes,
    summary,
    framework: rolled.template.framework,
  });
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  return { book, summary, programmes };
}

describe('the roll-up spreadsheet', () => {
  it('opens with the matrix and every summary on its own sheet, money as Rupiah numbers', async () => {
    const { book, summary, programmes } = await workbook();
    expect(book.worksheets.map((s) => s.name)).toEqual([...WORKBOOK_SHEETS]);
    const matrix = book.getWorksheet('Matriks')!;
    expect(matrix.getCell('A1').value).toBe('Matriks Program Kabupaten/Kota');
    // Caption, blank, year group header, column header, then one row per programme and a total.
    expect(matrix.getRow(4).getCell(1).value).toBe('Kabupaten/Kota');
    expect(matrix.getRow(5).getCell(4).value).toBe('GOV-01');
    expect(matrix.rowCount).toBe(4 + programmes.length + 1);
    const total = matrix.getRow(matrix.rowCount);
    const totalColumn = 11 + summary.years.length + 1;
    expect(total.getCell(1).value).toBe('Jumlah');
    expect(total.getCell(totalColumn).value).toBe(summary.totals.budget);
    expect(total.getCell(totalColumn).numFmt).toBe(RUPIAH_FORMAT);
    expect(matrix.getRow(3).getCell(12).value).toBe('Perkiraan Biaya per Tahun');
    const regions = book.getWorksheet('Ringkasan per Wilayah')!;
    expect(regions.getRow(5).getCell(1).value).toBe('Kabupaten Demak');
    expect(regions.getRow(5).getCell(2).value).toBe(18);
  });

  it('lists shared-programme candidates side by side and the element coverage', async () => {
    const { book, summary } = await workbook();
    const candidates = book.getWorksheet('Kandidat Program Bersama')!;
    const texts = candidates.getColumn(1).values.filter((v): v is string => typeof v === 'string');
    expect(texts).toContain(
      '1. Command Center — Pelayanan Publik (nama serupa serta kode Permendagri dan elemen sama; belum dikonfirmasi)',
    );
    expect(summary.candidates.length).toBeGreaterThan(0);
    const coverage = book.getWorksheet('Cakupan Elemen')!;
    expect(coverage.getRow(3).getCell(2).value).toBe('Smart Governance');
    expect(coverage.getRow(4).getCell(2).value).toBe('Pelayanan Publik');
  });
});
