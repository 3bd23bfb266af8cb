import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sampleContext } from '../../../tests/fixtures/sample.ts';
import type { PlannedColumn } from './columns.ts';
import { CELL_PADDING_PT, SMALLEST_TABLE_PT, WORD_SLACK_PT, textArea } from './geometry.ts';
import { buildLayout } from './index.ts';
import { longestWordEm, longestWordPt, textWidthEm, textWidthPt } from './metrics.ts';
import type { Run, TableCell } from './model.ts';
import { headerRow } from './tableCells.ts';
import { columnSpecs, fitTable, measureTable } from './tableFit.ts';
import { PROFILE } from './__fixtures__/profile.ts';
import { brokenWords, tablesOf } from './__fixtures__/tableWords.ts';

const column = (header: string, weight: number, noWrap = false): PlannedColumn => ({
  sourceId: header,
  header,
  align: 'left',
  weight,
  noWrap,
  text: () => '',
});
const cells = (...texts: string[]): TableCell[] => texts.map((text) => ({ runs: [{ text }] }));

describe('fitTable', () => {
  it('gives a code column room for "GOV-01", shrinking the flexible text column', () => {
    const columns = [column('Kode', 2), column('Nama Program', 40), column('OPD', 10)];
    const body = [
      cells('GOV-01', 'Aplikasi Super Layanan Publik Terpadu '.repeat(6), 'Diskominfo'),
    ];
    const fit = fitTable(columns, [headerRow(columns)], body, PROFILE);
    const needed = longestWordPt('GOV-01', fit.fontPt) + CELL_PADDING_PT;
    expect(fit.widthsPt[0]).toBeGreaterThanOrEqual(needed);
    expect(fit.widthsPt[1]).toBeGreaterThan(fit.widthsPt[2]!);
  });

  it('wraps a header only at spaces: "Kode Program Induk" keeps "Program" whole', () => {
    const columns = [column('Kode Program Induk', 1), column('Uraian', 50)];
    const body = [cells('P-1', 'Uraian program yang panjang sekali '.repeat(10))];
    const fit = fitTable(columns, [headerRow(columns)], body, PROFILE);
    expect(fit.widthsPt[0]).toBeGreaterThanOrEqual(
      longestWordPt('Program', fit.fontPt, true) + CELL_PADDING_PT,
    );
    // The header does not get its whole line: the long column needs the room.
    expect(fit.widthsPt[0]).toBeLessThan(textWidthPt('Kode Program Induk', fit.fontPt, true));
  });

  it('turns the page and then takes smaller type before it would break a word', () => {
    const opd = 'Disnakertransperin';
    // Nine of them need 694 pt at 8 pt, more than a landscape page's 643 pt; 618 pt at 7 pt.
    const columns = Array.from({ length: 9 }, (_, i) => column(`OPD ${i + 1}`, 1));
    const body = [cells(...Array.from({ length: 9 }, () => opd))];
    const fit = fitTable(columns, [headerRow(columns)], body, PROFILE);
    expect(fit.orientation).toBe('landscape');
    expect(fit.fontPt).toBe(SMALLEST_TABLE_PT);
    for (const width of fit.widthsPt)
      expect(width).toBeGreaterThanOrEqual(longestWordPt(opd, fit.fontPt) + CELL_PADDING_PT);
  });

  it('says whether the words fit: nine OPD columns do at 7 pt, fourteen do not', () => {
    const opd = 'Disnakertransperin';
    const fitOf = (count: number) => {
      const columns = Array.from({ length: count }, (_, i) => column(`OPD ${i + 1}`, 1));
      const body = [cells(...Array.from({ length: count }, () => opd))];
      return fitTable(columns, [headerRow(columns)], body, PROFILE);
    };
    expect(fitOf(9).wordsFit).toBe(true);
    const squeezed = fitOf(14);
    expect(squeezed.wordsFit).toBe(false);
    expect(squeezed.fontPt).toBe(SMALLEST_TABLE_PT);
    expect(squeezed.widthsPt[0]).toBeLessThan(longestWordPt(opd, SMALLEST_TABLE_PT));
  });

  it('takes smaller type when it alone gives a long text column room to read', () => {
    // Six money columns leave the programme name a sliver at 8 pt; at 7 pt it gets room.
    const money = Array.from({ length: 6 }, (_, i) => column(`Biaya ${2026 + i}`, 1, true));
    const columns = [column('Kode', 3), column('Nama Program', 30), column('OPD', 10), ...money];
    const amounts = Array.from({ length: 6 }, () => 'Rp12.850.000.000');
    const name = 'Sistem Pengelolaan Pengunjung Kawasan Ijen dan Geopark';
    const body = [cells('BRD-02', name, 'Disnakertransperin', ...amounts)];
    const fit = fitTable(columns, [headerRow(columns)], body, PROFILE, {
      landscape: true,
      maxFontPt: 8,
    });
    expect(fit.fontPt).toBe(SMALLEST_TABLE_PT);
    expect(fit.widthsPt[1]).toBeGreaterThanOrEqual(textWidthPt(name, fit.fontPt) / 3);
  });

  it('keeps money on one line', () => {
    const columns = [column('Program', 10), column('Biaya', 1, true)];
    const body = [cells('Portal', 'Rp156.050.000.000')];
    const fit = fitTable(columns, [headerRow(columns)], body, PROFILE);
    expect(fit.widthsPt[1]).toBeGreaterThanOrEqual(
      longestWordPt('Rp156.050.000.000', fit.fontPt) + CELL_PADDING_PT,
    );
  });
});

/**
 * The specs of the columns by their definition: every cell measured at the size,
 * each hard line the sum of its run pieces at that size, the widest taken.
 */
function plainSpecs(
  columns: PlannedColumn[],
  header: TableCell[][],
  body: TableCell[][],
  sizePt: number,
) {
  const extents = (rows: TableCell[][]) =>
    columns.map((_, index) => {
      let word = 0;
      let line = 0;
      let text = 0;
      for (const row of rows) {
        const cell = row[index]!;
        const lines: Run[][] = [[]];
        for (const run of cell.runs)
          run.text.split('\n').forEach((part, i) => {
            if (i > 0) lines.push([]);
            lines.at(-1)!.push({ ...run, text: part });
          });
        for (const pieces of lines) {
          let width = 0;
          for (const piece of pieces) {
            width += textWidthEm(piece.text, piece.bold) * sizePt;
            text += textWidthEm(piece.text, piece.bold);
            word = Math.max(word, longestWordEm(piece.text, piece.bold) * sizePt);
          }
          line = Math.max(line, width);
        }
      }
      // What a cell holds on average, end to end, measured in em and scaled once.
      return { word, line, textPt: rows.length > 0 ? (text / rows.length) * sizePt : 0 };
    });
  const head = extents(header);
  const cells = extents(body);
  return columns.map((column, i) => {
    const minPt =
      Math.max(head[i]!.word, column.noWrap ? cells[i]!.line : cells[i]!.word) +
      CELL_PADDING_PT +
      WORD_SLACK_PT;
    const naturalPt = column.noWrap
      ? minPt
      : Math.max(head[i]!.line, cells[i]!.line) + CELL_PADDING_PT + WORD_SLACK_PT;
    return {
      minPt,
      naturalPt,
      weight: column.weight,
      noWrap: column.noWrap,
      textPt: cells[i]!.textPt,
    };
  });
}

describe('columnSpecs', () => {
  const text = fc.stringMatching(/^[A-Za-z0-9 .,–\n-]{0,30}$/);
  const cell = fc
    .array(fc.record({ text, bold: fc.boolean() }), { minLength: 0, maxLength: 3 })
    .map((runs): TableCell => ({ runs }));

  it('measures cells once for any size to the same widths, to the bit, as measuring at each size', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 4 }).chain((count) =>
          fc.record({
            noWrap: fc.array(fc.boolean(), { minLength: count, maxLength: count }),
            header: fc.array(fc.array(cell, { minLength: count, maxLength: count }), {
              minLength: 1,
              maxLength: 2,
            }),
            body: fc.array(fc.array(cell, { minLength: count, maxLength: count }), {
              maxLength: 8,
            }),
          }),
        ),
        fc.double({ min: 5, max: 14, noNaN: true }),
        ({ noWrap, header, body }, sizePt) => {
          const columns = noWrap.map((wrap, i) => column(`K${i}`, i + 1, wrap));
          const measured = measureTable(columns, header, body);
          expect(columnSpecs(columns, measured, sizePt)).toEqual(
            plainSpecs(columns, header, body, sizePt),
          );
        },
      ),
    );
  });
});

describe('the sample plan’s tables', () => {
  const doc = buildLayout(sampleContext(), { book: 'all' });
  const tables = tablesOf(doc.sections);

  it('break no word of any header or cell at their type size', () => {
    const broken = tables.flatMap(({ table, section }) =>
      brokenWords(table, textArea(doc.profile, section.orientation).widthPt),
    );
    expect(broken).toEqual([]);
  });

  it('print the programme tables of all elements at one type size', () => {
    const sizes = new Set(
      tables
        .filter(({ table }) => table.caption.text.startsWith('Matriks Program '))
        .filter(({ table }) => !table.caption.label.includes('L'))
        .map(({ table }) => table.fontPt),
    );
    expect(sizes.size).toBe(1);
  });
});
