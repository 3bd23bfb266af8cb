/** Turns drawn SVG charts into PNG images both exporters embed. */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
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
  return {
    mime: 'image/png',
    data: new Uint8Array(rendered.asPng()),
    widthPx: rendered.width,
    heightPx: rendered.height,
  };
}
