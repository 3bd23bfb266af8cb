/**
 * The vector drawer against what it replaces: the fixture (grid tables with header
 * shading and rules, a landscape programme matrix, TOC dot leaders, the cover) rendered
 * with vectorDrawer.ts and with pdfmake's own renderVector must look the same, pixel for
 * pixel, with far less written per rule.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { fixtureDocument } from './testFixture.ts';
import { inflatedStreams, pagePixels, removeTempPdfs, writeTempPdf } from './testPoppler.ts';

async function render(): Promise<Buffer> {
  vi.resetModules();
  const { renderPdf } = await import('./index.ts');
  return Buffer.from(await renderPdf(fixtureDocument()));
}

/** The page content of a PDFKit file, joined. */
const contentOf = (file: Buffer) => inflatedStreams(file).join('\n');

const count = (content: string, operator: RegExp) => content.match(operator)?.length ?? 0;

let ours: Buffer;
let pdfmakes: Buffer;

beforeAll(async () => {
  ours = await render();
  vi.doMock('./vectorDrawer.ts', () => ({ drawVectorsDirectly: () => undefined }));
  pdfmakes = await render();
  vi.doUnmock('./vectorDrawer.ts');
}, 60_000);

afterAll(() => {
  vi.doUnmock('./vectorDrawer.ts');
  removeTempPdfs();
});

describe('drawing table rules and shading directly', () => {
  it("draws pages that look the same as pdfmake's, pixel for pixel", () => {
    const mine = pagePixels(writeTempPdf(ours), 72);
    const theirs = pagePixels(writeTempPdf(pdfmakes), 72);
    expect(mine.length).toBeGreaterThan(5);
    expect(mine.length).toBe(theirs.length);
    mine.forEach((page, index) =>
      expect(page.equals(theirs[index]!), `halaman ${index + 1}`).toBe(true),
    );
  });

  it('draws as many rules, but sets their width and colour only when they change', () => {
    const mine = contentOf(ours);
    const theirs = contentOf(pdfmakes);
    const strokes = count(theirs, /^S$/gm);
    expect(strokes).toBeGreaterThan(100);
    expect(count(mine, /^S$/gm)).toBe(strokes);
    expect(count(mine, / re$/gm)).toBe(count(theirs, / re$/gm));
    expect(count(mine, / w$/gm) * 5).toBeLessThan(count(theirs, / w$/gm));
    expect(count(mine, / SCN$/gm) * 5).toBeLessThan(count(theirs, / SCN$/gm));
    expect(mine.length).toBeLessThan(theirs.length);
  });
});

describe('each kind of vector pdfmake draws', () => {
  it('draws each the same as pdfmake, pixel for pixel', async () => {
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
      on(event: string, listener: (chunk: Buffer) => void): void;
      end(): void;
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
    const draw = async (direct: boolean) => {
      const pdf = new PdfDocument(
        {},
        {},
        {},
        {},
        { size: [595, 842], autoFirstPage: false, compress: false },
        null,
      );
      const chunks: Buffer[] = [];
      pdf.on('data', (chunk: Buffer) => chunks.push(chunk));
      const ended = new Promise((resolve) => pdf.on('end', resolve));
      pdf.addPage();
      const written: string[] = [];
      const addContent = pdf.addContent.bind(pdf);
      pdf.addContent = (data) => {
        written.push(data);
        return addContent(data);
      };
      const renderer = new Renderer(pdf, undefined);
      if (direct) drawVectorsDirectly(renderer as never, pdf as never);
      // Twice: the second time the page has every setting already.
      for (const vector of [...vectors, ...vectors]) renderer.renderVector(structuredClone(vector));
      pdf.end();
      await ended;
      return { content: written.join('\n'), file: Buffer.concat(chunks) };
    };
    const ours = await draw(true);
    const theirs = await draw(false);
    expect(ours.content).toMatch(/^B$/m);
    expect(pagePixels(writeTempPdf(ours.file), 100)).toEqual(
      pagePixels(writeTempPdf(theirs.file), 100),
    );
    expect(ours.content.length).toBeLessThan(theirs.content.length);
  });
});
