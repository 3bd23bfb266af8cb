/**
 * The content buffer against PDFKit's own writing: the same bytes for the same operator
 * strings and byte chunks, across the growth of its buffer, deflated or not.
 */
import { deflateSync, inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { bufferContentStrings } from './contentBuffer.ts';

/**
 * A stand-in for PDFKit's PDFReference: write() as pdfkit 0.19 has it, finalize() deflating
 * as it does; `written` is what a reader gets back.
 */
class Reference {
  data: { Length?: number; Filter?: string } = {};
  uncompressedLength = 0;
  buffer: Uint8Array[] = [];
  written = Buffer.alloc(0);
  constructor(public compress: boolean) {}
  write(chunk: Uint8Array | string): void {
    const bytes = chunk instanceof Uint8Array ? chunk : Buffer.from(`${chunk}\n`, 'binary');
    this.uncompressedLength += bytes.length;
    this.data.Length = (this.data.Length ?? 0) + bytes.length;
    this.buffer.push(bytes);
    if (this.compress) this.data.Filter = 'FlateDecode';
  }
  finalize(): void {
    let all = Buffer.concat(this.buffer);
    if (this.compress) all = deflateSync(all);
    this.written = this.data.Filter === 'FlateDecode' ? inflateSync(all) : all;
  }
}

/** Operators of a long page: short and long strings, glyph bytes of every value, a chunk of bytes. */
function writes(): (string | Uint8Array)[] {
  const out: (string | Uint8Array)[] = ['BT', '/F1 10.5 Tf'];
  for (let i = 0; i < 3000; i++) {
    const glyphs = String.fromCharCode(i % 256, (i * 7) % 256, 0x28, 0x5c);
    out.push(`1 0 0 -1 ${72 + (i % 400) / 3} ${700 - i / 7} Tm`, `[(${glyphs}) -116.53] TJ`);
    if (i % 500 === 0) out.push('');
    if (i === 1700) out.push(new Uint8Array([0, 1, 2, 255, 10]), 'x'.repeat(40_000));
  }
  out.push('ET');
  return out;
}

function written(compress: boolean, patched: boolean): Reference {
  class Patched extends Reference {}
  if (patched) bufferContentStrings(new Patched(compress));
  const ref = new Patched(compress);
  for (const chunk of writes()) ref.write(chunk);
  ref.finalize();
  return ref;
}

describe('page content written into one buffer', () => {
  it('writes the bytes PDFKit writes, and counts them as it does', () => {
    const ours = written(false, true);
    const pdfkit = written(false, false);
    expect(ours.written.length).toBeGreaterThan(100_000);
    expect(ours.written.equals(pdfkit.written)).toBe(true);
    expect(ours.data.Length).toBe(pdfkit.data.Length);
    expect(ours.uncompressedLength).toBe(pdfkit.uncompressedLength);
  });

  it('deflates page content to the same bytes once inflated', () => {
    const ours = written(true, true);
    expect(ours.data.Filter).toBe('FlateDecode');
    expect(ours.written.equals(written(false, false).written)).toBe(true);
  });
});
