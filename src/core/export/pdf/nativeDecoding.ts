/**
 * The Unicode tables of the line breaker (linebreak) and of fontkit (unicode-properties,
 * unicode-trie) decoded by Node instead of JavaScript. Each package ships its table as
 * base64 text that is deflated twice; as they load, base64-js decodes the text and
 * tiny-inflate, a deflate decoder written in JavaScript, unpacks it twice: about 30 ms of
 * every first PDF export. Node's Buffer and zlib give the same bytes (nativeDecoding.test.ts
 * compares them on each package's own table). Both are put in the module cache where those
 * packages require them (moduleCache.ts).
 */
import { inflateRawSync } from 'node:zlib';
import { replaceModule } from './moduleCache.ts';

/** tiny-inflate: raw deflate `source` into `dest`, returning `dest` (cut to the bytes written). */
export function inflateInto(source: Uint8Array, dest: Uint8Array): Uint8Array {
  const out = inflateRawSync(source);
  if (out.length > dest.length) throw new Error('Data error'); // tiny-inflate would overrun
  dest.set(out);
  return out.length < dest.length ? dest.slice(0, out.length) : dest;
}

/** base64-js's toByteArray: a Uint8Array of its own (unicode-trie reads it from offset 0). */
export function base64Bytes(text: string): Uint8Array {
  return new Uint8Array(Buffer.from(text, 'base64'));
}

let done = false;

/** Puts both in the module cache, as pdfmake's line breaker and PDFKit's fontkit require them. */
export function decodeTablesNatively(pdfmakeFile: string): void {
  if (done) return;
  done = true;
  for (const from of [
    ['linebreak', 'unicode-trie'],
    ['pdfkit', 'fontkit', 'unicode-trie'],
  ])
    replaceModule(pdfmakeFile, from, 'tiny-inflate', () => inflateInto);
  for (const from of [['linebreak'], ['pdfkit', 'fontkit', 'unicode-properties']])
    replaceModule(pdfmakeFile, from, 'base64-js', (loadReal) => ({
      ...(loadReal() as object),
      toByteArray: base64Bytes,
    }));
}
