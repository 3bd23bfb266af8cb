/**
 * The vector drawer against what it replaces: the fixture (grid tables with header
 * shading and rules, a landscape programme matrix, TOC dot leaders, the cover) rendered
 * with vectorDrawer.ts and with pdfmake's own renderVector must be the same file.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { fixtureDocument } from './testFixture.ts';

async function render(): Promise<Buffer> {
  vi.resetModules();
  const { renderPdf } = await import('./index.ts');
  return Buffer.from(await renderPdf(fixtureDocument()));
}

let ours: Buffer;
let pdfmakes: Buffer;

beforeAll(async () => {
  ours = await render();
  vi.doMock('./vectorDrawer.ts', () => ({ drawVectorsDirectly: () => undefined }));
  pdfmakes = await render();
  vi.doUnmock('./vectorDrawer.ts');
}, 60_000);

afterAll(() => vi.doUnmock('./vectorDrawer.ts'));

describe('drawing table rules and shading directly', () => {
  it('writes the same file as pdfmake, byte for byte', () => {
    expect(ours.length).toBeGreaterThan(10_000);
    expect(ours.equals(pdfmakes)).toBe(true);
  });
});

describe('each kind of vector pdfmake draws', () => {
  it('writes the same operators and graphics states as pdfmake', async () => {
    const { createRequire } = await import('node:module');
    const { drawVectorsDirectly } = await import('./vectorDrawer.ts');
    const require = createRequire(import.meta.url);
    const load = (id: string) =>
      (require(id) as { default: new (...args: never[]) => never }).default;
    const PdfDocument = load('pdfmake/js/PDFDocument.js') as unknown as new (
      ...args: unknown[]
    ) => {
      addPage(): void;
      addContent(data: string): unknown;
      page: { ext_gstates: Record<string, unknown> };
    };
    const Renderer = load('pdfmake/js/Renderer.js') as unknown as new (...args: unknown[]) => {
      renderVector(vector: unknown): void;
    };
    const vectors = [
      {
        type: 'line',
        x1: 40,
        y1: 100.123456789,
        x2: 555.3,
        y2: 100.1,
        lineWidth: 0.5,
        lineColor: '#8EA9DB',
      },
      {
        type: 'line',
        x1: 40,
        y1: 120,
        x2: 300,
        y2: 120,
        dash: { length: 1, space: 2 },
        lineCap: 'round',
        lineColor: 'gray',
      },
      {
        type: 'line',
        x1: 40,
        y1: 130,
        x2: 300,
        y2: 130,
        lineJoin: 'round',
        lineColor: 'bukan-warna',
      },
      { type: 'rect', x: 40, y: 140, w: 200, h: 18, color: '#DDEBF7' },
      {
        type: 'rect',
        x: 40,
        y: 160,
        w: 200,
        h: 18,
        color: '#FFF2CC',
        lineColor: '#BF9000',
        fillOpacity: 0.4,
      },
      {
        type: 'rect',
        x: 40,
        y: 180,
        w: 200,
        h: 18,
        color: 'red',
        strokeOpacity: 0.25,
        lineColor: '#000',
      },
      { type: 'rect', x: 40, y: 200, w: 200, h: 18, r: 4, lineColor: 'black' },
      { type: 'ellipse', x: 100, y: 300, r1: 20, r2: 10, color: 'green' },
    ];
    const draw = (direct: boolean) => {
      const pdf = new PdfDocument(
        {},
        {},
        {},
        {},
        { size: [595, 842], autoFirstPage: false, compress: false },
        null,
      );
      pdf.addPage();
      const written: string[] = [];
      const addContent = pdf.addContent.bind(pdf);
      pdf.addContent = (data) => {
        written.push(data);
        return addContent(data);
      };
      const renderer = new Renderer(pdf, undefined);
      if (direct) drawVectorsDirectly(renderer as never, pdf as never);
      for (const vector of vectors) renderer.renderVector(structuredClone(vector));
      return { content: written.join('\n'), states: Object.keys(pdf.page.ext_gstates) };
    };
    const ours = draw(true);
    const theirs = draw(false);
    expect(ours.content).toMatch(/^B$/m);
    expect(ours).toEqual(theirs);
  });
});
