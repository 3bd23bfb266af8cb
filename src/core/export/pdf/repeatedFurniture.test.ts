import { afterEach, describe, expect, it } from 'vitest';
import type { LayoutDocument } from '../../layout/model.ts';
import { sampleLayout } from './testSample.ts';
import { renderPdf } from './index.ts';
import { furnitureSwitch } from './repeatedFurniture.ts';
import { testEngine } from './testEngine.ts';
import { fixtureDocument } from './testFixture.ts';
import type { PageFurniture, PdfSection } from './types.ts';

afterEach(() => {
  furnitureSwitch.enabled = true;
});

/** The file with kept header blocks, then with every block laid out anew; and the blocks copied. */
async function bothWays(doc: LayoutDocument) {
  furnitureSwitch.enabled = true;
  furnitureSwitch.copied = 0;
  const kept = Buffer.from(await renderPdf(doc));
  const copied = furnitureSwitch.copied;
  furnitureSwitch.enabled = false;
  const anew = Buffer.from(await renderPdf(doc));
  return { kept, anew, copied };
}

/** Three pages with `header` on each, laid out with kept blocks or anew; the pages' vectors. */
function headerVectors(enabled: boolean, header: PageFurniture): unknown[] {
  furnitureSwitch.enabled = enabled;
  const section: PdfSection = {
    section: {
      stack: [
        { text: 'Gambaran umum wilayah. '.repeat(20) },
        { text: 'Kondisi saat ini.', pageBreak: 'before' },
        { text: 'Strategi.', pageBreak: 'before' },
      ],
    },
    pageOrientation: 'portrait',
  };
  const laidOut = testEngine().layOutSection(section);
  laidOut.addFurniture(header, () => null, 1);
  // As JSON: pdfmake gives each laid-out canvas shape functions of its own (resetXY).
  return laidOut.pages.map((page) =>
    page.items
      .filter((entry) => entry.type === 'vector')
      .map((entry) => JSON.stringify(entry.item)),
  );
}

describe('page headers laid out once per kind', () => {
  it('lays out anew a header whose copies would move its shapes (a polyline)', () => {
    const polyline: PageFurniture = () =>
      ({
        canvas: [
          {
            type: 'polyline',
            lineWidth: 1,
            points: [
              { x: 0, y: 0 },
              { x: 100, y: 10 },
            ],
          },
        ],
        margin: [40, 20, 40, 0],
      }) as never;
    furnitureSwitch.copied = 0;
    const kept = headerVectors(true, polyline);
    expect(furnitureSwitch.copied).toBe(0);
    expect(kept).toEqual(headerVectors(false, polyline));
  });

  it('lays out anew a header that JSON does not describe whole (a function)', () => {
    const ruled =
      (width: number): PageFurniture =>
      () =>
        ({
          table: { widths: [100], body: [[{ text: 'Rencana Induk' }]] },
          layout: { hLineWidth: () => width, vLineWidth: () => 0 },
          margin: [40, 20, 40, 0],
        }) as never;
    // The same header with rules of 1 and 3 pt must not share a block.
    let page = 0;
    const alternating: PageFurniture = (n) => ruled(page++ % 2 ? 3 : 1)(n);
    furnitureSwitch.copied = 0;
    const kept = headerVectors(true, alternating);
    expect(furnitureSwitch.copied).toBe(0);
    page = 0;
    expect(kept).toEqual(headerVectors(false, alternating));
  });

  it('writes the fixture document byte for byte as laying out every header does', async () => {
    const { kept, anew, copied } = await bothWays(fixtureDocument());
    // Portrait and landscape headers, each laid out once.
    expect(copied).toBeGreaterThan(3);
    expect(kept.equals(anew)).toBe(true);
  });

  it('writes the sample plan byte for byte as laying out every header does', async () => {
    const { kept, anew, copied } = await bothWays(await sampleLayout());
    expect(copied).toBeGreaterThan(100);
    expect(kept.equals(anew)).toBe(true);
  }, 60_000);
});
