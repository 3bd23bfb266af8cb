/**
 * A part deflated while it is written is the same text, to the byte, as the part
 * written whole: several blocks, characters of every UTF-8 length, and a plan's
 * worth of text.
 */
import { crc32, inflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { DeflatingText } from './zip.ts';

/** About 3 MB of body XML: more than two blocks, with text outside ASCII. */
function bodyPieces(): string[] {
  return Array.from(
    { length: 20_000 },
    (_, i) =>
      `<w:p><w:r><w:t xml:space="preserve">Paragraf ${i}: Rp${(i * 1_250_000).toLocaleString('id-ID')} – ` +
      `Smart Governance ${i % 7 === 0 ? 'é ² 🙂 ' : ''}di Kabupaten Sleman, tahun 2026–2030.</w:t></w:r></w:p>`,
  );
}

async function deflatedPart(pieces: readonly string[]) {
  const part = new DeflatingText();
  for (const piece of pieces) part.write(piece);
  return part.end();
}

describe('DeflatingText', () => {
  it('inflates to the text written, with its CRC and size', async () => {
    const pieces = bodyPieces();
    const text = pieces.join('');
    expect(text.length).toBeGreaterThan(2 * (1 << 20));
    const whole = Buffer.from(text, 'utf8');
    const part = await deflatedPart(pieces);
    expect(inflateRawSync(part.deflated).equals(whole)).toBe(true);
    expect(part.size).toBe(whole.length);
    expect(part.crc).toBe(crc32(whole));
  });

  it('gives the same bytes for the same text', async () => {
    const pieces = bodyPieces();
    const [first, second] = await Promise.all([deflatedPart(pieces), deflatedPart(pieces)]);
    expect(Buffer.from(first.deflated).equals(Buffer.from(second.deflated))).toBe(true);
  });

  it('writes a part with no text as an empty deflate stream', async () => {
    const part = await deflatedPart([]);
    expect(inflateRawSync(part.deflated).length).toBe(0);
    expect(part).toMatchObject({ size: 0, crc: 0 });
  });
});
