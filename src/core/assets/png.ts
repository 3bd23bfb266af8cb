/**
 * Reads a PNG's chunks and decodes the pixel rows of an 8-bit, non-interlaced one: what
 * importing a figure (dropping an alpha channel that is opaque everywhere) and PDF export
 * (composing transparency onto white) both need. Inflate is zlib's; the row filters are undone
 * here, in place, one tight loop per filter. Anything malformed decodes to undefined, and the
 * inflated size is bounded by what the header announces, so a lying file cannot make it grow.
 */
import { inflateSync } from 'node:zlib';
import { PNG_SIGNATURE, u32 } from './imageInfo.ts';

export const COLOUR_TYPE = { grey: 0, rgb: 2, palette: 3, greyAlpha: 4, rgba: 6 } as const;

/** Bytes per pixel of an 8-bit image, by colour type. */
export const CHANNELS: Readonly<Record<number, number>> = { 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 };

/** An ancillary chunk as it stands in the file (length, type, body and CRC). */
export interface PngChunk {
  type: string;
  bytes: Uint8Array;
  /** Whether it came after the image data. */
  afterData: boolean;
}

export interface PngFile {
  width: number;
  height: number;
  bitDepth: number;
  colourType: number;
  interlaced: boolean;
  palette?: Uint8Array;
  transparency?: Uint8Array;
  /** The IDAT bodies, in order. */
  data: Uint8Array[];
  /** Every chunk that is neither IHDR, PLTE, tRNS, IDAT nor IEND. */
  ancillary: PngChunk[];
}

/** Unfiltered pixel rows: row y starts at `y * (stride + 1) + 1` of `bytes` (after its filter byte). */
export interface PngRows {
  bytes: Uint8Array;
  /** Bytes per row, without the filter byte. */
  stride: number;
  /** Bytes per pixel. */
  channels: number;
}

function chunkType(bytes: Uint8Array, at: number): string {
  return String.fromCharCode(bytes[at]!, bytes[at + 1]!, bytes[at + 2]!, bytes[at + 3]!);
}

/** The chunks of a PNG file; undefined if it is not one or its IHDR is missing or malformed. */
export function readPng(bytes: Uint8Array): PngFile | undefined {
  if (bytes.length < 33 || PNG_SIGNATURE.some((value, index) => bytes[index] !== value)) return;
  if (u32(bytes, 8) !== 13 || chunkType(bytes, 12) !== 'IHDR') return;
  const png: PngFile = {
    width: u32(bytes, 16),
    height: u32(bytes, 20),
    bitDepth: bytes[24]!,
    colourType: bytes[25]!,
    interlaced: bytes[28] === 1,
    data: [],
    ancillary: [],
  };
  for (let at = 33; at + 12 <= bytes.length;) {
    const length = u32(bytes, at);
    const end = at + 12 + length;
    if (end > bytes.length) break; // truncated: what came before is all there is
    const type = chunkType(bytes, at + 4);
    const body = bytes.subarray(at + 8, at + 8 + length);
    if (type === 'IEND') break;
    if (type === 'IDAT') png.data.push(body);
    else if (type === 'PLTE') png.palette = body;
    else if (type === 'tRNS') png.transparency = body;
    else
      png.ancillary.push({ type, bytes: bytes.subarray(at, end), afterData: png.data.length > 0 });
    at = end;
  }
  return png;
}

/** Whether `decodeRows` can decode the image: 8-bit, non-interlaced, with pixels. */
export function decodable(png: PngFile): boolean {
  return (
    png.bitDepth === 8 &&
    !png.interlaced &&
    png.width > 0 &&
    png.height > 0 &&
    CHANNELS[png.colourType] !== undefined &&
    png.data.length > 0
  );
}

function concat(parts: Uint8Array[]): Uint8Array {
  if (parts.length === 1) return parts[0]!;
  return Buffer.concat(parts);
}

/**
 * The unfiltered rows of a `decodable` PNG, or undefined if its data is corrupt: a zlib error,
 * more or fewer bytes than width × height announce, or an unknown row filter.
 */
export function decodeRows(png: PngFile): PngRows | undefined {
  if (!decodable(png)) return undefined;
  const channels = CHANNELS[png.colourType]!;
  const stride = png.width * channels;
  const size = (stride + 1) * png.height;
  let bytes: Uint8Array;
  try {
    bytes = inflateSync(concat(png.data), { maxOutputLength: size });
  } catch {
    return undefined; // corrupt, or more data than the header allows
  }
  if (bytes.length !== size) return undefined;
  const rows = { bytes, stride, channels };
  const words = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let y = 0; y < png.height; y++) if (!unfilterRow(rows, words, y)) return undefined;
  return rows;
}

/** The bytes of four lanes added lane by lane, each modulo 256 (no carry between lanes). */
function addLanes(a: number, b: number): number {
  return ((a & 0x7f7f7f7f) + (b & 0x7f7f7f7f)) ^ ((a ^ b) & 0x80808080);
}

/**
 * Undoes the filter of row `y`, in place; false for an unknown filter. The first row has no row
 * above: its Up, Average and Paeth read zeros there, which makes Up nothing, Paeth Sub and
 * Average half of Sub.
 */
function unfilterRow(rows: PngRows, words: DataView, y: number): boolean {
  const start = y * (rows.stride + 1) + 1;
  const first = y === 0;
  switch (rows.bytes[start - 1]) {
    case 0:
      return true;
    case 1:
      sub(rows, words, start);
      return true;
    case 2:
      if (!first) upward(rows, words, start);
      return true;
    case 3:
      average(rows, start, first);
      return true;
    case 4:
      if (first) sub(rows, words, start);
      else paeth(rows, start);
      return true;
    default:
      return false;
  }
}

/**
 * Sub: each byte plus the one a pixel to its left. Pixels of four bytes (RGBA, the most common
 * case in figures) are added a word at a time through `words`, which views the same bytes.
 */
function sub({ bytes: px, stride, channels: bpp }: PngRows, words: DataView, start: number): void {
  const end = start + stride;
  if (bpp === 4) {
    let left = words.getUint32(start, true);
    for (let i = start + 4; i < end; i += 4) {
      left = addLanes(words.getUint32(i, true), left);
      words.setUint32(i, left, true);
    }
  } else for (let i = start + bpp; i < end; i++) px[i] = px[i]! + px[i - bpp]!;
}

/** Up: each byte plus the one above it, four at a time. */
function upward({ bytes: px, stride }: PngRows, words: DataView, start: number): void {
  const end = start + stride;
  const up = stride + 1;
  let i = start;
  for (; i + 4 <= end; i += 4)
    words.setUint32(i, addLanes(words.getUint32(i, true), words.getUint32(i - up, true)), true);
  for (; i < end; i++) px[i] = px[i]! + px[i - up]!;
}

/** Average: each byte plus the mean of the bytes to its left and above. */
function average({ bytes: px, stride, channels: bpp }: PngRows, start: number, first: boolean) {
  const end = start + stride;
  const up = stride + 1;
  if (first) {
    for (let i = start + bpp; i < end; i++) px[i] = px[i]! + (px[i - bpp]! >> 1);
    return;
  }
  for (let i = start; i < start + bpp; i++) px[i] = px[i]! + (px[i - up]! >> 1);
  for (let i = start + bpp; i < end; i++) px[i] = px[i]! + ((px[i - bpp]! + px[i - up]!) >> 1);
}

/** Paeth: each byte plus whichever of left, above and upper left is nearest left + above − upper left. */
function paeth({ bytes: px, stride, channels: bpp }: PngRows, start: number): void {
  const end = start + stride;
  const up = stride + 1;
  // With nothing to the left, Paeth predicts the byte above.
  for (let i = start; i < start + bpp; i++) px[i] = px[i]! + px[i - up]!;
  for (let i = start + bpp; i < end; i++) {
    const left = px[i - bpp]!;
    const above = px[i - up]!;
    const corner = px[i - up - bpp]!;
    const pa = Math.abs(above - corner);
    const pb = Math.abs(left - corner);
    const pc = Math.abs(left + above - 2 * corner);
    px[i] = px[i]! + (pa <= pb && pa <= pc ? left : pb <= pc ? above : corner);
  }
}
