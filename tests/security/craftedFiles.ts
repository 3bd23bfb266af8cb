/**
 * Hostile files made byte by byte for the security tests: a PNG whose header announces far more
 * pixels than its few bytes could honestly hold (a decompression bomb), and a ZIP whose single
 * entry inflates to gigabytes (a zip bomb), both cheap to build and to keep in memory.
 */
import { crc32, deflateRawSync, deflateSync } from 'node:zlib';

function chunk(type: string, body: Uint8Array): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(body.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), body])) >>> 0, 0);
  return Buffer.concat([head, body, crc]);
}

/**
 * A well-formed PNG (signature, IHDR, IDAT, IEND, correct CRCs) of `width` × `height` RGBA pixels
 * whose IDAT holds the zlib stream of `rows` rows of zeros: with a huge IHDR and few rows it is a
 * decompression bomb; with rows = height it is an honest (blank) image.
 */
export function craftedPng(width: number, height: number, rows = Math.min(height, 4)): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // RGBA
  const raw = Buffer.alloc(Math.min(rows * (width * 4 + 1), 64 * 1024 * 1024));
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', new Uint8Array()),
  ]);
}

/**
 * A ZIP archive with one entry named `name` whose deflated data expands to `expandedMB`
 * megabytes of zeros (the header declares the full size), plus its central directory.
 */
export function zipBomb(name = 'proyek.json', expandedMB = 64): Buffer {
  const expanded = Buffer.alloc(expandedMB * 1024 * 1024);
  const data = deflateRawSync(expanded, { level: 9 });
  const fileName = Buffer.from(name, 'latin1');
  const crc = crc32(expanded) >>> 0;
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt16LE(8, 8); // deflate
  local.writeUInt32LE(crc, 14);
  local.writeUInt32LE(data.length, 18);
  local.writeUInt32LE(expanded.length, 22);
  local.writeUInt16LE(fileName.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(20, 4);
  central.writeUInt16LE(20, 6);
  central.writeUInt16LE(8, 10);
  central.writeUInt32LE(crc, 16);
  central.writeUInt32LE(data.length, 20);
  central.writeUInt32LE(expanded.length, 24);
  central.writeUInt16LE(fileName.length, 28);
  const centralOffset = local.length + fileName.length + data.length;
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(central.length + fileName.length, 12);
  end.writeUInt32LE(centralOffset, 16);
  return Buffer.concat([local, fileName, data, central, fileName, end]);
}
