/**
 * PNGs with an alpha channel that is opaque everywhere, as most screenshots and exported
 * diagrams are: the same pixels without the alpha channel. Stored that way when a figure is
 * inserted, the PDF exporter embeds them as they are instead of decoding them to split alpha off.
 */
import { encodePng } from '../layout/rasterize.ts';
import { COLOUR_TYPE, decodeRows, readPng, type PngFile, type PngRows } from './png.ts';

/** Packed grey (1) or RGB (3) pixels, as `encodePng` takes them. */
export interface OpaquePixels {
  channels: 1 | 3;
  pixels: Uint8Array;
}

/**
 * The colour channels of grey+alpha or RGBA rows whose every alpha is 255; undefined as soon as
 * a row holds one that is not (or for any other colour type).
 */
export function dropOpaqueAlpha(png: PngFile, rows: PngRows): OpaquePixels | undefined {
  if (png.colourType === COLOUR_TYPE.rgba) {
    const pixels = rgbOfOpaqueRgba(png, rows);
    return pixels && { channels: 3, pixels };
  }
  if (png.colourType === COLOUR_TYPE.greyAlpha) {
    const pixels = greyOfOpaqueGreyAlpha(png, rows);
    return pixels && { channels: 1, pixels };
  }
  return undefined;
}

/**
 * RGBA read a pixel (one little-endian word, alpha in the top byte) at a time; four pixels make
 * three words of RGB. The alpha bytes are ANDed per row: 255 only if every one of them is.
 */
function rgbOfOpaqueRgba(png: PngFile, { bytes, stride }: PngRows): Uint8Array | undefined {
  const pixels = new Uint8Array(png.width * png.height * 3);
  const input = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const output = new DataView(pixels.buffer);
  let o = 0;
  for (let y = 0; y < png.height; y++) {
    const end = (y + 1) * (stride + 1);
    let i = end - stride;
    let alpha = -1;
    for (; i + 16 <= end; i += 16, o += 12) {
      const p0 = input.getUint32(i, true);
      const p1 = input.getUint32(i + 4, true);
      const p2 = input.getUint32(i + 8, true);
      const p3 = input.getUint32(i + 12, true);
      alpha &= p0 & p1 & p2 & p3;
      output.setUint32(o, (p0 & 0xffffff) | (p1 << 24), true);
      output.setUint32(o + 4, ((p1 >>> 8) & 0xffff) | (p2 << 16), true);
      output.setUint32(o + 8, ((p2 >>> 16) & 0xff) | (p3 << 8), true);
    }
    for (; i < end; i += 4, o += 3) {
      pixels[o] = bytes[i]!;
      pixels[o + 1] = bytes[i + 1]!;
      pixels[o + 2] = bytes[i + 2]!;
      alpha &= bytes[i + 3]! << 24;
    }
    if (alpha >>> 24 !== 255) return undefined;
  }
  return pixels;
}

function greyOfOpaqueGreyAlpha(png: PngFile, { bytes, stride }: PngRows): Uint8Array | undefined {
  const pixels = new Uint8Array(png.width * png.height);
  let o = 0;
  for (let y = 0; y < png.height; y++) {
    const end = (y + 1) * (stride + 1);
    let alpha = 255;
    for (let i = end - stride; i < end; i += 2, o++) {
      pixels[o] = bytes[i]!;
      alpha &= bytes[i + 1]!;
    }
    if (alpha !== 255) return undefined;
  }
  return pixels;
}

/** Chunks that stay true of the image without its alpha channel, besides the safe-to-copy ones. */
const KEPT = new Set(['gAMA', 'cHRM', 'sRGB', 'iCCP', 'cICP', 'bKGD']);

/**
 * Whether a chunk may go along to the RGB or grey image: by the PNG specification a chunk whose
 * type ends in a lower-case letter is safe to copy into a changed image, and the colour-space
 * chunks in KEPT mean the same for the colours that remain. sBIT (one entry per channel) and the
 * palette's companions do not.
 */
function keep(type: string): boolean {
  const safeToCopy = type.charCodeAt(3) >= 0x61;
  const ancillary = type.charCodeAt(0) >= 0x61;
  return ancillary && (safeToCopy || KEPT.has(type));
}

/** `encoded` (signature, IHDR, IDAT, IEND) with the kept chunks of `png` where they stood. */
function withChunks(encoded: Uint8Array, png: PngFile): Uint8Array {
  const kept = png.ancillary.filter((chunk) => keep(chunk.type));
  if (kept.length === 0) return encoded;
  const afterHeader = 8 + 25;
  const beforeEnd = encoded.length - 12;
  return Buffer.concat([
    encoded.subarray(0, afterHeader),
    ...kept.filter((chunk) => !chunk.afterData).map((chunk) => chunk.bytes),
    encoded.subarray(afterHeader, beforeEnd),
    ...kept.filter((chunk) => chunk.afterData).map((chunk) => chunk.bytes),
    encoded.subarray(beforeEnd),
  ]);
}

/**
 * The bytes of an 8-bit, non-interlaced RGBA or grey+alpha PNG whose alpha is 255 everywhere,
 * re-encoded as RGB or grey with the same pixels and its colour-space, resolution and text
 * chunks; undefined for any other image (real transparency, a palette, 16 bits, interlacing,
 * corrupt data), or when the result would be larger than the original, so that a project never
 * grows and an image within the size limit stays within it.
 */
export function withoutOpaqueAlpha(bytes: Uint8Array): Uint8Array | undefined {
  const png = readPng(bytes);
  if (!png || (png.colourType !== COLOUR_TYPE.rgba && png.colourType !== COLOUR_TYPE.greyAlpha))
    return undefined;
  const rows = decodeRows(png);
  const opaque = rows && dropOpaqueAlpha(png, rows);
  if (!opaque) return undefined;
  const encoded = withChunks(encodePng(png.width, png.height, opaque.channels, opaque.pixels), png);
  return encoded.length <= bytes.length ? encoded : undefined;
}
