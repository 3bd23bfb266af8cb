import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { colourOf, pngFile, readinessChart } from '../../assets/testPng.ts';
import { chartFontFiles, rasterizeSvg } from '../../layout/rasterize.ts';
import { readPngChunks } from './pngChunks.ts';
import './engine.ts';

const require = createRequire(import.meta.url);
const fromPdfkit = createRequire(
  createRequire(require.resolve('pdfmake/js/PDFDocument.js')).resolve('pdfkit'),
);
const pngJsFile = fromPdfkit.resolve('png-js');

type PngClass = new (data: Uint8Array) => Record<string, unknown>;

/** png-js as shipped, loaded afresh beside the one PDFKit is given. */
function shippedPngJs(): PngClass {
  const kept = require.cache[pngJsFile];
  delete require.cache[pngJsFile];
  try {
    return fromPdfkit('png-js') as PngClass;
  } finally {
    require.cache[pngJsFile] = kept;
  }
}

const W = 60;
const H = 24;
const rgba = readinessChart(W, H, 'white');
const PALETTE = new Uint8Array([255, 255, 255, 0x1f, 0x4e, 0x79, 0x40, 0x40, 0x40]);
const indices = new Uint8Array(W * H).map((_, i) => (i % 7 === 0 ? 1 : i % 11 === 0 ? 2 : 0));

const OPAQUE: Record<string, Uint8Array> = {
  'RGB, as figures are stored': pngFile({
    width: W,
    height: H,
    colourType: 2,
    pixels: colourOf(rgba),
  }),
  'grey, with adaptive filters': pngFile({
    width: W,
    height: H,
    colourType: 0,
    pixels: colourOf(rgba, true),
    filters: [0, 1, 2, 3, 4],
  }),
  'palette, as charts are written for Word': pngFile({
    width: W,
    height: H,
    colourType: 3,
    pixels: indices,
    palette: PALETTE,
  }),
  'RGBA, as screenshots arrive': pngFile({ width: W, height: H, colourType: 6, pixels: rgba }),
  'RGB with a colour profile and a time chunk': pngFile({
    width: W,
    height: H,
    colourType: 2,
    pixels: colourOf(rgba),
    chunks: [
      { type: 'iCCP', body: new Uint8Array([0x73, 0x52, 0x47, 0x42, 0, 0, 1, 2, 3]) },
      { type: 'tIME', body: new Uint8Array(7), afterData: true },
    ],
  }),
  'a figure drawn as the plan draws them': rasterizeSvg(
    `<svg xmlns="http://www.w3.org/2000/svg" width="120" height="60"><rect x="10" y="10" width="60" height="30" fill="#1f4e79"/></svg>`,
    chartFontFiles(),
    240,
  ).data,
};

describe('PNG images read by their chunks for PDFKit', () => {
  const Shipped = shippedPngJs();

  for (const [name, bytes] of Object.entries(OPAQUE)) {
    it(`reads ${name} as png-js does`, () => {
      const fields = readPngChunks(bytes);
      expect(fields).not.toBeNull();
      expect({ data: bytes, ...fields }).toEqual({ ...new Shipped(bytes) });
    });
  }

  it('leaves PNGs with transparency or text to png-js, and PDFKit gets png-js’s result', () => {
    const PNG = fromPdfkit('png-js') as PngClass;
    expect(PNG).not.toBe(Shipped);
    const cases = [
      pngFile({
        width: W,
        height: H,
        colourType: 3,
        pixels: indices,
        palette: PALETTE,
        transparency: new Uint8Array([0]),
      }),
      pngFile({
        width: W,
        height: H,
        colourType: 2,
        pixels: colourOf(rgba),
        chunks: [
          {
            type: 'tEXt',
            body: new Uint8Array([...Buffer.from('Title'), 0, ...Buffer.from('Bagan')]),
          },
        ],
      }),
    ];
    for (const bytes of cases) {
      expect(readPngChunks(bytes)).toBeNull();
      expect({ ...new PNG(bytes) }).toEqual({ ...new Shipped(bytes) });
    }
    // And a PNG it does read comes out as png-js's own object, for png-js's methods.
    const read = new PNG(OPAQUE['RGB, as figures are stored']!);
    expect(read).toBeInstanceOf(PNG);
    expect(read).toBeInstanceOf(Object.getPrototypeOf(PNG) as PngClass);
    expect(typeof read.decodePixels).toBe('function');
    expect({ ...read }).toEqual({ ...new Shipped(OPAQUE['RGB, as figures are stored']!) });
  });

  it('sends a cut-off file to png-js, which reports it', () => {
    const whole = OPAQUE['RGB, as figures are stored']!;
    const cut = whole.subarray(0, whole.length - 30);
    expect(readPngChunks(cut)).toBeNull();
    const PNG = fromPdfkit('png-js') as PngClass;
    expect(() => new PNG(cut)).toThrow();
  });
});
