/**
 * The ZIP container of a .docx package, written with Node's zlib: XML parts
 * deflated, images (already compressed) stored. Entries carry a fixed date, so
 * exporting the same plan twice gives the same bytes.
 */
import { crc32, deflateRawSync } from 'node:zlib';

export interface PackageEntry {
  path: string;
  data: string | Uint8Array;
}

/**
 * Deflate level of the XML parts: zlib's default. On the large plan's 8.9 MB
 * document part, level 6 gives 0.34 MB in about 50 ms; level 9 saves 6 % more at
 * twice the time, level 3 takes a third of the time for a 27 % larger part.
 */
const DEFLATE_LEVEL = 6;

/** 1980-01-01 00:00 in MS-DOS form, the earliest date a ZIP entry can carry. */
const DOS_DATE = (0 << 9) | (1 << 5) | 1;
const DOS_TIME = 0;
/** Bit 11: the entry name is UTF-8. */
const UTF8_NAMES = 0x0800;
const STORE = 0;
const DEFLATE = 8;
const VERSION = 20;

interface Written {
  name: Buffer;
  method: number;
  crc: number;
  size: number;
  compressedSize: number;
  offset: number;
}

function localHeader(entry: Written): Buffer {
  const header = Buffer.alloc(30);
  header.writeUInt32LE(0x04034b50, 0);
  header.writeUInt16LE(VERSION, 4);
  header.writeUInt16LE(UTF8_NAMES, 6);
  header.writeUInt16LE(entry.method, 8);
  header.writeUInt16LE(DOS_TIME, 10);
  header.writeUInt16LE(DOS_DATE, 12);
  header.writeUInt32LE(entry.crc, 14);
  header.writeUInt32LE(entry.compressedSize, 18);
  header.writeUInt32LE(entry.size, 22);
  header.writeUInt16LE(entry.name.length, 26);
  header.writeUInt16LE(0, 28);
  return header;
}

function centralHeader(entry: Written): Buffer {
  const header = Buffer.alloc(46);
  header.writeUInt32LE(0x02014b50, 0);
  header.writeUInt16LE(VERSION, 4);
  header.writeUInt16LE(VERSION, 6);
  header.writeUInt16LE(UTF8_NAMES, 8);
  header.writeUInt16LE(entry.method, 10);
  header.writeUInt16LE(DOS_TIME, 12);
  header.writeUInt16LE(DOS_DATE, 14);
  header.writeUInt32LE(entry.crc, 16);
  header.writeUInt32LE(entry.compressedSize, 20);
  header.writeUInt32LE(entry.size, 24);
  header.writeUInt16LE(entry.name.length, 28);
  // Extra field, comment, disk number, internal and external attributes stay 0.
  header.writeUInt32LE(entry.offset, 42);
  return header;
}

function endOfDirectory(count: number, size: number, offset: number): Buffer {
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(count, 8);
  end.writeUInt16LE(count, 10);
  end.writeUInt32LE(size, 12);
  end.writeUInt32LE(offset, 16);
  return end;
}

/** The ZIP file of `entries`, in their order; text is written as UTF-8. */
export function zipPackage(entries: readonly PackageEntry[]): Uint8Array {
  const chunks: Buffer[] = [];
  const written: Written[] = [];
  let offset = 0;
  for (const { path, data } of entries) {
    const text = typeof data === 'string';
    const bytes = text ? Buffer.from(data, 'utf8') : data;
    const body = text
      ? deflateRawSync(bytes, { level: DEFLATE_LEVEL })
      : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const entry: Written = {
      name: Buffer.from(path, 'utf8'),
      method: text ? DEFLATE : STORE,
      crc: crc32(bytes),
      size: bytes.length,
      compressedSize: body.length,
      offset,
    };
    const header = localHeader(entry);
    chunks.push(header, entry.name, body);
    offset += header.length + entry.name.length + body.length;
    written.push(entry);
  }
  const directoryStart = offset;
  for (const entry of written) chunks.push(centralHeader(entry), entry.name);
  const directorySize = chunks
    .slice(written.length * 3)
    .reduce((sum, chunk) => sum + chunk.length, 0);
  chunks.push(endOfDirectory(written.length, directorySize, directoryStart));
  return new Uint8Array(Buffer.concat(chunks));
}
