/**
 * The roll-up as a spreadsheet for planners who continue in Excel: the
 * consolidated matrix and each summary on its own sheet, Rupiah as numbers with
 * a Rupiah format (so sums and filters work), header rows frozen.
 */
import ExcelJS from 'exceljs';
import type { Framework } from '../template/types.ts';
import type { DataKind, DataTable } from './dataTable.ts';
import type { RollupSummary } from './summary.ts';
import { candidateTable } from './candidateTable.ts';
import { matrixTable } from './matrixTable.ts';
import { coverageTable, elementTable, fundingTable, regionTable, yearTable } from './tables.ts';
import type { ConsolidatedProgramme } from './types.ts';

/** Excel's number format for Rupiah: "Rp1.250.000" in an Indonesian locale. */
export const RUPIAH_FORMAT = '"Rp"#,##0';

const NUMBER_FORMATS: Record<DataKind, string | undefined> = {
  text: undefined,
  integer: '#,##0',
  rupiah: RUPIAH_FORMAT,
  year: '0',
};

const HEADER_FILL: ExcelJS.Fill = {
  type: 'pattern',
  pattern: 'solid',
  fgColor: { argb: 'FFD9E2F3' },
};
const GROUP_FILL: ExcelJS.Fill = {
  type: 'pattern',
  pattern: 'solid',
  fgColor: { argb: 'FFEDEDED' },
};

function headerRows(sheet: ExcelJS.Worksheet, table: DataTable, first: number): number {
  let row = first;
  if (table.columns.some((c) => c.group)) {
    const groups = sheet.getRow(row);
    table.columns.forEach((column, i) => {
      const previous = table.columns[i - 1];
      if (!column.group || previous?.group === column.group) return;
      let last = i;
      while (table.columns[last + 1]?.group === column.group) last++;
      groups.getCell(i + 1).value = column.group;
      if (last > i) sheet.mergeCells(row, i + 1, row, last + 1);
    });
    groups.font = { bold: true };
    groups.alignment = { horizontal: 'center' };
    row++;
  }
  const labels = sheet.getRow(row);
  table.columns.forEach((column, i) => {
    const cell = labels.getCell(i + 1);
    cell.value = column.label;
    cell.fill = HEADER_FILL;
  });
  labels.font = { bold: true };
  labels.alignment = { wrapText: true, vertical: 'middle' };
  return row;
}

/** Adds `table` as a sheet: caption, header, rows, note; returns the sheet. */
export function addDataSheet(
  workbook: ExcelJS.Workbook,
  name: string,
  table: DataTable,
  options: { filter?: boolean } = {},
): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet(name);
  sheet.getCell(1, 1).value = table.caption;
  sheet.getCell(1, 1).font = { bold: true, size: 12 };
  const header = headerRows(sheet, table, 3);
  table.columns.forEach((column, i) => {
    const col = sheet.getColumn(i + 1);
    col.width = column.width * (column.kind === 'rupiah' ? 1.6 : 1.2);
    const format = NUMBER_FORMATS[column.kind];
    if (format) col.numFmt = format;
  });
  table.rows.forEach((data, r) => {
    const row = sheet.getRow(header + 1 + r);
    data.values.forEach((value, c) => {
      if (value !== null) row.getCell(c + 1).value = value;
    });
    if (data.role === 'group') {
      sheet.mergeCells(row.number, 1, row.number, table.columns.length);
      row.getCell(1).fill = GROUP_FILL;
    }
    if (data.role !== 'body') row.font = { bold: true };
    row.alignment = { vertical: 'top', wrapText: true };
  });
  if (table.note) {
    const note = sheet.getCell(header + table.rows.length + 2, 1);
    note.value = table.note;
    note.font = { italic: true };
  }
  sheet.views = [{ state: 'frozen', ySplit: header, xSplit: 1 }];
  if (options.filter)
    sheet.autoFilter = {
      from: { row: header, column: 1 },
      to: { row: header, column: table.columns.length },
    };
  return sheet;
}

/** What the spreadsheet is made from. */
export interface WorkbookInput {
  title: string;
  /** ISO date (YYYY-MM-DD) stamped as the workbook's date, so reruns give the same metadata. */
  date: string;
  programmes: ConsolidatedProgramme[];
  summary: RollupSummary;
  framework: Framework;
}

/** The sheets of the report, in order. */
export const WORKBOOK_SHEETS = [
  'Matriks',
  'Ringkasan per Wilayah',
  'Ringkasan per Elemen',
  'Sumber Pendanaan',
  'Per Tahun',
  'Cakupan Elemen',
  'Kandidat Program Bersama',
] as const;

/** The XLSX bytes of the roll-up report. */
export async function rollupWorkbook(input: WorkbookInput): Promise<Uint8Array> {
  const { summary, framework } = input;
  const workbook = new ExcelJS.Workbook();
  const date = new Date(`${input.date}T00:00:00Z`);
  workbook.creator = 'Rencana Studio';
  workbook.title = input.title;
  workbook.created = date;
  workbook.modified = date;
  const tables: DataTable[] = [
    matrixTable(input.programmes, summary.years, framework),
    regionTable(summary),
    elementTable(summary),
    fundingTable(summary),
    yearTable(summary),
    coverageTable(summary),
    candidateTable(summary, framework),
  ];
  tables.forEach((table, i) =>
    addDataSheet(workbook, WORKBOOK_SHEETS[i]!, table, { filter: table.id === 'matriks' }),
  );
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
