/**
 * The Unicode tables decoded by Node against the packages' own decoders: what the line
 * breaker and fontkit's unicode-properties answer for every code point must not change.
 * A child process loads the packages as they are (no stand-ins) and prints the same digests.
 */
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import './engine.ts';
import { base64Bytes, inflateInto } from './nativeDecoding.ts';

const require = createRequire(import.meta.url);
const pdfmakeFile = require.resolve('pdfmake/js/PDFDocument.js');

/**
 * Digests of what both tables answer: unicode-properties for every code point, and the
 * line breaker's breaks in a text of every assigned-looking code point of the BMP, each
 * once between letters. Run as it is in a child process and here.
 */
const DIGESTS = `
const { createHash } = require('node:crypto');
const { createRequire } = require('node:module');
const fromPdfmake = createRequire(${JSON.stringify(pdfmakeFile)});
const fromPdfkit = createRequire(fromPdfmake.resolve('pdfkit'));
const fromFontkit = createRequire(fromPdfkit.resolve('fontkit'));
const props = fromFontkit('unicode-properties');
const p = props.default ?? props;
const hash = createHash('sha256');
for (let cp = 0; cp <= 0x10ffff; cp++)
  hash.update(p.getCategory(cp) + p.getScript(cp) + p.getCombiningClass(cp) + p.getEastAsianWidth(cp) + ';');
const LineBreaker = fromPdfmake('linebreak');
let text = '';
for (let cp = 0x20; cp < 0x10000; cp++) if (cp < 0xd800 || cp > 0xdfff) text += 'a' + String.fromCharCode(cp);
const breaker = new LineBreaker(text);
const breaks = [];
for (let b = breaker.nextBreak(); b; b = breaker.nextBreak()) breaks.push(b.position + (b.required ? 'r' : ''));
console.log(JSON.stringify({ properties: hash.digest('hex'), breaks: createHash('sha256').update(breaks.join(',')).digest('hex'), count: breaks.length }));
`;

describe('Unicode tables decoded by Node', () => {
  it('stands in for tiny-inflate and base64-js where the line breaker and fontkit require them', () => {
    const fromPdfmake = createRequire(pdfmakeFile);
    const fromLinebreak = createRequire(fromPdfmake.resolve('linebreak'));
    const fromTrie = createRequire(fromLinebreak.resolve('unicode-trie'));
    expect(fromTrie('tiny-inflate')).toBe(inflateInto);
    expect((fromLinebreak('base64-js') as { toByteArray: unknown }).toByteArray).toBe(base64Bytes);
  });

  it('answers for every code point as the packages’ own decoders do', () => {
    const theirs = JSON.parse(
      execFileSync(process.execPath, ['-e', DIGESTS], { encoding: 'utf8' }),
    ) as unknown;
    const ours = new Function(
      'require',
      `let out; const console = { log: (s) => { out = s; } }; ${DIGESTS}; return out;`,
    )(require) as string;
    expect(JSON.parse(ours)).toEqual(theirs);
    expect((theirs as { count: number }).count).toBeGreaterThan(50_000);
  }, 60_000);

  it('inflates and decodes as tiny-inflate and base64-js do, a short result cut to its length', () => {
    const bytes = Buffer.from('Rencana Induk Smart City Kabupaten Banyuwangi 2026–2030');
    const packed = deflateRawSync(bytes);
    expect(Buffer.from(inflateInto(packed, new Uint8Array(bytes.length))).equals(bytes)).toBe(true);
    const roomy = inflateInto(packed, new Uint8Array(bytes.length + 10));
    expect(roomy.length).toBe(bytes.length);
    expect(() => inflateInto(packed, new Uint8Array(4))).toThrow('Data error');
    const decoded = base64Bytes(bytes.toString('base64'));
    expect(decoded.byteOffset).toBe(0);
    expect(decoded.buffer.byteLength).toBe(bytes.length);
    expect(Buffer.from(decoded).equals(bytes)).toBe(true);
  });
});
