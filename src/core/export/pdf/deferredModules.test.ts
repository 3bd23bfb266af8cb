import { createRequire } from 'node:module';
import { brotliCompressSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { deferredModules } from './deferredModules.ts';
import './engine.ts';

const require = createRequire(import.meta.url);
const pdfkit = createRequire(require.resolve('pdfmake/js/PDFDocument.js')).resolve('pdfkit');
const fromPdfkit = createRequire(pdfkit);
const fromFontkit = createRequire(fromPdfkit.resolve('fontkit'));

describe('modules the PDF does not use, loaded when first used', () => {
  it('stand in for all four once the engine is loaded, none loaded yet', () => {
    expect([...deferredModules.keys()].sort()).toEqual([
      '@noble/ciphers/aes',
      '@noble/hashes/sha2',
      '@noble/hashes/utils',
      'brotli/decompress.js',
    ]);
    for (const state of deferredModules.values()) expect(state.loaded).toBe(false);
  });

  it('decodes Brotli through the stand-in, as fontkit would for a WOFF2 font', () => {
    const decompress = fromFontkit('brotli/decompress.js') as (
      data: Uint8Array,
      size?: number,
    ) => Uint8Array;
    const text = 'Rencana Induk Kota Cerdas Kabupaten Banyuwangi 2026–2030';
    const packed = brotliCompressSync(Buffer.from(text));
    expect(Buffer.from(decompress(packed)).toString()).toBe(text);
    expect(deferredModules.get('brotli/decompress.js')!.loaded).toBe(true);
  });

  it('hashes and enciphers through the stand-ins, as PDFKit would for an encrypted PDF', () => {
    const { sha256 } = fromPdfkit('@noble/hashes/sha2') as {
      sha256(data: Uint8Array): Uint8Array;
    };
    const { concatBytes } = fromPdfkit('@noble/hashes/utils') as {
      concatBytes(...parts: Uint8Array[]): Uint8Array;
    };
    const { cbc } = fromPdfkit('@noble/ciphers/aes') as {
      cbc(key: Uint8Array, iv: Uint8Array): { encrypt(data: Uint8Array): Uint8Array };
    };
    expect(Buffer.from(sha256(new TextEncoder().encode('abc'))).toString('hex')).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
    expect(concatBytes(new Uint8Array([1]), new Uint8Array([2]))).toEqual(new Uint8Array([1, 2]));
    const sealed = cbc(new Uint8Array(16), new Uint8Array(16)).encrypt(new Uint8Array(16));
    expect(sealed.length).toBe(32);
    for (const state of deferredModules.values()) expect(state.loaded).toBe(true);
  });
});
