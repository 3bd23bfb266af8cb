import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { sampleLayout } from './testSample.ts';
import { gridTableSwitch } from './gridTables.ts';
import { renderPdf } from './index.ts';
import { keptMark, nextRowMark, takeStrandedRows } from './keptRows.ts';
import { drawn, onAndOff } from './testBothWays.ts';
import { testEngine } from './testEngine.ts';
import { fixtureDocument } from './testFixture.ts';
import { inflatedStreams, pagePixels, removeTempPdfs, writeTempPdf } from './testPoppler.ts';
import type { PdfCell, PdfNode, PdfSection, PdfTable } from './types.ts';

afterAll(removeTempPdfs);

afterEach(() => {
  gridTableSwitch.enabled = true;
  gridTableSwitch.keepsRows = true;
  gridTableSwitch.joinsRules = true;
});

/**
 * Runs `make` with the tables placed here, then by pdfmake; returns both and the tables
 * placed here. pdfmake cannot keep a row with the next, nor join a rule's pieces, so
 * neither run does here.
 */
async function bothWays<T>(make: () => T | Promise<T>) {
  gridTableSwitch.placed = 0;
  gridTableSwitch.keepsRows = false;
  gridTableSwitch.joinsRules = false;
  const {
    on: ours,
    off: theirs,
    counted: placed,
  } = await onAndOff(gridTableSwitch, () => gridTableSwitch.placed, make);
  return { ours, theirs, placed };
}

const PROGRAMMES = [
  'Satu Data Kabupaten: portal data terbuka dan katalog data perangkat daerah',
  'Mal Pelayanan Publik Digital dengan antrean daring dan tanda tangan elektronik',
  'Sistem Informasi Desa terintegrasi untuk layanan administrasi warga',
  'Pasar daring produk UMKM dan pembayaran nontunai di pasar rakyat',
  'Pemantauan kualitas udara dan air sungai dengan sensor berbiaya rendah',
  'Layanan kesehatan jarak jauh bagi puskesmas di kecamatan terpencil',
];

function cell(text: string, extra: Partial<PdfCell & { alignment: string }> = {}): PdfCell {
  return { text, ...extra } as PdfCell;
}

/** A programme table as blocks/table.ts writes one: header, group rows, shading, marks. */
function programmeTable(rows: number, options: { header: number; keep?: number }): PdfTable {
  const header: PdfCell[][] = [];
  if (options.header >= 2)
    header.push([
      cell('Program', { bold: true, colSpan: 2 } as never),
      {},
      cell('Perkiraan Biaya', { bold: true, colSpan: 2 } as never),
      {},
    ]);
  if (options.header >= 1)
    header.push([
      cell('Kode', { bold: true }),
      cell('Nama Program', { bold: true }),
      cell('2026', { bold: true, alignment: 'center' }),
      cell('2027', { bold: true, alignment: 'center' }),
    ]);
  const body: PdfCell[][] = Array.from({ length: rows }, (_, i) => {
    if (i % 9 === 0)
      return [
        {
          text: `Dimensi ${i / 9 + 1}: Smart Governance`,
          colSpan: 4,
          fillColor: '#e8eef6',
          bold: true,
          id: i > 0 ? keptMark(`tabel-program#${i}`) : undefined,
        } as PdfCell,
        {},
        {},
        {},
      ];
    const programme = PROGRAMMES[i % PROGRAMMES.length]!;
    return [
      cell(
        `GOV-${String(i).padStart(2, '0')}`,
        i % 9 === 1 && i > 1 ? { id: nextRowMark(`tabel-program#${i - 1}`) } : {},
      ),
      cell(i % 4 === 0 ? `${programme}. ${programme}.` : programme),
      cell(`Rp ${(i * 125).toLocaleString('id-ID')}.000.000`, {
        alignment: 'right',
        ...(i % 5 === 0 ? { fillColor: '#fbeee0' } : {}),
      }),
      cell(`Rp ${(i * 150).toLocaleString('id-ID')}.000.000`, {
        alignment: 'right',
        ...(i % 5 === 0 ? { fillColor: '#f3f3f3' } : {}),
      }),
    ];
  });
  for (const row of body)
    for (const c of row)
      if ((c as { id?: string }).id === undefined) delete (c as { id?: string }).id;
  const table: PdfTable = {
    table: { widths: [60, 230, 90, 90], body: [...header, ...body], dontBreakRows: true },
    layout: 'grid',
    style: 'tableCell',
    fontSize: 9,
  };
  if (options.header > 0) {
    table.table.headerRows = options.header;
    table.table.keepWithHeaderRows = options.keep ?? 1;
  }
  return table;
}

const PARAGRAPH =
  'Pemerintah Kabupaten membangun layanan publik digital yang terpadu, dari perizinan ' +
  'berusaha sampai pengaduan warga, dengan data kependudukan sebagai rujukan bersama.';

function section(
  nodes: PdfNode[],
  pageOrientation: 'portrait' | 'landscape' = 'portrait',
): PdfSection {
  return { section: { stack: nodes }, pageOrientation };
}

function laidOut(
  make: () => PdfSection,
): Promise<{ ours: unknown[]; theirs: unknown[]; placed: number }> {
  return bothWays(() => drawn(testEngine().layOutSection(make()).pages));
}

describe('ruled tables placed inside pdfmake’s page flow', () => {
  it('places a long table with a repeated header, shading, spans and marks as pdfmake does', async () => {
    const { ours, theirs, placed } = await laidOut(() =>
      section([programmeTable(90, { header: 1, keep: 2 })]),
    );
    expect(placed).toBe(1);
    expect(ours.length).toBeGreaterThan(2);
    expect(ours).toEqual(theirs);
  });

  it('places a table without a header, its rule drawn again on each new page', async () => {
    const { ours, theirs, placed } = await laidOut(() =>
      section([programmeTable(80, { header: 0 })], 'landscape'),
    );
    expect(placed).toBe(1);
    expect(ours.length).toBeGreaterThan(2);
    expect(ours).toEqual(theirs);
  });

  it('places two header rows, and a header block moved to the next page, as pdfmake does', async () => {
    for (const before of [30, 33, 36, 39]) {
      const { ours, theirs, placed } = await laidOut(() =>
        section([
          ...Array.from({ length: before }, () => ({ text: PARAGRAPH, style: 'body' }) as PdfNode),
          programmeTable(40, { header: 2, keep: 3 }),
          { text: PARAGRAPH, style: 'body' },
        ]),
      );
      expect(placed).toBe(1);
      expect(ours).toEqual(theirs);
    }
  });

  it('leaves a table with a cell of another kind to pdfmake', async () => {
    const table = () => {
      const node = programmeTable(20, { header: 1 });
      node.table.body[3]![1] = { stack: [{ text: 'Program gabungan' }, { text: PARAGRAPH }] };
      return section([node]);
    };
    const { ours, theirs, placed } = await laidOut(table);
    expect(placed).toBe(0);
    expect(ours).toEqual(theirs);
  });

  it('leaves to pdfmake a table whose cell holds a destination in a run', async () => {
    const table = () => {
      const node = programmeTable(20, { header: 1 });
      node.table.body[4]![1] = {
        text: [{ text: 'Satu Data ' }, { text: 'Kabupaten', id: 'satu-data' }],
      } as unknown as PdfCell;
      return section([node]);
    };
    const { ours, theirs, placed } = await laidOut(table);
    expect(placed).toBe(0);
    expect(ours).toEqual(theirs);
  });

  it('places the same nodes again when a section is laid out a second time', async () => {
    const nodes = section([programmeTable(40, { header: 1, keep: 2 })]);
    const engine = testEngine();
    gridTableSwitch.placed = 0;
    const first = drawn(engine.layOutSection(nodes).pages);
    const second = drawn(engine.layOutSection(nodes).pages);
    expect(gridTableSwitch.placed).toBe(2);
    expect(second).toEqual(first);
  });

  it('writes the fixture document and the sample plan byte for byte as pdfmake places them', async () => {
    const fixture = await bothWays(() => renderPdf(fixtureDocument()));
    expect(fixture.placed).toBeGreaterThan(0);
    expect(Buffer.from(fixture.ours).equals(Buffer.from(fixture.theirs))).toBe(true);
    const layout = await sampleLayout();
    const sample = await bothWays(() => renderPdf(layout));
    expect(sample.placed).toBeGreaterThan(20);
    expect(Buffer.from(sample.ours).equals(Buffer.from(sample.theirs))).toBe(true);
  }, 60_000);
});

/** The text of each page's lines that start a row of the programme table (codes and group titles). */
function rowStarts(
  pages: readonly { items: readonly { type: string; item: unknown }[] }[],
): string[][] {
  return pages.map((page) =>
    page.items.flatMap((entry) => {
      if (entry.type !== 'line') return [];
      const text = (entry.item as { inlines: { text: string }[] }).inlines
        .map((inline) => inline.text)
        .join('')
        .trim();
      return /^(GOV-\d+|Dimensi \d+)/.test(text) ? [text.split(':')[0]!] : [];
    }),
  );
}

describe('rows kept with the next in tables placed here', () => {
  it('moves a group title to the next page with the programme under it, the header repeated', async () => {
    let moved = 0;
    for (const header of [0, 1])
      for (const orientation of ['portrait', 'landscape'] as const) {
        const make = () => section([programmeTable(80, { header })], orientation);
        gridTableSwitch.keepsRows = false;
        const apart = testEngine().layOutSection(make()).pages;
        gridTableSwitch.keepsRows = true;
        const kept = testEngine().layOutSection(make()).pages;
        // No group title is parted from its programme, and no row is lost.
        expect(takeStrandedRows(kept)).toEqual(new Set());
        const keptRows = rowStarts(kept);
        expect(keptRows.flat()).toEqual(rowStarts(apart).flat());
        if (takeStrandedRows(apart).size === 0) continue;
        moved++;
        for (const [index, rows] of keptRows.entries()) {
          if (index === 0) continue;
          const first = rows[0]!;
          if (!first.startsWith('Dimensi')) continue;
          // The page before ends with the last programme of the group before.
          expect(keptRows[index - 1]!.at(-1)).toMatch(/^GOV-/);
          expect(rows[1]).toMatch(/^GOV-/);
        }
        if (header > 0)
          for (const page of kept) {
            const lines = page.items.filter((entry) => entry.type === 'line');
            const text = (lines[0]?.item as { inlines: { text: string }[] }).inlines[0]!.text;
            expect(text.trim()).toBe('Kode');
          }
      }
    // The test means something only if some layout parted a title from its programme.
    expect(moved).toBeGreaterThan(0);
  });

  it('prints the sample plan as the split of keptRows.ts did, placing each table once', async () => {
    const layout = await sampleLayout();
    const render = async (keepsRows: boolean) => {
      gridTableSwitch.keepsRows = keepsRows;
      gridTableSwitch.placed = 0;
      const bytes = await renderPdf(layout);
      return { placed: gridTableSwitch.placed, pages: pagePixels(writeTempPdf(bytes)) };
    };
    const kept = await render(true);
    const split = await render(false);
    expect(kept.pages.length).toBeGreaterThan(100);
    // Pixel for pixel: the rules are drawn in other pieces, the pages are the same.
    expect(kept.pages.length).toBe(split.pages.length);
    kept.pages.forEach((page, index) =>
      expect(page.equals(split.pages[index]!), `halaman ${index + 1}`).toBe(true),
    );
    // The split laid a part out again, placing its tables a second time.
    expect(kept.placed).toBeLessThan(split.placed);
  }, 60_000);
});

type RulePiece = {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  lineWidth: number;
  lineColor: string;
};

/** Whether a page item is a table rule (a straight line vector). */
function isRule(entry: { type: string; item: unknown }): boolean {
  return entry.type === 'vector' && (entry.item as { type: string }).type === 'line';
}

/**
 * What the rules of each page cover: for each horizontal rule height or vertical rule x
 * (with its width and colour), the stretches covered, overlapping ones united.
 */
function ruleCover(
  pages: readonly { items: readonly { type: string; item: unknown }[] }[],
): Record<string, number[][]>[] {
  return pages.map((page) => {
    const stretches: Record<string, number[][]> = {};
    for (const entry of page.items.filter(isRule)) {
      const rule = entry.item as RulePiece;
      const across = rule.y1 === rule.y2;
      const key = `${across ? 'y' : 'x'}=${across ? rule.y1 : rule.x1} ${rule.lineWidth} ${rule.lineColor}`;
      (stretches[key] ??= []).push(across ? [rule.x1, rule.x2] : [rule.y1, rule.y2]);
    }
    for (const key of Object.keys(stretches)) {
      const united: number[][] = [];
      for (const [from, to] of stretches[key]!.sort((a, b) => a[0]! - b[0]!)) {
        const last = united.at(-1);
        if (last && from! <= last[1]!) last[1] = Math.max(last[1]!, to!);
        else united.push([from!, to!]);
      }
      stretches[key] = united;
    }
    return stretches;
  });
}

/** Lays `make` out with rules joined and with pieces, as pdfmake draws them. */
function joinedAndPieces(make: () => PdfSection) {
  gridTableSwitch.joinsRules = true;
  const joined = testEngine().layOutSection(make()).pages;
  gridTableSwitch.joinsRules = false;
  const pieces = testEngine().layOutSection(make()).pages;
  const rules = (pages: typeof joined) =>
    pages.reduce((sum, page) => sum + page.items.filter(isRule).length, 0);
  const withoutRules = (pages: typeof joined) =>
    drawn(pages.map((page) => ({ ...page, items: page.items.filter((entry) => !isRule(entry)) })));
  return { joined, pieces, rules, withoutRules };
}

describe('rules joined where their pieces continue each other', () => {
  it('covers what the pieces covered with a fraction of the lines, everything else unchanged', async () => {
    const layouts: (() => PdfSection)[] = [
      () => section([programmeTable(90, { header: 1, keep: 2 })]),
      () => section([programmeTable(80, { header: 0 })], 'landscape'),
      ...[30, 36].map(
        (before) => () =>
          section([
            ...Array.from(
              { length: before },
              () => ({ text: PARAGRAPH, style: 'body' }) as PdfNode,
            ),
            programmeTable(40, { header: 2, keep: 3 }),
            { text: PARAGRAPH, style: 'body' },
          ]),
      ),
    ];
    for (const make of layouts) {
      const { joined, pieces, rules, withoutRules } = joinedAndPieces(make);
      expect(joined.length).toBe(pieces.length);
      expect(withoutRules(joined)).toEqual(withoutRules(pieces));
      expect(ruleCover(joined)).toEqual(ruleCover(pieces));
      // Four columns: five rules between them and four pieces under each row, joined.
      expect(rules(joined) * 3).toBeLessThan(rules(pieces));
    }
  });

  it('joins no pieces of different colours, and no rules between columns in rows of several colours', async () => {
    const make = () => {
      const node = programmeTable(40, { header: 1 });
      // Under every row the third column's piece is red; every other rule between columns too.
      (node as { layout: unknown }).layout = {
        hLineWidth: () => 0.5,
        vLineWidth: () => 0.5,
        hLineColor: (_row: number, _node: unknown, column: number) =>
          column === 2 ? '#c00000' : '#595959',
        vLineColor: (column: number) => (column % 2 ? '#595959' : '#c00000'),
      };
      return section([node]);
    };
    gridTableSwitch.placed = 0;
    const { joined, pieces, rules, withoutRules } = joinedAndPieces(make);
    expect(gridTableSwitch.placed).toBe(2);
    expect(withoutRules(joined)).toEqual(withoutRules(pieces));
    expect(ruleCover(joined)).toEqual(ruleCover(pieces));
    const vertical = (pages: typeof joined) =>
      pages.flatMap((page) =>
        page.items.filter(
          (entry) => isRule(entry) && (entry.item as RulePiece).x1 === (entry.item as RulePiece).x2,
        ),
      ).length;
    // Under a row the grey pieces before the red one are joined; the rules between columns are not.
    expect(vertical(joined)).toBe(vertical(pieces));
    expect(rules(joined)).toBeLessThan(rules(pieces));
  });

  it('prints the sample plan pixel for pixel as the pieces did, with far fewer lines', async () => {
    const layout = await sampleLayout();
    const render = async (joinsRules: boolean) => {
      gridTableSwitch.joinsRules = joinsRules;
      const bytes = await renderPdf(layout);
      const lines = inflatedStreams(bytes).reduce(
        (sum, stream) => sum + (stream.match(/ l\n/g)?.length ?? 0),
        0,
      );
      return { lines, pages: pagePixels(writeTempPdf(bytes), 100) };
    };
    const joined = await render(true);
    const pieces = await render(false);
    expect(joined.pages.length).toBe(pieces.pages.length);
    joined.pages.forEach((page, index) =>
      expect(page.equals(pieces.pages[index]!), `halaman ${index + 1}`).toBe(true),
    );
    expect(joined.lines * 2.5).toBeLessThan(pieces.lines);
  }, 60_000);
});
