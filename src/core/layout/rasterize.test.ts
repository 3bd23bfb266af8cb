/**
 * Chart images: whatever way a chart is written (palette or RGB), the PNG decodes
 * to exactly the pixels resvg drew, composed onto white.
 */
import { inflateSync } from 'node:zlib';
import { Resvg } from '@resvg/resvg-js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  chartDrawing,
  chartFontFiles,
  encodePng,
  figureRaster,
  pngOnWhite,
  rasterizeChart,
  rasterizeSvg,
} from './rasterize.ts';

interface Decoded {
  width: number;
  height: number;
  colourType: number;
  /** Grey samples for colour type 0, RGB for the others. */
  pixels: Uint8Array;
}

/** A plain reading of the PNGs written here: 8-bit, unfiltered rows, grey, RGB or palette. */
function decodePng(png: Uint8Array): Decoded {
  const bytes = Buffer.from(png);
  expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  let width = 0;
  let height = 0;
  let colourType = -1;
  let palette: Buffer | undefined;
  const data: Buffer[] = [];
  for (let at = 8; at < bytes.length;) {
    const length = bytes.readUInt32BE(at);
    const type = bytes.toString('latin1', at + 4, at + 8);
    const body = bytes.subarray(at + 8, at + 8 + length);
    if (type === 'IHDR') {
      width = body.readUInt32BE(0);
      height = body.readUInt32BE(4);
      expect(body[8]).toBe(8);
      colourType = body[9]!;
    } else if (type === 'PLTE') palette = body;
    else if (type === 'IDAT') data.push(body);
    at += 12 + length;
  }
  const samples = colourType === 2 ? 3 : 1;
  const rows = inflateSync(Buffer.concat(data));
  const stride = width * samples;
  expect(rows.length).toBe((stride + 1) * height);
  const out = new Uint8Array(colourType === 3 ? width * height * 3 : stride * height);
  for (let y = 0; y < height; y++) {
    expect(rows[y * (stride + 1)]).toBe(0);
    const row = rows.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    if (colourType !== 3) out.set(row, y * stride);
    else
      row.forEach((index, x) => {
        expect(index * 3 + 3).toBeLessThanOrEqual(palette!.length);
        out.set(palette!.subarray(index * 3, index * 3 + 3), (y * width + x) * 3);
      });
  }
  return { width, height, colourType, pixels: out };
}

/** Premultiplied RGBA onto white, pixel by pixel, as the definition says. */
function onWhiteReference(rgba: Uint8Array): Uint8Array {
  const rgb = new Uint8Array((rgba.length / 4) * 3);
  for (let p = 0; p < rgba.length / 4; p++)
    for (let c = 0; c < 3; c++) rgb[p * 3 + c] = rgba[p * 4 + c]! + 255 - rgba[p * 4 + 3]!;
  return rgb;
}

/** Where two pixel buffers first differ (-1: nowhere); faster than a deep comparison of big arrays. */
function firstDifference(a: Uint8Array, b: Uint8Array): number {
  if (a.length !== b.length) return Math.min(a.length, b.length);
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return i;
  return -1;
}

function drawnByResvg(svg: string, widthPx: number): Uint8Array {
  const fontFiles = chartFontFiles();
  return new Resvg(svg, {
    fitTo: { mode: 'width', value: widthPx },
    font: { fontFiles, loadSystemFonts: false, defaultFontFamily: 'Liberation Sans' },
    background: '#FFFFFF',
  }).render().pixels;
}

const BAR_CHART = `<svg xmlns="http://www.w3.org/2000/svg" width="300" height="120" viewBox="0 0 300 120" font-family="Liberation Sans" font-size="14">
<rect width="300" height="120" fill="#FFFFFF"/>
<line x1="100" y1="5" x2="100" y2="100" stroke="#404040" stroke-width="1"/>
<text x="92" y="30" text-anchor="end" fill="#000000">Anggaran</text>
<rect x="100" y="16" width="150" height="20" fill="#1F4E79"/>
<text x="92" y="70" text-anchor="end" fill="#000000">Sumber Daya Manusia</text>
<rect x="100" y="56" width="90.5" height="20" fill="#9DC3E6"/>
<text x="200" y="115" text-anchor="middle" font-weight="bold" fill="#404040">Skor (skala 1–5)</text>
</svg>`;

/** A smooth gradient: far more than 256 colours. */
const GRADIENT = `<svg xmlns="http://www.w3.org/2000/svg" width="400" height="60" viewBox="0 0 400 60">
<defs><linearGradient id="g" x1="0" x2="1" y1="0" y2="1">
<stop offset="0" stop-color="#1F4E79"/><stop offset="1" stop-color="#F4B183"/></linearGradient></defs>
<rect width="400" height="60" fill="url(#g)"/>
</svg>`;

describe('rasterizeSvg', () => {
  it('writes a chart of few colours with a palette, pixel for pixel as drawn', () => {
    const image = rasterizeSvg(BAR_CHART, chartFontFiles(), 600);
    const decoded = decodePng(image.data);
    expect(decoded.colourType).toBe(3);
    expect([decoded.width, decoded.height]).toEqual([image.widthPx, image.heightPx]);
    expect(firstDifference(decoded.pixels, onWhiteReference(drawnByResvg(BAR_CHART, 600)))).toBe(
      -1,
    );
  });

  it('writes an image of more than 256 colours as RGB, pixel for pixel as drawn', () => {
    const image = rasterizeSvg(GRADIENT, chartFontFiles(), 400);
    const decoded = decodePng(image.data);
    expect(decoded.colourType).toBe(2);
    expect(firstDifference(decoded.pixels, onWhiteReference(drawnByResvg(GRADIENT, 400)))).toBe(-1);
  });
});

/** Premultiplied RGBA pixels (each channel at most the alpha), drawn from `colours`, rows often repeated. */
function premultipliedImage(colours: number) {
  const pixel = fc
    .integer({ min: 0, max: 255 })
    .chain((alpha) =>
      fc.tuple(
        fc.integer({ min: 0, max: alpha }),
        fc.integer({ min: 0, max: alpha }),
        fc.integer({ min: 0, max: alpha }),
        fc.constant(alpha),
      ),
    );
  return fc
    .record({
      width: fc.integer({ min: 1, max: 12 }),
      height: fc.integer({ min: 1, max: 8 }),
      palette: fc.array(pixel, { minLength: 1, maxLength: colours }),
    })
    .chain(({ width, height, palette }) =>
      fc
        .array(
          fc.oneof(
            fc.array(fc.nat(palette.length - 1), { minLength: width, maxLength: width }),
            fc.constant(null), // the row above again
          ),
          { minLength: height, maxLength: height },
        )
        .map((rows) => {
          const rgba = new Uint8Array(width * height * 4);
          let previous = Array.from({ length: width }, () => 0);
          rows.forEach((row, y) => {
            const picks = row ?? previous;
            picks.forEach((pick, x) => rgba.set(palette[pick]!, (y * width + x) * 4));
            previous = picks;
          });
          return { width, height, rgba };
        }),
    );
}

describe('chartDrawing', () => {
  const sized = (width: number, height: number) =>
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}"><rect width="${width}" height="${height}" fill="#2E75B6"/></svg>`;

  it('keeps the chart as drawn, sized as the PNG Word gets of it', () => {
    // Heights that do and do not divide evenly, as the roll-up's charts grow with their rows.
    for (const [width, height] of [
      [1000, 460],
      [640, 333],
      [1000, 1237],
      [960, 517],
      [1000, 37],
      [1000, 333],
      [1000, 1001],
    ] as const) {
      const svg = sized(width, height);
      const drawing = chartDrawing(svg, chartFontFiles());
      const png = rasterizeChart(svg, chartFontFiles());
      expect(drawing).toMatchObject({ mime: 'image/svg+xml', svg });
      expect([drawing.widthPx, drawing.heightPx], `${width}×${height}`).toEqual([
        png.widthPx,
        png.heightPx,
      ]);
      expect(figureRaster(drawing)).toBe(png);
    }
  });

  it('leaves a picture as it is', () => {
    const png = rasterizeSvg(BAR_CHART, chartFontFiles(), 600);
    expect(figureRaster(png)).toBe(png);
  });

  it('says so in Indonesian when the chart has no size', () => {
    expect(() =>
      chartDrawing('<svg xmlns="http://www.w3.org/2000/svg" width="auto"></svg>', []),
    ).toThrow('Grafik tanpa ukuran: atribut width pada <svg> tidak berupa angka positif');
  });
});

describe('pngOnWhite', () => {
  it('composes premultiplied pixels onto white, whatever their alpha', () => {
    fc.assert(
      fc.property(premultipliedImage(40), ({ width, height, rgba }) => {
        const decoded = decodePng(pngOnWhite(width, height, rgba));
        expect(decoded.colourType).toBe(3);
        expect(decoded.pixels).toEqual(onWhiteReference(rgba));
      }),
    );
  });

  it('uses a palette up to 256 colours and RGB from 257', () => {
    const image = (colours: number) => {
      const rgba = new Uint8Array(colours * 2 * 4);
      for (let i = 0; i < colours * 2; i++) {
        const c = i % colours;
        rgba.set([c & 255, c >> 8, 0, 255], i * 4);
      }
      return rgba;
    };
    const full = image(256);
    const decodedFull = decodePng(pngOnWhite(256, 2, full));
    expect(decodedFull.colourType).toBe(3);
    expect(decodedFull.pixels).toEqual(onWhiteReference(full));
    const over = image(257);
    const decodedOver = decodePng(pngOnWhite(257, 2, over));
    expect(decodedOver.colourType).toBe(2);
    expect(decodedOver.pixels).toEqual(onWhiteReference(over));
  });

  it('reads pixels that do not start on a 4-byte boundary', () => {
    const backing = new Uint8Array(1 + 3 * 2 * 4);
    const rgba = backing.subarray(1);
    rgba.set([10, 20, 30, 255, 0, 0, 0, 0, 50, 0, 0, 128, 10, 20, 30, 255, 10, 20, 30, 255]);
    const decoded = decodePng(pngOnWhite(3, 2, rgba));
    expect(decoded.pixels).toEqual(onWhiteReference(rgba));
  });
});

describe('encodePng', () => {
  it('writes grey and RGB pixels as given', () => {
    const grey = Uint8Array.from({ length: 5 * 3 }, (_, i) => i * 17);
    expect(decodePng(encodePng(5, 3, 1, grey))).toEqual({
      width: 5,
      height: 3,
      colourType: 0,
      pixels: grey,
    });
    const rgb = Uint8Array.from({ length: 4 * 2 * 3 }, (_, i) => 255 - i * 7);
    expect(decodePng(encodePng(4, 2, 3, rgb))).toEqual({
      width: 4,
      height: 2,
      colourType: 2,
      pixels: rgb,
    });
  });
});
