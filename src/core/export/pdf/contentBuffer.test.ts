/**
 * Streams deflated on the thread pool are written as PDFKit would write them itself:
 * the same objects in the same order, whatever order the compressions finish in.
 */
import { createRequire } from 'node:module';
import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import {
  bufferContentStrings,
  compressInBackground,
  settle,
  yieldToCompression,
} from './contentBuffer.ts';

interface KitDocument {
  _root: object;
  addPage(): KitDocument;
  addContent(data: string): KitDocument;
  on(event: 'data', listener: (chunk: Uint8Array) => void): void;
  on(event: 'end', listener: () => void): void;
  end(): void;
}

const require = createRequire(import.meta.url);
const PDFDocument = require('pdfkit') as new (options: object) => KitDocument;

const CREATED = new Date('2026-11-22T09:00:00Z');

/** Programme rows as a page's text operators: pages of very different sizes. */
function pageContent(page: number): string[] {
  const rows = page % 3 === 0 ? 3000 : page % 3 === 1 ? 5 : 200;
  return Array.from(
    { length: rows },
    (_, row) =>
      `BT /F1 10 Tf 1 0 0 -1 72 ${100 + row} Tm (SG-${page}.${row} Penguatan Satu Data Kabupaten Semarang, Diskominfo, APBD 2027 Rp ${(row + 1) * 125_000_000}) Tj ET`,
  );
}

async function write(background: boolean): Promise<Buffer> {
  const doc = new PDFDocument({
    compress: true,
    autoFirstPage: false,
    info: { CreationDate: CREATED, Title: 'Rencana Induk Smart City' },
  });
  bufferContentStrings(doc._root);
  if (background) compressInBackground(doc);
  const chunks: Uint8Array[] = [];
  doc.on('data', (chunk) => chunks.push(Buffer.from(chunk)));
  const ended = new Promise<void>((resolve) => doc.on('end', resolve));
  for (let page = 0; page < 40; page++) {
    doc.addPage();
    for (const op of pageContent(page)) doc.addContent(op);
    if (background && page % 7 === 0) await yieldToCompression();
  }
  await settle(doc);
  doc.end();
  await ended;
  return Buffer.concat(chunks);
}

describe('compressing streams on the thread pool', () => {
  it('writes the same bytes as PDFKit compressing on the main thread', async () => {
    const synchronous = await write(false);
    const background = await write(true);
    expect(background.length).toBeGreaterThan(50_000);
    expect(background.equals(synchronous)).toBe(true);
  });

  it('writes every page’s content, deflated', async () => {
    const file = await write(true);
    const latin = file.toString('latin1');
    const streams = [...latin.matchAll(/\/FlateDecode\n>>\nstream\n/g)];
    expect(streams.length).toBeGreaterThanOrEqual(40);
    const texts = streams.map((m) => {
      const start = (m.index ?? 0) + m[0].length;
      return inflateSync(file.subarray(start, latin.indexOf('\nendstream', start))).toString(
        'latin1',
      );
    });
    expect(texts.join('\n')).toContain('SG-38.199 Penguatan Satu Data Kabupaten Semarang');
    expect(latin).toMatch(/%%EOF\n?$/);
  });
});
