/** Turns drawn SVG charts into PNG images both exporters embed. */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { crc32, deflateSync } from 'node:zlib';
import { Resvg } from '@resvg/resvg-js';
import type { ImageData } from './model.ts';

/** The fonts shipped for the PDF exporter; charts use the same face as the document. */
const SHIPPED_FONT_DIR = new URL('../export/pdf/fonts/', import.meta.url);
const FACES = [
  'LiberationSans-Regular.ttf',
  'LiberationSans-Bold.ttf',
  'LiberationSans-Italic.ttf',
];

/** The font files charts are drawn with: the shipped Liberation Sans faces. */
export function chartFontFiles(): string[] {
  return FACES.map((face) => fileURLToPath(new URL(face, SHIPPED_FONT_DIR)));
}

/** Pixels across a chart: sharp at about 300 dpi when printed across the text width. */
export const CHART_WIDTH_PX = 1800;

/** A chart of the layout (readiness, roll-up summaries) as the PNG both exporters embed. */
export function rasterizeChart(svg: string, fontFiles: string[]): ImageData {
  return rasterizeSvg(svg, fontFiles, CHART_WIDTH_PX);
}

/**
 * Renders `svg` to a PNG `widthPx` wide with exactly `fontFiles`. System fonts are
 * never consulted, so the image is the same on every machine.
 */
export function rasterizeSvg(svg: string, fontFiles: string[], widthPx: number): ImageData {
  // The same chart is drawn again for every Buku and every format of one plan; drawing is the slow part.
  const key = `${widthPx}\n${fontFiles.join('\n')}\n${svg}`;
  const cached = drawn.get(key);
  if (cached) return cached;
  const image = render(svg, fontFiles, widthPx);
  if (drawn.size >= CACHE_SIZE) drawn.delete(drawn.keys().next().value!);
  drawn.set(key, image);
  return image;
}

const CACHE_SIZE = 16;
const drawn = new Map<string, ImageData>();

function render(svg: string, fontFiles: string[], widthPx: number): ImageData {
  const missing = fontFiles.filter((path) => !existsSync(path));
  if (fontFiles.length === 0 || missing.length)
    throw new Error(
      `Huruf untuk grafik tidak ditemukan: ${missing.join(', ') || '(tidak ada berkas huruf)'}`,
    );
  const rendered = new Resvg(svg, {
    fitTo: { mode: 'width', value: widthPx },
    font: { fontFiles, loadSystemFonts: false, defaultFontFamily: 'Liberation Sans' },
    background: '#FFFFFF',
  }).render();
  const { width, height } = rendered;
  return {
    mime: 'image/png',
    data: encodePng(width, height, 3, rgbOnWhite(rendered.pixels)),
    widthPx: width,
    heightPx: height,
  };
}

/**
 * resvg's premultiplied RGBA, composed onto white, as RGB. The chart's background
 * is white already; an opaque PNG is what PDFKit can embed without decoding it
 * pixel by pixel in JavaScript to split off an alpha channel (and Word is indifferent).
 */
function rgbOnWhite(rgba: Uint8Array): Uint8Array {
  const rgb = new Uint8Array((rgba.length / 4) * 3);
  for (let i = 0, o = 0; i < rgba.length; i += 4, o += 3) {
    const clear = 255 - rgba[i + 3]!;
    rgb[o] = rgba[i]! + clear;
    rgb[o + 1] = rgba[i + 1]! + clear;
    rgb[o + 2] = rgba[i + 2]! + clear;
  }
  return rgb;
}

const PNG_SIGNATURE = Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a);

function chunk(type: string, data: Uint8Array): Buffer {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'latin1');
  out.set(data, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}

/**
 * An 8-bit, non-interlaced PNG of `channels` 1 (grey) or 3 (RGB) from packed
 * pixel rows, unfiltered: on charts and figures a filter saves well under 1 % after
 * deflate, and skipping it keeps encoding to one copy per row.
 */
export function encodePng(
  width: number,
  height: number,
  channels: 1 | 3,
  pixels: Uint8Array,
): Uint8Array {
  const stride = width * channels;
  const rows = new Uint8Array((stride + 1) * height);
  for (let y = 0; y < height; y++)
    rows.set(pixels.subarray(y * stride, (y + 1) * stride), y * (stride + 1) + 1);
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = channels === 3 ? 2 : 0; // colour type: RGB or grey
  return new Uint8Array(
    Buffer.concat([
      PNG_SIGNATURE,
      chunk('IHDR', header),
      chunk('IDAT', deflateSync(rows)),
      chunk('IEND', new Uint8Array(0)),
    ]),
  );
}
