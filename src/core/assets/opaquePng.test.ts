import { describe, expect, it } from 'vitest';
import { checkImageBytes } from './limits.ts';
import { withoutOpaqueAlpha } from './opaquePng.ts';
import { COLOUR_TYPE, readPng } from './png.ts';
import { colourOf, decodedPng, greyAlphaOf, pngFile, readinessChart } from './testPng.ts';

// 90 × 40: 90 pixels a row are 22 steps of four and two left over.
const WIDTH = 90;
const HEIGHT = 40;
const OPAQUE = readinessChart(WIDTH, HEIGHT, 'white');
const CLEAR = readinessChart(WIDTH, HEIGHT, 'clear');
// What a screenshot tool writes besides the pixels: a colour profile, resolution, bit depths, a
// caption, and where it came from.
const PROFILE = { type: 'iCCP', body: Buffer.from('Display P3\0\0x-compressed-profile') };
const DPI_144 = { type: 'pHYs', body: Uint8Array.from([0, 0, 0x16, 0x25, 0, 0, 0x16, 0x25, 1]) };
const BITS = { type: 'sBIT', body: Uint8Array.from([8, 8, 8, 8]) };
const CAPTION = {
  type: 'iTXt',
  body: Buffer.from('Description\0\0\0\0\0Kesiapan enam dimensi Smart City'),
  afterData: true,
};

function screenshot(pixels: Uint8Array, filters = [1, 4, 2, 4, 3, 0]): Uint8Array {
  return pngFile({
    width: WIDTH,
    height: HEIGHT,
    colourType: COLOUR_TYPE.rgba,
    pixels,
    filters,
    chunks: [PROFILE, DPI_144, BITS, CAPTION],
  });
}

describe('withoutOpaqueAlpha', () => {
  it('stores an opaque RGBA screenshot as RGB with the very same pixels', () => {
    const original = screenshot(OPAQUE);
    const stored = withoutOpaqueAlpha(original)!;
    const png = readPng(stored)!;
    expect(png).toMatchObject({ width: WIDTH, height: HEIGHT, colourType: COLOUR_TYPE.rgb });
    expect(decodedPng(stored).pixels).toEqual(colourOf(OPAQUE));
    expect(stored.length).toBeLessThan(original.length);
    expect(checkImageBytes('kesiapan.png', stored)).toMatchObject({
      ok: true,
      info: { mime: 'image/png', width: WIDTH, height: HEIGHT },
    });
  });

  it('keeps the colour profile, resolution and caption where they stood, not the RGBA bit depths', () => {
    const stored = withoutOpaqueAlpha(screenshot(OPAQUE))!;
    const { ancillary } = readPng(stored)!;
    expect(ancillary.map((c) => [c.type, c.afterData])).toEqual([
      ['iCCP', false],
      ['pHYs', false],
      ['iTXt', true],
    ]);
    expect(Buffer.from(ancillary[0]!.bytes.subarray(8, -4))).toEqual(PROFILE.body);
  });

  it('stores an opaque grey+alpha image as grey', () => {
    const original = pngFile({
      width: WIDTH,
      height: HEIGHT,
      colourType: COLOUR_TYPE.greyAlpha,
      pixels: greyAlphaOf(OPAQUE),
    });
    const stored = withoutOpaqueAlpha(original)!;
    expect(readPng(stored)!.colourType).toBe(COLOUR_TYPE.grey);
    expect(decodedPng(stored).pixels).toEqual(colourOf(OPAQUE, true));
  });

  it('leaves an image with real transparency as it is', () => {
    expect(withoutOpaqueAlpha(screenshot(CLEAR))).toBeUndefined();
    const grey = greyAlphaOf(CLEAR);
    expect(
      withoutOpaqueAlpha(
        pngFile({ width: WIDTH, height: HEIGHT, colourType: COLOUR_TYPE.greyAlpha, pixels: grey }),
      ),
    ).toBeUndefined();
  });

  // Pixels are read four at a time, then the two past the last step of four one by one.
  it.each([
    ['the first pixel', 0],
    ['the second pixel of a step', 17 * WIDTH + 45],
    ['the third pixel of a step', 17 * WIDTH + 46],
    ['the fourth pixel of a step', 17 * WIDTH + 47],
    ['the last pixel', (HEIGHT - 1) * WIDTH + WIDTH - 1],
  ])('leaves it as it is when only %s is not quite opaque', (_, pixel) => {
    const almost = OPAQUE.slice();
    almost[pixel * 4 + 3] = 254;
    expect(withoutOpaqueAlpha(screenshot(almost))).toBeUndefined();
  });

  it('leaves RGB, palettes, 16 bits, interlacing, corrupt data and JPEG as they are', () => {
    const base = { width: WIDTH, height: HEIGHT };
    const rgb = pngFile({ ...base, colourType: COLOUR_TYPE.rgb, pixels: colourOf(OPAQUE) });
    const palette = pngFile({
      ...base,
      colourType: COLOUR_TYPE.palette,
      pixels: new Uint8Array(WIDTH * HEIGHT),
      palette: Uint8Array.from([255, 255, 255]),
    });
    const rgba = { ...base, colourType: COLOUR_TYPE.rgba, pixels: OPAQUE };
    const corrupt = pngFile({ ...rgba, filters: [0, 7] });
    const jpeg = Uint8Array.from([0xff, 0xd8, 0xff, 0xc0, 0, 17, 8, 0, 40, 0, 90, 3, 0xff, 0xd9]);
    for (const bytes of [rgb, palette, corrupt, jpeg])
      expect(withoutOpaqueAlpha(bytes)).toBe(undefined);
    expect(withoutOpaqueAlpha(pngFile({ ...rgba, interlaced: true }))).toBeUndefined();
    expect(withoutOpaqueAlpha(pngFile({ ...rgba, bitDepth: 16 }))).toBeUndefined();
  });

  it('leaves an image as it is when RGB without filters would take more bytes', () => {
    // A smooth gradient: Sub makes every row a run of equal bytes, unfiltered rows are all different.
    const gradient = Uint8Array.from({ length: WIDTH * HEIGHT * 4 }, (_, i) => {
      const [x, y, c] = [(i >> 2) % WIDTH, Math.floor(i / 4 / WIDTH), i % 4];
      return c === 3 ? 255 : (x * (3 + 2 * c) + y * (5 + c)) & 0xff;
    });
    const original = screenshot(gradient, [1]);
    expect(withoutOpaqueAlpha(original)).toBeUndefined();
  });
});
