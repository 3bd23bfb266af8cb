import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { sampleLayout } from './testSample.ts';
import { gridTableSwitch } from './gridTables.ts';
import { renderPdf } from './index.ts';
import { keptMark, nextRowMark, takeStrandedRows } from './keptRows.ts';
import { drawn, onAndOff } from './testBothWays.ts';
import { testEngine } from './testEngine.ts';
import { fixtureDocument } from './testFixture.ts';
import { pagePixels, removeTempPdfs, writeTempPdf } from './testPoppler.ts';
import type { PdfCell, PdfNode, PdfSection, PdfTable } from './types.ts';

afterAll(removeTempPdfs);

afterEach(() => {
  gridTableSwitch.enabled = true;
  gridTableSwitch.keepsRows = true;
});

/**
 * Runs `make` with the tables placed here, then by pdfmake; returns both and the tables
 * placed here. pdfmake cannot keep a row with the next, so neither run does here.
 */
async function bothWays<T>(make: () => T | Promise<T>) {
  gridTableSwitch.placed = 0;
  gridTableSwitch.keepsRows = false;
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
