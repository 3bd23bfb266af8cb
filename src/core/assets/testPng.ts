/**
 * PNG files built byte by byte for tests, with the colour types, row filters and chunks that
 * real figures arrive with (screenshots are RGBA with adaptive filters and a colour profile;
 * logos are often a palette with tRNS), and a small figure to put in them: a bar chart of the
 * readiness of the six Smart City dimensions on white, with anti-aliased bar edges.
 */
import { crc32, deflateSync } from 'node:zlib';
import { CHANNELS, decodeRows, readPng, type PngRows } from './png.ts';

export interface TestChunk {
  type: string;
  body: Uint8Array;
  /** After the image data rather than before it. */
  afterData?: boolean;
}

export interface TestPng {
  width: number;
  height: number;
  colourType: number;
  /** Packed 8-bit samples, row after row, no filter bytes. */
  pixels: Uint8Array;
  /** The filter of each row, repeated as needed (0 None, 1 Sub, 2 Up, 3 Average, 4 Paeth). */
  filters?: number[];
  palette?: Uint8Array;
  transparency?: Uint8Array;
  chunks?: TestChunk[];
  bitDepth?: number;
  interlaced?: boolean;
}

/** One chunk: length, type, body, CRC of type and body. */
export function pngChunk(type: string, body: Uint8Array): Buffer {
  const typed = Buffer.concat([Buffer.from(type, 'latin1'), body]);
  const out = Buffer.alloc(typed.length + 8);
  out.writeUInt32BE(body.length, 0);
  out.set(typed, 4);
  out.writeUInt32BE(crc32(typed), typed.length + 4);
  return out;
}

function predict(filter: number, left: number, above: number, corner: number): number {
  switch (filter) {
    case 1:
      return left;
    case 2:
      return above;
    case 3:
      return (left + above) >> 1;
    case 4: {
      const p = left + above - corner;
      const [pa, pb, pc] = [Math.abs(p - left), Math.abs(p - above), Math.abs(p - corner)];
      return pa <= pb && pa <= pc ? left : pb <= pc ? above : corner;
    }
    default:
      return 0;
  }
}

/** The rows of `png` each filtered as it says, with their filter bytes. */
function filteredRows(png: TestPng): Uint8Array {
  const bpp = CHANNELS[png.colourType]!;
  const stride = png.width * bpp;
  const filters = png.filters ?? [0];
  const out = new Uint8Array((stride + 1) * png.height);
  const at = (x: number, y: number) => (x < 0 || y < 0 ? 0 : png.pixels[y * stride + x]!);
  for (let y = 0; y < png.height; y++) {
    const filter = filters[y % filters.length]!;
    out[y * (stride + 1)] = filter;
    for (let x = 0; x < stride; x++) {
      const guess = predict(filter, at(x - bpp, y), at(x, y - 1), at(x - bpp, y - 1));
      out[y * (stride + 1) + 1 + x] = (at(x, y) - guess) & 0xff;
    }
  }
  return out;
}

/** A PNG file of `png`; the image data is split into two IDAT chunks when it can be. */
export function pngFile(png: TestPng): Uint8Array {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(png.width, 0);
  header.writeUInt32BE(png.height, 4);
  header.set([png.bitDepth ?? 8, png.colourType, 0, 0, png.interlaced ? 1 : 0], 8);
  const data = deflateSync(filteredRows(png));
  const half = data.length >> 1;
  const chunks = png.chunks ?? [];
  const file = Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', header),
    ...chunks.filter((c) => !c.afterData).map((c) => pngChunk(c.type, c.body)),
    ...(png.palette ? [pngChunk('PLTE', png.palette)] : []),
    ...(png.transparency ? [pngChunk('tRNS', png.transparency)] : []),
    pngChunk('IDAT', data.subarray(0, half)),
    pngChunk('IDAT', data.subarray(half)),
    ...chunks.filter((c) => c.afterData).map((c) => pngChunk(c.type, c.body)),
    pngChunk('IEND', new Uint8Array()),
  ]);
  return new Uint8Array(file); // a plain array, as the app reads files into
}

/** Readiness per dimension (Governance, Branding, Economy, Living, Society, Environment), 0–1. */
const READINESS = [0.72, 0.45, 0.58, 0.81, 0.39, 0.64];
const BAR_COLOUR = [0x1f, 0x4e, 0x79];
const AXIS_COLOUR = [0x40, 0x40, 0x40];

/**
 * The readiness chart as RGBA, `width` × `height` pixels: bars with a half-covered top edge, a
 * grey axis, and a background that is white (`background` "white") or clear ("clear", as
 * diagram tools export it), so that the clear variant has alpha 0, partial alpha and 255.
 */
export function readinessChart(width: number, height: number, background: 'white' | 'clear') {
  const pixels = new Uint8Array(width * height * 4);
  const slot = width / READINESS.length;
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++) {
      const bar = Math.floor(x / slot);
      const inBar = x - bar * slot >= slot * 0.2 && x - bar * slot < slot * 0.8;
      const top = (height - 1) * (1 - READINESS[bar]!);
      const cover = inBar ? Math.min(1, Math.max(0, y + 1 - top)) : 0;
      const pixel = y === height - 1 ? [...AXIS_COLOUR, 255] : [...BAR_COLOUR, cover * 255];
      if (background === 'white' && pixel[3]! < 255) {
        const a = pixel[3]! / 255;
        for (let c = 0; c < 3; c++) pixel[c] = pixel[c]! * a + 255 * (1 - a);
        pixel[3] = 255;
      }
      pixels.set(
        pixel.map((v) => Math.round(v)),
        (y * width + x) * 4,
      );
    }
  return pixels;
}

/** RGBA pixels without alpha: RGB, or grey from the red channel when `grey`. */
export function colourOf(rgba: Uint8Array, grey = false): Uint8Array {
  const channels = grey ? 1 : 3;
  const out = new Uint8Array((rgba.length / 4) * channels);
  for (let i = 0; i < rgba.length / 4; i++)
    for (let c = 0; c < channels; c++) out[i * channels + c] = rgba[i * 4 + c]!;
  return out;
}

/** RGBA pixels as grey+alpha, grey taken from the red channel. */
export function greyAlphaOf(rgba: Uint8Array): Uint8Array {
  const out = new Uint8Array(rgba.length / 2);
  for (let i = 0; i < rgba.length / 4; i++) out.set([rgba[i * 4]!, rgba[i * 4 + 3]!], i * 2);
  return out;
}

/** Unfiltered rows without their filter bytes: the packed samples. */
export function packedRows({ bytes, stride }: PngRows): Uint8Array {
  const height = bytes.length / (stride + 1);
  const out = new Uint8Array(stride * height);
  for (let y = 0; y < height; y++)
    out.set(bytes.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1)), y * stride);
  return out;
}

/** A PNG's colour type and packed samples, decoded by ./png.ts (tested against pngFile above). */
export function decodedPng(bytes: Uint8Array): { colourType: number; pixels: Uint8Array } {
  const png = readPng(bytes)!;
  return { colourType: png.colourType, pixels: packedRows(decodeRows(png)!) };
}
