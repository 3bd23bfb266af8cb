import { afterEach, describe, expect, it } from 'vitest';
import { sampleLayout } from './testSample.ts';
import { cellMeasureSwitch } from './cellMeasure.ts';
import { renderPdf } from './index.ts';
import { drawn, onAndOff } from './testBothWays.ts';
import { testEngine } from './testEngine.ts';
import { fixtureDocument } from './testFixture.ts';
import type { PdfCell, PdfSection } from './types.ts';

/** Runs `make` with the shared cell measuring on, then off; returns both results and the cells measured fast. */
async function bothWays<T>(make: () => T | Promise<T>) {
  cellMeasureSwitch.measured = 0;
  const {
    on: shared,
    off: own,
    counted: fast,
  } = await onAndOff(cellMeasureSwitch, () => cellMeasureSwitch.measured, make);
  return { shared, own, fast };
}

afterEach(() => {
  cellMeasureSwitch.enabled = true;
});

const GOAL =
  'Seluruh perangkat daerah memakai satu data kependudukan untuk layanan perizinan, ' +
  'bantuan sosial dan pengaduan warga.';

/** A table whose cells are of every kind a document may hold, plain ones among them. */
function mixedTable(): PdfSection {
  const body: PdfCell[][] = [
    [
      { text: 'Kode', bold: true },
      { text: 'Program', bold: true },
      { text: 'Pagu', bold: true },
    ],
    [
      { text: 'GOV-01' },
      { text: [{ text: 'Satu Data ' }, { text: 'Kabupaten', italics: true }, { text: GOAL }] },
      { text: 'Rp 2.500.000.000', alignment: 'right' },
    ],
    [
      { text: 'GOV-02', style: 'source' },
      { text: GOAL, margin: [4, 2, 4, 2] },
      { text: 'Rp 1.250.000.000', alignment: 'right', fillColor: '#e8eef6' },
    ],
    [
      { stack: [{ text: 'ECO-01' }, { text: 'lanjutan', italics: true }] },
      { text: `Pasar daring UMKM: ${GOAL}`, colSpan: 2 },
      {},
    ],
    [
      { text: 'Jumlah' },
      { text: '' },
      { text: 'Rp 3.750.000.000', bold: true, alignment: 'right' },
    ],
  ];
  return {
    section: {
      stack: [
        { text: 'Tabel 3.1 Program Prioritas', style: 'caption' },
        {
          table: { widths: [60, 260, 110], body, headerRows: 1, dontBreakRows: true },
          layout: 'grid',
          style: 'tableCell',
          fontSize: 9,
        },
      ],
    },
    pageOrientation: 'portrait',
  };
}

describe('measuring table cells with their table’s style answers', () => {
  it('lays out a table of every kind of cell as pdfmake measures it', async () => {
    const { shared, own, fast } = await bothWays(() =>
      drawn(testEngine().layOutSection(mixedTable()).pages),
    );
    // Every cell but the styled, the margined and the stack (and the one under the span).
    expect(fast).toBe(11);
    expect(shared).toEqual(own);
  });

  it('writes the fixture document byte for byte as pdfmake’s measuring does', async () => {
    const { shared, own, fast } = await bothWays(() => renderPdf(fixtureDocument()));
    expect(fast).toBeGreaterThan(50);
    expect(Buffer.from(shared).equals(Buffer.from(own))).toBe(true);
  });

  it('writes the sample plan byte for byte as pdfmake’s measuring does', async () => {
    const layout = await sampleLayout();
    const { shared, own, fast } = await bothWays(() => renderPdf(layout));
    expect(fast).toBeGreaterThan(1000);
    expect(Buffer.from(shared).equals(Buffer.from(own))).toBe(true);
  }, 60_000);
});
