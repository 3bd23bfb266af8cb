/**
 * PNG images read by their chunks, for PDFKit. PDFKit reads a PNG with png-js, whose
 * constructor copies the compressed image data into a JavaScript array one byte at a
 * time, then into a buffer: for the plan's twenty figures that was 35 ms and 22 MB of
 * garbage in every first export. An opaque PNG needs no decoding in a PDF (PDFKit embeds
 * its compressed data as it is), so here the chunks are read with their lengths and the
 * data is joined as buffers. The result is png-js's own object, with the same fields,
 * for png-js's methods to work on; a PNG with chunks this does not read (transparency,
 * text) goes to png-js. png-js is put in Node's module cache (`require.cache`) as this
 * reader before PDFKit loads it. Checked against png-js 1.0.0 (pngChunks.test.ts
 * compares both readers' fields on the plan's figures and on edge cases).
 */
import { replaceModule } from './moduleCache.ts';

/** What png-js's constructor leaves on the object, as far as this reader sets it. */
interface PngFields {
  data: Uint8Array;
  pos: number;
  palette: number[];
  imgData: Buffer | number[];
  transparency: Record<string, unknown>;
  text: Record<string, string>;
  width: number;
  height: number;
  bits: number;
  colorType: number;
  compressionMethod: number;
  filterMethod: number;
  interlaceMethod: number;
  colors: number;
  hasAlphaChannel: boolean;
  pixelBitlength: number;
  colorSpace: string;
}

type PngClass = (new (data: Uint8Array) => PngFields) & { prototype: object };

function uint32(data: Uint8Array, at: number): number {
  return ((data[at]! << 24) | (data[at + 1]! << 16) | (data[at + 2]! << 8) | data[at + 3]!) >>> 0;
}

/**
 * The fields png-js would give `data`, or null when it has a chunk this does not read
 * (png-js then reads it). png-js reads IHDR's values as signed 32-bit numbers: so here.
 */
export function readPngChunks(data: Uint8Array): Omit<PngFields, 'data'> | null {
  const parts: Uint8Array[] = [];
  let palette: number[] = [];
  let pos = 8;
  let header: Pick<
    PngFields,
    | 'width'
    | 'height'
    | 'bits'
    | 'colorType'
    | 'compressionMethod'
    | 'filterMethod'
    | 'interlaceMethod'
  > | null = null;
  for (;;) {
    if (pos + 8 > data.length) return null;
    const size = uint32(data, pos);
    const type = String.fromCharCode(
      data[pos + 4]!,
      data[pos + 5]!,
      data[pos + 6]!,
      data[pos + 7]!,
    );
    pos += 8;
    if (pos + size > data.length) return null;
    switch (type) {
      case 'IHDR':
        header = {
          width: uint32(data, pos) | 0,
          height: uint32(data, pos + 4) | 0,
          bits: data[pos + 8]!,
          colorType: data[pos + 9]!,
          compressionMethod: data[pos + 10]!,
          filterMethod: data[pos + 11]!,
          interlaceMethod: data[pos + 12]!,
        };
        // png-js reads only these 13 bytes of the chunk, whatever its length says.
        pos += 13;
        break;
      case 'PLTE':
        palette = Array.from(data.subarray(pos, pos + size));
        pos += size;
        break;
      case 'IDAT':
        parts.push(data.subarray(pos, pos + size));
        pos += size;
        break;
      case 'tRNS':
      case 'tEXt':
        return null;
      case 'IEND': {
        if (!header) return null;
        const colors = header.colorType === 2 || header.colorType === 6 ? 3 : 1;
        if (![0, 2, 3, 4, 6].includes(header.colorType)) return null;
        const hasAlphaChannel = header.colorType === 4 || header.colorType === 6;
        return {
          pos,
          palette,
          imgData: Buffer.concat(parts),
          transparency: {},
          text: {},
          ...header,
          colors,
          hasAlphaChannel,
          pixelBitlength: header.bits * (colors + (hasAlphaChannel ? 1 : 0)),
          colorSpace: colors === 1 ? 'DeviceGray' : 'DeviceRGB',
        };
      }
      default:
        pos += size;
    }
    pos += 4; // the CRC
    if (pos > data.length) return null;
  }
}

/** png-js's class, reading by chunks where it can. */
function chunkReadingPng(PNG: PngClass): PngClass {
  function ChunkReadingPNG(this: unknown, data: Uint8Array): PngFields {
    const fields = readPngChunks(data);
    if (!fields) return new PNG(data);
    const png = Object.create(PNG.prototype) as PngFields;
    Object.assign(png, { data }, fields);
    return png;
  }
  Object.setPrototypeOf(ChunkReadingPNG, PNG);
  ChunkReadingPNG.prototype = PNG.prototype;
  return ChunkReadingPNG as unknown as PngClass;
}

let done = false;

/**
 * Puts the chunk-reading png-js in the module cache where PDFKit (found from pdfmake's
 * file `pdfmakeFile`) will require it. Left alone when png-js is loaded already or is
 * not where expected.
 */
export function readPngsByChunks(pdfmakeFile: string): void {
  if (done) return;
  done = true;
  replaceModule(pdfmakeFile, ['pdfkit'], 'png-js', (loadReal) =>
    chunkReadingPng(loadReal() as PngClass),
  );
}
