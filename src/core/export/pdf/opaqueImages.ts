/**
 * Images as PDFKit embeds them fastest. PDFKit splits the alpha channel off a PNG
 * (or expands a palette with transparency) by decoding every pixel in JavaScript
 * (png-js), once per image and export. Figures and logos sit on white paper, so an
 * image composed onto white looks the same: such PNGs are decoded here once
 * (inflate is native), composed onto white and written as opaque RGB or grey PNG,
 * which PDFKit embeds with its compressed data as is. The result is cached by
 * content for the process, since the same figures go into every export of a plan.
 */
import { createHash } from 'node:crypto';
import { inflateSync } from 'node:zlib';
import { encodePng } from '../../layout/rasterize.ts';
import type { ImageData } from '../../layout/model.ts';

interface PngHeader {
  width: number;
  height: number;
  bitDepth: number;
  colorType: number;
  interlaced: boolean;
}

interface PngParts extends PngHeader {
  palette?: Uint8Array;
  transparency?: Uint8Array;
  compressed: Buffer;
}

const PALETTE = 3;
const GREY_ALPHA = 4;
const RGBA = 6;

/** Bytes per pixel of an 8-bit image, by colour type. */
const CHANNELS: Record<number, number> = { 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 };

/** The header and the chunks PDFKit reads; undefined if the bytes are not a PNG. */
function parsePng(data: Uint8Array): PngParts | undefined {
  const bytes = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  if (bytes.length < 33 || bytes.readUInt32BE(0) !== 0x89504e47) return undefined;
  let header: PngHeader | undefined;
  let palette: Uint8Array | undefined;
  let transparency: Uint8Array | undefined;
  const idat: Buffer[] = [];
  for (let pos = 8; pos + 8 <= bytes.length;) {
    const length = bytes.readUInt32BE(pos);
    const type = bytes.toString('latin1', pos + 4, pos + 8);
    const body = bytes.subarray(pos + 8, pos + 8 + length);
    if (type === 'IHDR')
      header = {
        width: body.readUInt32BE(0),
        height: body.readUInt32BE(4),
        bitDepth: body[8]!,
        colorType: body[9]!,
        interlaced: body[12] === 1,
      };
    else if (type === 'PLTE') palette = body;
    else if (type === 'tRNS') transparency = body;
    else if (type === 'IDAT') idat.push(body);
    else if (type === 'IEND') break;
    pos += 12 + length;
  }
  return header && { ...header, palette, transparency, compressed: Buffer.concat(idat) };
}

function paeth(a: number, b: number, c: number): number {
  const p = a + b - c;
  const pa = Math.abs(p - a);
  const pb = Math.abs(p - b);
  const pc = Math.abs(p - c);
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
}

/** Undoes one row's filter in place: `row` starts at `at` in `px`, the row above `stride` earlier. */
function unfilterRow(
  px: Uint8Array,
  at: number,
  stride: number,
  bpp: number,
  filter: number,
  first: boolean,
): void {
  const end = at + stride;
  switch (filter) {
    case 0:
      return;
    case 1:
      for (let i = at + bpp; i < end; i++) px[i] = px[i]! + px[i - bpp]!;
      return;
    case 2:
      if (!first) for (let i = at; i < end; i++) px[i] = px[i]! + px[i - stride]!;
      return;
    case 3:
      for (let i = at; i < end; i++) {
        const left = i - at >= bpp ? px[i - bpp]! : 0;
        const above = first ? 0 : px[i - stride]!;
        px[i] = px[i]! + ((left + above) >> 1);
      }
      return;
    case 4:
      for (let i = at; i < end; i++) {
        const hasLeft = i - at >= bpp;
        const left = hasLeft ? px[i - bpp]! : 0;
        const above = first ? 0 : px[i - stride]!;
        const corner = hasLeft && !first ? px[i - stride - bpp]! : 0;
        px[i] = px[i]! + paeth(left, above, corner);
      }
      return;
    default:
      throw new Error(`PNG: filter baris ${filter} tidak dikenal`);
  }
}

/** The raw pixel rows of a non-interlaced 8-bit PNG. */
function unfilter(png: PngParts, bpp: number): Uint8Array {
  const stride = png.width * bpp;
  const filtered = inflateSync(png.compressed);
  const pixels = new Uint8Array(stride * png.height);
  for (let y = 0; y < png.height; y++) {
    const src = y * (stride + 1);
    pixels.set(filtered.subarray(src + 1, src + 1 + stride), y * stride);
    unfilterRow(pixels, y * stride, stride, bpp, filtered[src]!, y === 0);
  }
  return pixels;
}

/** `colour` with `alpha` (0–255, not premultiplied) over white. */
function overWhite(colour: number, alpha: number): number {
  return alpha === 255 ? colour : ((colour * alpha + 255 * (255 - alpha) + 127) / 255) | 0;
}

/** The image composed onto white, as packed grey or RGB rows. */
function flatten(png: PngParts): { channels: 1 | 3; pixels: Uint8Array } {
  const count = png.width * png.height;
  const pixels = unfilter(png, CHANNELS[png.colorType]!);
  if (png.colorType === GREY_ALPHA) {
    const grey = new Uint8Array(count);
    for (let i = 0; i < count; i++) grey[i] = overWhite(pixels[2 * i]!, pixels[2 * i + 1]!);
    return { channels: 1, pixels: grey };
  }
  const rgb = new Uint8Array(count * 3);
  if (png.colorType === RGBA) {
    for (let i = 0, o = 0; o < rgb.length; i += 4, o += 3) {
      const alpha = pixels[i + 3]!;
      if (alpha === 255) {
        rgb[o] = pixels[i]!;
        rgb[o + 1] = pixels[i + 1]!;
        rgb[o + 2] = pixels[i + 2]!;
      } else {
        rgb[o] = overWhite(pixels[i]!, alpha);
        rgb[o + 1] = overWhite(pixels[i + 1]!, alpha);
        rgb[o + 2] = overWhite(pixels[i + 2]!, alpha);
      }
    }
  } else {
    // A palette with transparency: alpha per palette entry, 255 past the tRNS entries.
    const palette = png.palette ?? new Uint8Array(0);
    const alphas = png.transparency ?? new Uint8Array(0);
    for (let i = 0; i < count; i++) {
      const entry = pixels[i]!;
      const alpha = entry < alphas.length ? alphas[entry]! : 255;
      for (let c = 0; c < 3; c++) rgb[3 * i + c] = overWhite(palette[3 * entry + c] ?? 0, alpha);
    }
  }
  return { channels: 3, pixels: rgb };
}

/** Whether PDFKit would decode the image in JavaScript, and this module can spare it that. */
function needsFlattening(png: PngParts): boolean {
  if (png.bitDepth !== 8 || png.interlaced || png.width === 0 || png.height === 0) return false;
  if (png.colorType === RGBA || png.colorType === GREY_ALPHA) return true;
  return png.colorType === PALETTE && png.transparency !== undefined && png.palette !== undefined;
}

const CACHE_SIZE = 32;
const flattened = new Map<string, Uint8Array>();

/** The image's bytes as PDFKit should get them: PNGs with alpha composed onto white. */
export function opaqueImageData(image: ImageData): Uint8Array {
  if (image.mime !== 'image/png') return image.data;
  const png = parsePng(image.data);
  if (!png || !needsFlattening(png)) return image.data;
  const key = createHash('sha1').update(image.data).digest('hex');
  let data = flattened.get(key);
  if (!data) {
    const { channels, pixels } = flatten(png);
    data = encodePng(png.width, png.height, channels, pixels);
    if (flattened.size >= CACHE_SIZE) flattened.delete(flattened.keys().next().value!);
    flattened.set(key, data);
  }
  return data;
}
