/** Charts: kept as drawn (SVG) for the PDF, turned into the PNG images the DOCX embeds. */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { crc32, deflateSync } from 'node:zlib';
import type * as ResvgModule from '@resvg/resvg-js';
import type { ChartDrawing, ImageData } from './model.ts';

const require = createRequire(import.meta.url);
let resvg: typeof ResvgModule | undefined;

/**
 * resvg, a native module, loaded when a chart is first drawn: the PDF draws charts as
 * vectors, and a command that draws none (checking a plan, exporting a PDF) does not wait
 * for it to load (about 20 ms).
 */
function loadedResvg(): typeof ResvgModule {
  return (resvg ??= require('@resvg/resvg-js') as typeof ResvgModule);
}

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

/** A chart of the layout (readiness, roll-up summaries) as the PNG the DOCX embeds. */
export function rasterizeChart(svg: string, fontFiles: string[]): ImageData {
  return rasterizeSvg(svg, fontFiles, CHART_WIDTH_PX);
}

/** The number in a length attribute of the chart's root element ("640", "640px"). */
function rootLength(svg: string, name: 'width' | 'height'): number {
  const root = /<svg\b[^>]*>/.exec(svg)?.[0] ?? '';
  const value = Number.parseFloat(new RegExp(`\\s${name}="([^"]*)"`).exec(root)?.[1] ?? '');
  if (!Number.isFinite(value) || value <= 0)
    throw new Error(`Grafik tanpa ukuran: atribut ${name} pada <svg> tidak berupa angka positif`);
  return value;
}

/**
 * A chart of the layout as drawn, for the PDF to draw as vectors. Its pixel size is
 * that of the PNG rasterizeChart makes of it (as resvg rounds the height), so both
 * formats print it at the same proportions; nothing is drawn until an exporter asks.
 */
export function chartDrawing(svg: string, fontFiles: string[]): ChartDrawing {
  const width = rootLength(svg, 'width');
  const height = rootLength(svg, 'height');
  return {
    mime: 'image/svg+xml',
    svg,
    fontFiles,
    widthPx: CHART_WIDTH_PX,
    // As resvg scales a size to a width: in single precision, rounded to the nearest pixel.
    heightPx: Math.round(
      Math.fround(Math.fround(CHART_WIDTH_PX * Math.fround(height)) / Math.fround(width)),
    ),
  };
}

/** A figure's image as pixels: a chart is rasterised (once per chart and process), a picture is itself. */
export function figureRaster(image: ImageData | ChartDrawing): ImageData {
  return image.mime === 'image/svg+xml' ? rasterizeChart(image.svg, image.fontFiles) : image;
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
  const rendered = new (loadedResvg().Resvg)(svg, {
    fitTo: { mode: 'width', value: widthPx },
    font: { fontFiles, loadSystemFonts: false, defaultFontFamily: 'Liberation Sans' },
    background: '#FFFFFF',
  }).render();
  const { width, height } = rendered;
  return {
    mime: 'image/png',
    data: pngOnWhite(width, height, rendered.pixels),
    widthPx: width,
    heightPx: height,
  };
}

/**
 * Premultiplied RGBA (resvg's pixels) composed onto white, as an opaque PNG: an
 * opaque PNG is what PDFKit can embed without decoding it pixel by pixel in
 * JavaScript to split off an alpha channel (and Word is indifferent). A chart has
 * a few dozen colours (its fills, text and their anti-aliased edges), so it is
 * written with a palette when it has at most 256: the same pixels from a third of
 * the bytes to deflate. Anything more colourful is written as RGB.
 */
export function pngOnWhite(width: number, height: number, rgba: Uint8Array): Uint8Array {
  const indexed = paletteRows(width, height, rgba);
  if (indexed) {
    const data = deflateSync(indexed.rows, { level: CHART_DEFLATE_LEVEL });
    return pngFile(width, height, COLOUR_PALETTE, data, indexed.palette);
  }
  const data = deflateSync(rgbRows(width, height, rgba), { level: CHART_DEFLATE_LEVEL });
  return pngFile(width, height, COLOUR_RGB, data);
}

/**
 * Whether row `y` of `rgba` repeats row `y - 1`. Most rows of a chart do (margins,
 * the inside of bars), and comparing them natively is much cheaper than composing
 * their pixels again in JavaScript.
 */
function repeatsRowAbove(rgba: Buffer, y: number, stride: number): boolean {
  return (
    y > 0 && rgba.compare(rgba, (y - 1) * stride, y * stride, y * stride, (y + 1) * stride) === 0
  );
}

function asBuffer(bytes: Uint8Array): Buffer {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** One channel of a premultiplied pixel composed onto white. */
function onWhite(channel: number, alpha: number): number {
  return channel + 255 - alpha;
}

/** The colours of an image composed onto white, at most 256, in the order first seen. */
class Palette {
  readonly rgb = new Uint8Array(256 * 3);
  private readonly indices = new Map<number, number>();

  get size(): number {
    return this.indices.size;
  }

  /** The index of the premultiplied pixel at `at` in `rgba`, composed onto white; -1 when full. */
  indexOf(rgba: Uint8Array, at: number): number {
    const alpha = rgba[at + 3]!;
    const r = onWhite(rgba[at]!, alpha);
    const g = onWhite(rgba[at + 1]!, alpha);
    const b = onWhite(rgba[at + 2]!, alpha);
    const key = (r << 16) | (g << 8) | b;
    const known = this.indices.get(key);
    if (known !== undefined) return known;
    const index = this.indices.size;
    if (index === 256) return -1;
    this.rgb[index * 3] = r;
    this.rgb[index * 3 + 1] = g;
    this.rgb[index * 3 + 2] = b;
    this.indices.set(key, index);
    return index;
  }
}

/**
 * The pixels as palette indices in unfiltered PNG rows, with the palette; undefined
 * when there are more than 256 colours. Pixels are compared as whole 32-bit words,
 * so each run of one colour (most of a chart) is looked up once.
 */
function paletteRows(
  width: number,
  height: number,
  rgba: Uint8Array,
): { rows: Uint8Array; palette: Uint8Array } | undefined {
  if (width === 0 || height === 0) return undefined;
  // A word view needs 4-byte alignment; resvg's buffer has it, a copy otherwise.
  const bytes = rgba.byteOffset % 4 === 0 ? rgba : rgba.slice();
  const words = new Int32Array(bytes.buffer, bytes.byteOffset, width * height);
  const source = asBuffer(bytes);
  const stride = width * 4;
  const rows = new Uint8Array((width + 1) * height);
  const palette = new Palette();
  for (let y = 0; y < height; y++) {
    const out = y * (width + 1) + 1;
    if (repeatsRowAbove(source, y, stride)) rows.copyWithin(out, out - width - 1, out - 1);
    else if (!indexRow(words, bytes, palette, y * width, width, rows, out)) return undefined;
  }
  return { rows, palette: palette.rgb.subarray(0, palette.size * 3) };
}

/**
 * Writes the `count` pixels from `start` as palette indices to `rows` at `out`;
 * false when the palette is full. A function of its own, called row by row, so it
 * is optimised early and stays so from one chart to the next.
 */
function indexRow(
  words: Int32Array,
  bytes: Uint8Array,
  palette: Palette,
  start: number,
  count: number,
  rows: Uint8Array,
  out: number,
): boolean {
  let last = words[start]!;
  let lastIndex = palette.indexOf(bytes, start * 4);
  if (lastIndex < 0) return false;
  for (let i = start, o = out, end = start + count; i < end; i++, o++) {
    const word = words[i]!;
    if (word !== last) {
      last = word;
      lastIndex = palette.indexOf(bytes, i * 4);
      if (lastIndex < 0) return false;
    }
    rows[o] = lastIndex;
  }
  return true;
}

/** The pixels composed onto white as unfiltered RGB PNG rows. */
function rgbRows(width: number, height: number, rgba: Uint8Array): Uint8Array {
  const source = asBuffer(rgba);
  const stride = width * 4;
  const rowBytes = width * 3 + 1;
  const rows = new Uint8Array(rowBytes * height);
  for (let y = 0; y < height; y++) {
    const out = y * rowBytes + 1;
    if (repeatsRowAbove(source, y, stride)) {
      rows.copyWithin(out, out - rowBytes, out - 1);
      continue;
    }
    for (let i = y * stride, o = out, end = i + stride; i < end; i += 4, o += 3) {
      const alpha = rgba[i + 3]!;
      rows[o] = onWhite(rgba[i]!, alpha);
      rows[o + 1] = onWhite(rgba[i + 1]!, alpha);
      rows[o + 2] = onWhite(rgba[i + 2]!, alpha);
    }
  }
  return rows;
}

/**
 * zlib's level for charts. On the large benchmark plan's three charts (1800 px
 * wide, palette): level 6 gives 171 kB in about 30 ms, level 3 219 kB in 12 ms
 * (the RGB images at level 6 before palettes were 283 kB in 65 ms). Charts are
 * drawn during the layout, on the export's critical path, and 48 kB more in a
 * document of 1.6 MB is the cheaper side of that trade.
 */
const CHART_DEFLATE_LEVEL = 3;

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
  return pngFile(width, height, channels === 3 ? COLOUR_RGB : COLOUR_GREY, deflateSync(rows));
}

const COLOUR_GREY = 0;
const COLOUR_RGB = 2;
const COLOUR_PALETTE = 3;

/** A PNG of 8-bit samples from its deflated rows (and palette, for colour type 3). */
function pngFile(
  width: number,
  height: number,
  colourType: number,
  deflatedRows: Uint8Array,
  palette?: Uint8Array,
): Uint8Array {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = colourType;
  return new Uint8Array(
    Buffer.concat([
      PNG_SIGNATURE,
      chunk('IHDR', header),
      ...(palette ? [chunk('PLTE', palette)] : []),
      chunk('IDAT', deflatedRows),
      chunk('IEND', new Uint8Array(0)),
    ]),
  );
}
