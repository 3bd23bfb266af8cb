/**
 * The shipped pair tables say what fontkit says, for the very font files that ship,
 * and a shaper given one shapes words as fontkit does without asking it about them.
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { type FontkitFont, type FontkitRun, pairShaper } from './pairShaping.ts';
import {
  computePairTable,
  knownPairs,
  pairTableFits,
  pairTablePath,
  readPairTable,
  shippedPairTable,
} from './pairTables.ts';

const pdfkitRequire = createRequire(createRequire(import.meta.url).resolve('pdfkit'));
const fontkit = pdfkitRequire('fontkit') as { create(buffer: Buffer): FontkitFont };
const FONT_DIR = fileURLToPath(new URL('./fonts/', import.meta.url));
const FACES = readdirSync(FONT_DIR).filter((name) => /\.(ttf|otf)$/.test(name));

/** Words of a plan as PDFKit measures them, in the table's characters only. */
const WORDS = [
  'Rencana Induk (Masterplan) Smart City Kabupaten Banyuwangi 2026–2030 menetapkan',
  '“Banyuwangi Smart Kampung” sebagai program unggulan; Dinas Komunikasi, Informatika',
  'dan Persandian (Diskominfo) bertanggung jawab atas SPBE. Anggaran: Rp 1.250.000.000,00',
  '(APBD 2027) — 35% dari total; indeks SPBE ≥ 3,5. AV, Tahun, T., Y., L’Avenir, Wi-Fi,',
  'e-KTP, 1/2, ½, 10°C, km², No. 15/2026, 08.00–16.00 WIB; • … ‰ € © ® ™ § café naïve',
  'To Ty Yo P. Vä ‘Wa’ «Ty» 7/8 11.11 (1) [2] {3} 45–67 100%',
]
  .join(' ')
  .split(/(?<= )/);

/** The font, counting the times fontkit is asked to shape. */
function watchedFont(font: FontkitFont): { watched: FontkitFont; asked: () => number } {
  let asked = 0;
  const watched: FontkitFont = {
    glyphForCodePoint: (codePoint) => font.glyphForCodePoint(codePoint),
    layout: (...args) => {
      asked++;
      return font.layout(...args);
    },
  };
  return { watched, asked: () => asked };
}

/** Glyph ids and positions of a shaped word: glyphs hold their font, which is not compared. */
function shown(run: FontkitRun | undefined): { ids: number[]; positions: unknown[] } | undefined {
  return run && { ids: run.glyphs.map((glyph) => glyph.id), positions: run.positions };
}

function fontOf(face: string): { font: FontkitFont; bytes: Buffer } {
  const bytes = readFileSync(`${FONT_DIR}${face}`);
  return { font: fontkit.create(bytes), bytes };
}

describe('pair tables', () => {
  it.each(FACES)('ships the table fontkit gives for %s', (face) => {
    const { font, bytes } = fontOf(face);
    const shipped = shippedPairTable(face, bytes);
    // Missing or stale: run `npm run fonts:pairs` after changing a font.
    expect(shipped, `${face}: npm run fonts:pairs`).toBeDefined();
    expect(shipped).toEqual(computePairTable(font, face, bytes));
  });

  it('leaves characters outside the table to fontkit, with the same result', () => {
    const face = 'LiberationSerif-Regular.ttf';
    const { font, bytes } = fontOf(face);
    const { watched, asked } = watchedFont(font);
    const withTable = pairShaper(watched, knownPairs(shippedPairTable(face, bytes)!, watched));
    const live = pairShaper(fontOf(face).font);
    // Latin Extended-A, Greek, a combining mark, a soft hyphen: beyond the table's set.
    for (const word of ['İstanbul ', 'Łódź ', 'Ωmega ', 'αβγ ', 'cafe\u0301 ', 'pe\u00ADrencanaan'])
      expect(shown(withTable.shape(word)), word).toEqual(shown(live.shape(word)));
    expect(asked()).toBeGreaterThan(0);
  });

  it('reads a damaged or foreign table file as no table, so the export goes on without it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rencana-pairs-'));
    try {
      const write = (name: string, text: string): string => {
        writeFileSync(join(dir, name), text);
        return join(dir, name);
      };
      const face = 'LiberationSans-Regular.ttf';
      const good = readFileSync(pairTablePath(face), 'utf8');
      expect(readPairTable(write('good.json', good))).toEqual(JSON.parse(good));
      expect(readPairTable(write('cut.json', good.slice(0, good.length / 2)))).toBeNull();
      expect(
        readPairTable(write('old.json', good.replace('"version":2', '"version":1'))),
      ).toBeNull();
      expect(
        readPairTable(
          write(
            'wrong.json',
            '{"version":2,"sha256":"x","fontkit":"2.0.4","scripts":{},"tags":{"latn":{}}}',
          ),
        ),
      ).toBeNull();
      expect(readPairTable(join(dir, 'missing.json'))).toBeNull();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('is not used for a font file with other bytes, nor with another fontkit', () => {
    const other = readFileSync(`${FONT_DIR}LiberationSans-Bold.ttf`);
    expect(shippedPairTable('LiberationSans-Regular.ttf', other)).toBeUndefined();
    const { bytes } = fontOf('LiberationSans-Regular.ttf');
    const table = shippedPairTable('LiberationSans-Regular.ttf', bytes)!;
    expect(pairTableFits(table, bytes)).toBe(true);
    expect(pairTableFits({ ...table, fontkit: '1.9.0' }, bytes)).toBe(false);
    expect(pairTableFits(table, other)).toBe(false);
  });

  it.each(FACES)('lets the shaper give fontkit’s words in %s without asking fontkit', (face) => {
    const { font, bytes } = fontOf(face);
    const table = shippedPairTable(face, bytes)!;
    const { watched, asked } = watchedFont(font);
    const withTable = pairShaper(watched, knownPairs(table, watched));
    const live = pairShaper(fontOf(face).font);
    const reference = fontOf(face).font;
    let shaped = 0;
    for (const word of WORDS) {
      const ours = withTable.shape(word);
      expect(shown(ours), word).toEqual(shown(live.shape(word)));
      if (!ours) continue;
      shaped++;
      const theirs = reference.layout(word);
      expect(
        ours.glyphs.map((glyph) => glyph.id),
        word,
      ).toEqual(theirs.glyphs.map((glyph) => glyph.id));
      expect(
        ours.positions.map((position) => position.xAdvance),
        word,
      ).toEqual(theirs.positions.map((position) => position.xAdvance));
    }
    expect(shaped).toBeGreaterThan(WORDS.length * 0.9);
    expect(asked()).toBe(0);
  });
});
