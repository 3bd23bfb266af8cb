/**
 * The line drawer against what it replaces: the fixture (justified prose, bold and
 * italic runs, links, footnote markers, tables, landscape pages) rendered once with
 * lineDrawer.ts and once with pdfmake's own per-word drawing must put every word in
 * the same box and every link on the same rectangle, and draw the same pixels, with far
 * fewer text objects.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { LayoutDocument } from '../../layout/model.ts';
import { literalGlyphs } from './lineDrawer.ts';
import { fixtureDocument } from './testFixture.ts';
import { inflatedStreams, pagePixels, removeTempPdfs, writeTempPdf } from './testPoppler.ts';

interface Rendered {
  /** Every word pdftotext finds, with its box rounded to 1/100 pt, page by page. */
  words: string[];
  /** The rectangles of the link annotations, in file order. */
  linkRects: string[];
  /** Text objects (BT operators) in all content streams. */
  textObjects: number;
  /** Fonts (Tf) and fill colours (scn) set in all content streams. */
  fontsSet: number;
  coloursSet: number;
  /** Every page drawn by pdftoppm. */
  pages: Buffer[];
}

async function render(): Promise<Rendered> {
  vi.resetModules();
  const { renderPdf } = await import('./index.ts');
  const file = writeTempPdf(await renderPdf(fixtureDocument()));
  const html = execFileSync('pdftotext', ['-bbox', file, '-'], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const words = [...html.matchAll(/<(page|word)([^>]*)>([^<]*)/g)].map(([, tag, attrs, text]) =>
    tag === 'page'
      ? 'page'
      : `${(attrs ?? '').replace(/\d+\.\d+/g, (n) => Number(n).toFixed(2))} ${text ?? ''}`,
  );
  const raw = readFileSync(file);
  const latin = raw.toString('latin1');
  const linkRects = [...latin.matchAll(/\/Subtype \/Link[^]*?\/Rect \[([^\]]*)\]/g)].map(
    (m) => m[1] ?? '',
  );
  let textObjects = 0;
  let fontsSet = 0;
  let coloursSet = 0;
  for (const content of inflatedStreams(raw)) {
    textObjects += content.match(/^BT$/gm)?.length ?? 0;
    fontsSet += content.match(/ Tf$/gm)?.length ?? 0;
    coloursSet += content.match(/ scn$/gm)?.length ?? 0;
  }
  return { words, linkRects, textObjects, fontsSet, coloursSet, pages: pagePixels(file, 100) };
}

let ours: Rendered;
let pdfmakes: Rendered;

beforeAll(async () => {
  ours = await render();
  vi.doMock('./lineDrawer.ts', () => ({ drawLinesWhole: () => undefined }));
  pdfmakes = await render();
  vi.doUnmock('./lineDrawer.ts');
}, 60_000);

afterAll(removeTempPdfs);

describe('drawing lines as one text object each', () => {
  it('puts every word where pdfmake drew it', () => {
    expect(ours.words.length).toBeGreaterThan(1000);
    expect(ours.words).toEqual(pdfmakes.words);
  });

  it('draws every page as pdfmake does, pixel for pixel (colours, links, footnote markers)', () => {
    expect(ours.pages.length).toBeGreaterThan(3);
    expect(ours.pages.length).toBe(pdfmakes.pages.length);
    ours.pages.forEach((page, index) =>
      expect(page.equals(pdfmakes.pages[index]!), `halaman ${index + 1}`).toBe(true),
    );
  });

  it('keeps every link on the same rectangle', () => {
    expect(ours.linkRects.length).toBeGreaterThan(0);
    expect(ours.linkRects).toEqual(pdfmakes.linkRects);
  });

  it('writes a text object per line, not per word', () => {
    expect(ours.textObjects).toBeGreaterThan(0);
    expect(ours.textObjects * 3).toBeLessThan(pdfmakes.textObjects);
  });

  it('sets the font and colour when they change, not for every line', () => {
    expect(ours.fontsSet).toBeGreaterThan(0);
    expect(ours.fontsSet * 2).toBeLessThan(ours.textObjects);
    expect(ours.coloursSet * 2).toBeLessThan(ours.textObjects);
  });
});

/**
 * Words of every printable character of Latin-1 and Latin Extended-A, eight to a word: with
 * over 300 glyphs in the subset, the glyph ids include each byte a literal string must
 * escape (`(` 0x28, `)` 0x29, `\\` 0x5C, a carriage return 0x0D), as high and as low bytes.
 */
function manyGlyphWords(): string[] {
  const chars: string[] = [];
  for (let code = 0x21; code <= 0x17f; code++) {
    if (code >= 0x7f && code <= 0xa0) continue; // control characters and the no-break space
    if (code === 0xad) continue; // the soft hyphen is not printed
    chars.push(String.fromCharCode(code));
  }
  const words: string[] = [];
  for (let i = 0; i < chars.length; i += 8) words.push(chars.slice(i, i + 8).join(''));
  return words;
}

describe('glyph ids as literal strings', () => {
  it('writes each glyph id as two bytes, escaping what a literal string must', () => {
    expect(literalGlyphs('00410042')).toBe('\0A\0B');
    expect(literalGlyphs('00280029')).toBe('\0\\(\0\\)');
    expect(literalGlyphs('005c000d')).toBe('\0\\\\\0\\r');
    expect(literalGlyphs('280d5c0a')).toBe('\\(\\r\\\\\n');
  });

  it('reads back every glyph of a text that uses over 300 of them', async () => {
    const words = manyGlyphWords();
    const base = fixtureDocument();
    const doc: LayoutDocument = {
      ...base,
      sections: [
        {
          orientation: 'portrait',
          numbering: 'arabic',
          restartNumbering: true,
          headerFooter: false,
          blocks: [
            { kind: 'paragraph', style: 'body', runs: [{ text: words.join(' ') }] },
            { kind: 'paragraph', style: 'body', runs: [{ text: words.join(' '), bold: true }] },
          ],
        },
      ],
    };
    vi.resetModules();
    const { renderPdf } = await import('./index.ts');
    const file = writeTempPdf(await renderPdf(doc));
    const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' });
    const printed = text.split(/\s+/).filter(Boolean);
    const regular = printed.slice(0, words.length);
    const bold = printed.slice(words.length, 2 * words.length);
    expect(regular).toEqual(words);
    expect(bold).toEqual(words);
    // The test means something only if the subsets reach those ids.
    const content = inflatedStreams(readFileSync(file)).join('\n');
    expect(content).toMatch(/\(([^()\\]|\\.)*\\\)/);
    expect(content).toMatch(/\\r/);
  }, 60_000);
});
