import { deflateSync, inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { COLOUR_TYPE, decodable, decodeRows, readPng } from './png.ts';
import { colourOf, greyAlphaOf, packedRows, pngChunk, pngFile, readinessChart } from './testPng.ts';

// 7 × 5: odd widths leave pixels past the four-byte steps of the fast loops.
const WIDTH = 7;
const HEIGHT = 5;
const CHART = readinessChart(WIDTH, HEIGHT, 'clear');
const PALETTE = Uint8Array.from([255, 255, 255, 0x1f, 0x4e, 0x79, 0x40, 0x40, 0x40, 0xc0, 0, 0]);
const SAMPLES: Record<string, { colourType: number; pixels: Uint8Array }> = {
  grey: { colourType: COLOUR_TYPE.grey, pixels: colourOf(CHART, true) },
  rgb: { colourType: COLOUR_TYPE.rgb, pixels: colourOf(CHART) },
  palette: {
    colourType: COLOUR_TYPE.palette,
    pixels: Uint8Array.from({ length: WIDTH * HEIGHT }, (_, i) => (i * 5) % 4),
  },
  'grey+alpha': { colourType: COLOUR_TYPE.greyAlpha, pixels: greyAlphaOf(CHART) },
  rgba: { colourType: COLOUR_TYPE.rgba, pixels: CHART },
};

describe('decodeRows', () => {
  // Every filter on every row position, the first row (no row above) included.
  describe.each(Object.keys(SAMPLES))('%s', (name) => {
    it.each([0, 1, 2, 3, 4])('with filter %i first, then the others in turn', (first) => {
      const { colourType, pixels } = SAMPLES[name]!;
      const filters = [0, 1, 2, 3, 4].map((f) => (f + first) % 5);
      const bytes = pngFile({ width: WIDTH, height: HEIGHT, colourType, pixels, filters });
      const png = readPng(bytes)!;
      const rows = decodeRows(png)!;
      expect(rows.channels * WIDTH).toBe(rows.stride);
      expect(packedRows(rows)).toEqual(pixels);
    });
  });

  it('decodes the grain of a photograph, where Paeth often finds two neighbours equally near', () => {
    // An aerial photo's texture: a seeded pseudo-random walk around a field green.
    let seed = 35_10;
    const grain = Uint8Array.from({ length: 19 * 9 * 3 }, (_, i) => {
      seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
      return ([0x5a, 0x8c, 0x3c][i % 3]! + (seed % 41) - 20) & 0xff;
    });
    for (const filters of [[4], [3], [1, 2]]) {
      const bytes = pngFile({
        width: 19,
        height: 9,
        colourType: COLOUR_TYPE.rgb,
        pixels: grain,
        filters,
      });
      expect(packedRows(decodeRows(readPng(bytes)!)!)).toEqual(grain);
    }
  });

  it('decodes a wider RGBA figure with adaptive-looking filters', () => {
    const pixels = readinessChart(61, 23, 'clear');
    const bytes = pngFile({
      width: 61,
      height: 23,
      colourType: COLOUR_TYPE.rgba,
      pixels,
      filters: [1, 4, 4, 2, 3, 1, 0, 2],
    });
    expect(packedRows(decodeRows(readPng(bytes)!)!)).toEqual(pixels);
  });

  it('refuses an unknown row filter, data short of the header, and data beyond it', () => {
    const base = { width: WIDTH, height: HEIGHT, colourType: COLOUR_TYPE.rgba, pixels: CHART };
    expect(decodeRows(readPng(pngFile({ ...base, filters: [1, 5] }))!)).toBeUndefined();
    const short = readPng(pngFile(base))!;
    short.height = HEIGHT + 1;
    expect(decodeRows(short)).toBeUndefined();
    // The last row three bytes short.
    const cut = readPng(pngFile(base))!;
    const rows = inflateSync(Buffer.concat(cut.data));
    cut.data = [deflateSync(rows.subarray(0, rows.length - 3))];
    expect(decodeRows(cut)).toBeUndefined();
    // A header that announces one row while the data holds a 4-megabyte stream of zeros.
    const bomb = readPng(pngFile(base))!;
    bomb.height = 1;
    bomb.data = [deflateSync(new Uint8Array(4 << 20))];
    expect(decodeRows(bomb)).toBeUndefined();
    const corrupt = readPng(pngFile(base))!;
    corrupt.data = [Uint8Array.from([0x78, 0x9c, 1, 2, 3, 4])];
    expect(decodeRows(corrupt)).toBeUndefined();
  });

  it('leaves 16-bit and interlaced images to others', () => {
    const base = { width: WIDTH, height: HEIGHT, colourType: COLOUR_TYPE.rgba, pixels: CHART };
    expect(decodable(readPng(pngFile({ ...base, interlaced: true }))!)).toBe(false);
    expect(decodable(readPng(pngFile({ ...base, bitDepth: 16 }))!)).toBe(false);
    expect(decodable(readPng(pngFile(base))!)).toBe(true);
  });
});

describe('readPng', () => {
  it('reads the header, palette, transparency and the other chunks where they stood', () => {
    const bytes = pngFile({
      width: WIDTH,
      height: HEIGHT,
      colourType: COLOUR_TYPE.palette,
      pixels: SAMPLES.palette!.pixels,
      palette: PALETTE,
      transparency: Uint8Array.from([0, 128]),
      chunks: [
        { type: 'pHYs', body: Uint8Array.from([0, 0, 0x0b, 0x13, 0, 0, 0x0b, 0x13, 1]) },
        { type: 'tEXt', body: Buffer.from('Title\0Kesiapan Smart City'), afterData: true },
      ],
    });
    const png = readPng(bytes)!;
    expect(png).toMatchObject({
      width: WIDTH,
      height: HEIGHT,
      bitDepth: 8,
      colourType: COLOUR_TYPE.palette,
      interlaced: false,
      palette: PALETTE,
      transparency: Uint8Array.from([0, 128]),
    });
    expect(png.data).toHaveLength(2);
    expect(png.ancillary.map((c) => [c.type, c.afterData])).toEqual([
      ['pHYs', false],
      ['tEXt', true],
    ]);
    expect(Buffer.from(png.ancillary[1]!.bytes)).toEqual(
      pngChunk('tEXt', Buffer.from('Title\0Kesiapan Smart City')),
    );
  });

  it('refuses what is not a PNG and a PNG cut short in its header', () => {
    const bytes = pngFile({ width: 2, height: 2, colourType: 0, pixels: new Uint8Array(4) });
    expect(readPng(bytes.subarray(0, 30))).toBeUndefined();
    expect(readPng(Buffer.from('<svg onload="alert(1)"></svg> padding to 33 bytes'))).toBe(
      undefined,
    );
    expect(readPng(Uint8Array.from([0xff, 0xd8, 0xff, ...new Uint8Array(40), 0xff, 0xd9]))).toBe(
      undefined,
    );
  });

  it('reads what there is of a file cut short in its data', () => {
    const bytes = pngFile({ width: WIDTH, height: HEIGHT, colourType: 6, pixels: CHART });
    const png = readPng(bytes.subarray(0, bytes.length - 30))!;
    expect(png.width).toBe(WIDTH);
    expect(decodeRows(png)).toBeUndefined();
  });
});
