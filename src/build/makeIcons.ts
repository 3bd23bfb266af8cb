/**
 * `npm run icons`: renders the app icon (src/renderer/public/icon.svg, the one drawing) to the
 * PNG and ICO files electron-builder and the window need, in build/. The results are committed,
 * so packaging never depends on this step.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Resvg } from '@resvg/resvg-js';

const SOURCE = fileURLToPath(new URL('../renderer/public/icon.svg', import.meta.url));
const BUILD = fileURLToPath(new URL('../../build/', import.meta.url));
const LINUX_SIZES = [16, 32, 48, 64, 128, 256, 512];
const ICO_SIZES = [16, 24, 32, 48, 64, 128, 256];

/** The icon as PNG bytes at `size` pixels. */
export function renderIcon(svg: string, size: number): Buffer {
  return Buffer.from(new Resvg(svg, { fitTo: { mode: 'width', value: size } }).render().asPng());
}

/** A Windows ICO holding PNG images (supported since Windows Vista). */
export function icoFromPngs(images: { size: number; png: Buffer }[]): Buffer {
  const header = Buffer.alloc(6);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2);
  header.writeUInt16LE(images.length, 4);
  let offset = 6 + 16 * images.length;
  const entries = images.map(({ size, png }) => {
    const entry = Buffer.alloc(16);
    entry.writeUInt8(size >= 256 ? 0 : size, 0);
    entry.writeUInt8(size >= 256 ? 0 : size, 1);
    entry.writeUInt16LE(1, 4);
    entry.writeUInt16LE(32, 6);
    entry.writeUInt32LE(png.length, 8);
    entry.writeUInt32LE(offset, 12);
    offset += png.length;
    return entry;
  });
  return Buffer.concat([header, ...entries, ...images.map((i) => i.png)]);
}

function main(): void {
  const svg = readFileSync(SOURCE, 'utf8');
  mkdirSync(`${BUILD}icons`, { recursive: true });
  writeFileSync(`${BUILD}icon.png`, renderIcon(svg, 1024));
  for (const size of LINUX_SIZES)
    writeFileSync(`${BUILD}icons/${size}x${size}.png`, renderIcon(svg, size));
  writeFileSync(
    `${BUILD}icon.ico`,
    icoFromPngs(ICO_SIZES.map((size) => ({ size, png: renderIcon(svg, size) }))),
  );
  console.log(`Ikon ditulis ke ${BUILD}`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
