/**
 * The line drawer against what it replaces: the fixture (justified prose, bold and
 * italic runs, links, footnote markers, tables, landscape pages) rendered once with
 * lineDrawer.ts and once with pdfmake's own per-word drawing must put every word in
 * the same box and every link on the same rectangle, with far fewer text objects.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { fixtureDocument } from './testFixture.ts';
import { inflatedStreams, removeTempPdfs, writeTempPdf } from './testPoppler.ts';

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
  return { words, linkRects, textObjects, fontsSet, coloursSet };
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
