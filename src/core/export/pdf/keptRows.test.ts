import { describe, expect, it } from 'vitest';
import type { TableBlock, TableCell } from '../../layout/model.ts';
import { table } from './blocks/table.ts';
import type { BuildContext } from './context.ts';
import { createFootnotes } from './footnotes.ts';
import { pageGeometry } from './geometry.ts';
import {
  keptMark,
  keptRowKey,
  nextRowMark,
  rowsToSplit,
  strandedRowWatch,
  takeStrandedRows,
} from './keptRows.ts';
import { createImageTable } from './images.ts';
import type { LaidOutLine, LaidOutPage } from './laidOut.ts';
import { typography } from './styles.ts';
import type { PdfNode, PdfTable, PdfText } from './types.ts';
import { PROFILE } from '../../layout/__fixtures__/profile.ts';

function context(breaks: string[]): BuildContext {
  return {
    profile: PROFILE,
    type: typography(PROFILE),
    geometry: pageGeometry(PROFILE),
    orientation: 'landscape',
    footnotes: createFootnotes(),
    images: createImageTable(),
    rowBreaks: new Set(breaks),
  };
}

const cell = (text: string): TableCell => ({ runs: [{ text }] });
const group = (text: string): TableCell[] => [
  { runs: [{ text, bold: true }], colSpan: 2, shade: 'group' },
];

/** A roadmap-like table: two dimensions of three programmes each. */
const ROADMAP: TableBlock = {
  kind: 'table',
  caption: { label: 'Tabel 1.1', text: 'Peta Jalan Program', anchor: 'tbl_roadmap' },
  columns: [{ width: 60 }, { width: 300 }],
  fontPt: 10,
  header: [[cell('Kode'), cell('Nama Program')]],
  body: [
    group('Smart Governance'),
    [cell('GOV-01'), cell('Portal')],
    [cell('GOV-02'), cell('Antrean')],
    group('Smart Living'),
    [cell('LIV-01'), cell('Tata Ruang')],
    [cell('LIV-02'), cell('Geoportal')],
  ],
};

const tablesOf = (nodes: PdfNode[]): PdfTable[] => nodes.filter((n): n is PdfTable => 'table' in n);

function line(id: string | undefined): LaidOutLine {
  return {
    x: 0,
    y: 0,
    ...(id ? { id } : {}),
    inlines: [],
    getHeight: () => 10,
    getAscenderHeight: () => 8,
    getWidth: () => 10,
  };
}
const page = (...ids: (string | undefined)[]): LaidOutPage => ({
  items: ids.map((id) => ({ type: 'line', item: line(id) })),
  pageSize: { width: 842, height: 595, orientation: 'landscape' },
});

describe('rows kept with the next in the PDF', () => {
  it('marks each group row and the row after it', () => {
    const [segment] = tablesOf(table(ROADMAP, context([])));
    const key = keptRowKey('tbl_roadmap', 3);
    const ids = segment!.table.body.map((row) => (row[0] as PdfText).id);
    expect(ids[4]).toBe(keptMark(key));
    expect(ids[5]).toBe(nextRowMark(key));
  });

  it('marks no first body row: pdfmake keeps it with the header, and no split can come before it', () => {
    const [segment] = tablesOf(table(ROADMAP, context([])));
    const ids = segment!.table.body.map((row) => (row[0] as PdfText).id);
    // Header, then "Smart Governance" (kept with GOV-01 by keepWithHeaderRows), then GOV-01.
    expect(ids.slice(0, 3)).toEqual([undefined, undefined, undefined]);
  });

  it('keeps the first group row with the header and the row after it', () => {
    const [segment] = tablesOf(table(ROADMAP, context([])));
    expect(segment!.table.headerRows).toBe(1);
    expect(segment!.table.keepWithHeaderRows).toBe(2);
  });

  it('finds a group row whose next row went on to the next page, and takes the marks off', () => {
    const key = keptRowKey('tbl_roadmap', 3);
    const pages = [page(undefined, keptMark(key)), page(nextRowMark(key), undefined)];
    expect([...takeStrandedRows(pages)]).toEqual([key]);
    expect(pages.flatMap((p) => p.items.map((i) => (i.item as LaidOutLine).id))).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
    const together = [page(keptMark(key), nextRowMark(key))];
    expect(takeStrandedRows(together).size).toBe(0);
  });

  it('watches pages being laid out for a parted row, reading each item once, marks left on', () => {
    const key = keptRowKey('tbl_roadmap', 3);
    const other = keptRowKey('tbl_roadmap', 5);
    const ids = (pages: LaidOutPage[]) =>
      pages.flatMap((p) => p.items.map((i) => (i.item as LaidOutLine).id));
    const watch = strandedRowWatch();
    // The group row ends page 1 and the next row is not laid out yet: nothing to say so far.
    const pages = [page(undefined, keptMark(key)), page()];
    expect(watch(pages)).toBe(false);
    // Another row kept with its next on the same page, added to the earlier page afterwards.
    pages[0]!.items.push(...page(keptMark(other), nextRowMark(other)).items);
    expect(watch(pages)).toBe(false);
    pages[1]!.items.push(...page(nextRowMark(key)).items);
    pages.push(page());
    expect(watch(pages)).toBe(true);
    expect(ids(pages)).toEqual([
      undefined,
      keptMark(key),
      keptMark(other),
      nextRowMark(other),
      nextRowMark(key),
    ]);
    // What the finished layout is judged by agrees.
    expect([...takeStrandedRows(pages)]).toEqual([key]);
    const together = strandedRowWatch();
    expect(together([page(keptMark(key), nextRowMark(key)), page()])).toBe(false);
  });

  it('gives up on a row a split did not keep with its next, and splits before the others', () => {
    const governance = keptRowKey('tbl_indikator', 4);
    const living = keptRowKey('tbl_roadmap', 3);
    const unfixable = new Set<string>();
    // The first layout: both parted; neither was split before.
    const first = rowsToSplit(new Set([governance, living]), new Set(), unfixable);
    expect([...first].sort()).toEqual([governance, living].sort());
    expect(unfixable.size).toBe(0);
    // Split before both, the governance row is still parted from its next: no split can help it.
    const second = rowsToSplit(new Set([governance]), first, unfixable);
    expect(second.size).toBe(0);
    expect([...unfixable]).toEqual([governance]);
    // Later layouts neither stop for it nor report it, and still see the others.
    const pages = [
      page(undefined, keptMark(governance), keptMark(living)),
      page(nextRowMark(governance)),
    ];
    expect(strandedRowWatch(unfixable)(pages)).toBe(false);
    pages.push(page(nextRowMark(living)));
    expect(strandedRowWatch(unfixable)(pages)).toBe(true);
    expect([...takeStrandedRows(pages, unfixable)]).toEqual([living]);
  });

  it('splits the table before an orphaned group row: a new page, the header repeated', () => {
    const nodes = table(ROADMAP, context([keptRowKey('tbl_roadmap', 3)]));
    const [first, second] = tablesOf(nodes);
    expect(first!.table.body).toHaveLength(1 + 3);
    expect(first!.pageBreak).toBeUndefined();
    expect(second!.pageBreak).toBe('before');
    expect(second!.table.body.map((row) => (row[0] as PdfText).text)).toEqual([
      [{ text: 'Kode' }],
      [{ text: 'Smart Living', bold: true }],
      [{ text: 'LIV-01' }],
      [{ text: 'LIV-02' }],
    ]);
    expect(second!.table.headerRows).toBe(1);
  });
});

describe('total rows in the PDF', () => {
  const total = (label: string): TableCell[] => [
    { runs: [{ text: label, bold: true }], shade: 'subtotal' },
    { runs: [{ text: 'Rp1.000', bold: true }], shade: 'subtotal' },
  ];
  const MATRIX: TableBlock = {
    ...ROADMAP,
    body: [...ROADMAP.body, total('Jumlah Smart Living'), [...total('Jumlah Keseluruhan')]],
  };

  it('splits before the last programme when its subtotal was parted from the grand total', () => {
    // Splitting before the subtotal alone would part LIV-02 from it: the chain moves whole.
    const [first, second] = tablesOf(table(MATRIX, context([keptRowKey('tbl_roadmap', 6)])));
    expect(first!.table.body.map((row) => (row[0] as PdfText).text)).toContainEqual([
      { text: 'LIV-01' },
    ]);
    expect(second!.table.body.slice(1).map((row) => (row[0] as PdfText).text)).toEqual([
      [{ text: 'LIV-02' }],
      [{ text: 'Jumlah Smart Living', bold: true }],
      [{ text: 'Jumlah Keseluruhan', bold: true }],
    ]);
    // The part's header keeps the chain it starts with: the programme and both totals.
    expect(second!.table.keepWithHeaderRows).toBe(3);
  });

  it('keeps the last row with its total, and a subtotal with the grand total, on two cells', () => {
    const [segment] = tablesOf(table(MATRIX, context([])));
    const ids = (row: number) =>
      segment!.table.body[row + 1]!.map((cell) => ('id' in cell ? cell.id : undefined));
    const key = (i: number) => keptRowKey('tbl_roadmap', i);
    expect(ids(5)).toEqual([keptMark(key(5)), undefined]);
    expect(ids(6)).toEqual([keptMark(key(6)), nextRowMark(key(5))]);
    expect(ids(7)).toEqual([nextRowMark(key(6)), undefined]);
  });
});
