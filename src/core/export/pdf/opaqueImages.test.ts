import { describe, expect, it } from 'vitest';
import { COLOUR_TYPE } from '../../assets/png.ts';
import {
  colourOf,
  decodedPng,
  greyAlphaOf,
  pngFile,
  readinessChart,
  type TestPng,
} from '../../assets/testPng.ts';
import type { ImageData } from '../../layout/model.ts';
import { opaqueImageData } from './opaqueImages.ts';

const WIDTH = 33;
const HEIGHT = 14;

function figure(png: Omit<TestPng, 'width' | 'height'>): ImageData {
  const data = pngFile({ width: WIDTH, height: HEIGHT, filters: [4, 1, 2, 3, 0], ...png });
  return { mime: 'image/png', data, widthPx: WIDTH, heightPx: HEIGHT };
}

/** `colour` at `alpha` over white, rounded to the nearest level. */
const onWhite = (colour: number, alpha: number) =>
  Math.round((colour * alpha + 255 * (255 - alpha)) / 255);

describe('opaqueImageData', () => {
  it('drops the alpha of an opaque RGBA figure from an older plan, pixels unchanged', () => {
    const pixels = readinessChart(WIDTH, HEIGHT, 'white');
    const image = figure({ colourType: COLOUR_TYPE.rgba, pixels });
    const data = opaqueImageData(image);
    expect(decodedPng(data)).toEqual({ colourType: COLOUR_TYPE.rgb, pixels: colourOf(pixels) });
    // The next export of the plan gets the same bytes without decoding again.
    expect(opaqueImageData({ ...image, data: image.data.slice() })).toBe(data);
  });

  it('composes a figure with a clear background onto white', () => {
    const pixels = readinessChart(WIDTH, HEIGHT, 'clear');
    const expected = colourOf(pixels).map((v, i) => onWhite(v, pixels[Math.floor(i / 3) * 4 + 3]!));
    const alphas = pixels.filter((_, i) => i % 4 === 3);
    expect(alphas).toContain(0);
    expect(alphas).toContain(255);
    expect(alphas.some((a) => a > 0 && a < 255)).toBe(true);
    const out = decodedPng(opaqueImageData(figure({ colourType: COLOUR_TYPE.rgba, pixels })));
    expect(out).toEqual({ colourType: COLOUR_TYPE.rgb, pixels: expected });
    expect(out.pixels.subarray(0, 3)).toEqual(Uint8Array.from([255, 255, 255]));
  });

  it('composes grey+alpha onto white as grey', () => {
    const chart = readinessChart(WIDTH, HEIGHT, 'clear');
    const pixels = greyAlphaOf(chart);
    const expected = colourOf(chart, true).map((v, i) => onWhite(v, chart[i * 4 + 3]!));
    const out = decodedPng(opaqueImageData(figure({ colourType: COLOUR_TYPE.greyAlpha, pixels })));
    expect(out).toEqual({ colourType: COLOUR_TYPE.grey, pixels: expected });
  });

  it('composes a palette logo with tRNS onto white; entries past tRNS are opaque', () => {
    // White (clear), navy (half), grey and red (no tRNS entry: opaque).
    const palette = Uint8Array.from([
      255, 255, 255, 0x1f, 0x4e, 0x79, 0x40, 0x40, 0x40, 0xc0, 0, 0,
    ]);
    const transparency = Uint8Array.from([0, 128]);
    const entries = Uint8Array.from({ length: WIDTH * HEIGHT }, (_, i) => (i * 7) % 4);
    const image = figure({
      colourType: COLOUR_TYPE.palette,
      pixels: entries,
      palette,
      transparency,
    });
    const expected = new Uint8Array(WIDTH * HEIGHT * 3);
    entries.forEach((entry, i) => {
      const alpha = transparency[entry] ?? 255;
      for (let c = 0; c < 3; c++) expected[i * 3 + c] = onWhite(palette[entry * 3 + c]!, alpha);
    });
    expect(decodedPng(opaqueImageData(image))).toEqual({
      colourType: COLOUR_TYPE.rgb,
      pixels: expected,
    });
  });

  it('passes on what PDFKit embeds as it is, and what cannot be decoded, unchanged', () => {
    const chart = readinessChart(WIDTH, HEIGHT, 'clear');
    const untouched = [
      figure({ colourType: COLOUR_TYPE.rgb, pixels: colourOf(chart) }),
      figure({ colourType: COLOUR_TYPE.grey, pixels: colourOf(chart, true) }),
      figure({
        colourType: COLOUR_TYPE.palette,
        pixels: new Uint8Array(WIDTH * HEIGHT),
        palette: Uint8Array.from([255, 255, 255]),
      }),
      figure({ colourType: COLOUR_TYPE.rgba, pixels: chart, filters: [1, 9] }),
      figure({ colourType: COLOUR_TYPE.rgba, pixels: chart, interlaced: true }),
    ];
    for (const image of untouched) expect(opaqueImageData(image)).toBe(image.data);
    const jpeg: ImageData = {
      mime: 'image/jpeg',
      data: Uint8Array.from([0xff, 0xd8, 0xff, 0xd9]),
      widthPx: 1,
      heightPx: 1,
    };
    expect(opaqueImageData(jpeg)).toBe(jpeg.data);
  });
});
