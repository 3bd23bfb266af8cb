/**
 * Images as PDFKit embeds them fastest. PDFKit splits the alpha channel off a PNG
 * (or expands a palette with transparency) by decoding every pixel in JavaScript
 * (png-js), once per image and export. Figures and logos sit on white paper, so an
 * image composed onto white looks the same: such PNGs are decoded here once
 * (inflate is native), composed onto white and written as opaque RGB or grey PNG,
 * which PDFKit embeds with its compressed data as is. Figures inserted since import
 * drops an opaque alpha channel (src/core/assets/opaquePng.ts) never get here; those of
 * older plans mostly have alpha 255 everywhere, and one pass drops it.
 * The result is cached by content for the process, since the same figures go into
 * every export of a plan.
 */
import { createHash } from 'node:crypto';
import { dropOpaqueAlpha, type OpaquePixels } from '../../assets/opaquePng.ts';
import {
  COLOUR_TYPE,
  decodable,
  decodeRows,
  readPng,
  type PngFile,
  type PngRows,
} from '../../assets/png.ts';
import { encodePng } from '../../layout/rasterize.ts';
import type { ImageData } from '../../layout/model.ts';

/** `colour` with `alpha` (0–255, not premultiplied) over white. */
function overWhite(colour: number, alpha: number): number {
  return alpha === 255 ? colour : ((colour * alpha + 255 * (255 - alpha) + 127) / 255) | 0;
}

/** The image composed onto white, as packed grey or RGB pixels. */
function composeOntoWhite(png: PngFile, rows: PngRows): OpaquePixels {
  const { width, height } = png;
  const { bytes, stride } = rows;
  if (png.colourType === COLOUR_TYPE.greyAlpha) {
    const grey = new Uint8Array(width * height);
    for (let y = 0, o = 0; y < height; y++)
      for (let i = y * (stride + 1) + 1, end = i + stride; i < end; i += 2, o++)
        grey[o] = overWhite(bytes[i]!, bytes[i + 1]!);
    return { channels: 1, pixels: grey };
  }
  const rgb = new Uint8Array(width * height * 3);
  if (png.colourType === COLOUR_TYPE.rgba) {
    for (let y = 0, o = 0; y < height; y++)
      for (let i = y * (stride + 1) + 1, end = i + stride; i < end; i += 4, o += 3) {
        const alpha = bytes[i + 3]!;
        rgb[o] = overWhite(bytes[i]!, alpha);
        rgb[o + 1] = overWhite(bytes[i + 1]!, alpha);
        rgb[o + 2] = overWhite(bytes[i + 2]!, alpha);
      }
    return { channels: 3, pixels: rgb };
  }
  // A palette with transparency: each entry composed once; alpha 255 past the tRNS entries.
  const palette = png.palette!;
  const alphas = png.transparency!;
  const entries = new Uint8Array(256 * 3);
  for (let entry = 0; entry < 256; entry++) {
    const alpha = entry < alphas.length ? alphas[entry]! : 255;
    for (let c = 0; c < 3; c++)
      entries[3 * entry + c] = overWhite(palette[3 * entry + c] ?? 0, alpha);
  }
  for (let y = 0, o = 0; y < height; y++)
    for (let i = y * (stride + 1) + 1, end = i + stride; i < end; i++, o += 3) {
      const at = 3 * bytes[i]!;
      rgb[o] = entries[at]!;
      rgb[o + 1] = entries[at + 1]!;
      rgb[o + 2] = entries[at + 2]!;
    }
  return { channels: 3, pixels: rgb };
}

/** Whether PDFKit would decode the image in JavaScript, and this module can spare it that. */
function needsFlattening(png: PngFile): boolean {
  if (!decodable(png)) return false;
  if (png.colourType === COLOUR_TYPE.rgba || png.colourType === COLOUR_TYPE.greyAlpha) return true;
  return (
    png.colourType === COLOUR_TYPE.palette &&
    png.transparency !== undefined &&
    png.palette !== undefined
  );
}

const CACHE_SIZE = 32;
const flattened = new Map<string, Uint8Array>();

/**
 * The image's bytes as PDFKit should get them: PNGs with alpha composed onto white. Data this
 * cannot decode goes to PDFKit unchanged, as it would without this module.
 */
export function opaqueImageData(image: ImageData): Uint8Array {
  if (image.mime !== 'image/png') return image.data;
  const png = readPng(image.data);
  if (!png || !needsFlattening(png)) return image.data;
  const key = createHash('sha1').update(image.data).digest('hex');
  let data = flattened.get(key);
  if (!data) {
    const rows = decodeRows(png);
    if (!rows) return image.data;
    const { channels, pixels } = dropOpaqueAlpha(png, rows) ?? composeOntoWhite(png, rows);
    data = encodePng(png.width, png.height, channels, pixels);
    if (flattened.size >= CACHE_SIZE) flattened.delete(flattened.keys().next().value!);
    flattened.set(key, data);
  }
  return data;
}
