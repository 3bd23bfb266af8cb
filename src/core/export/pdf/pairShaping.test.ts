/**
 * Words put together from fontkit's shaping of single characters and pairs must be
 * exactly what fontkit gives for the whole word, in every shipped face; words that
 * pairs cannot describe are left to fontkit.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { type FontkitFont, pairShaper } from './pairShaping.ts';

const require = createRequire(import.meta.url);
const fontkit = require('fontkit') as { create(buffer: Buffer): FontkitFont };
const FONT_DIR = fileURLToPath(new URL('./fonts/', import.meta.url));
const FACES = readdirSync(FONT_DIR).filter((name) => /\.(ttf|otf)$/.test(name));

/** Text of a master plan, split as PDFKit splits it (each word with its trailing space). */
const TEXT = [
  'Rencana Induk (Masterplan) Smart City Kabupaten Banyuwangi 2026–2030 menetapkan',
  '“Banyuwangi Smart Kampung” sebagai program unggulan; Dinas Komunikasi, Informatika',
  'dan Persandian (Diskominfo) bertanggung jawab atas SPBE, Satu Data Indonesia, dan',
  'command center. Anggaran: Rp 1.250.000.000,00 (APBD 2027) — 35% dari total; target',
  'indeks SPBE ≥ 3,5. Tabel 4.2, Gambar 2.1, BAB IV, Lampiran 1; AV, Tahun, T., Y.,',
  'L’Avenir, Wi-Fi, e-KTP, QR, 1/2, ½, 10°C, km², No. 15/2026, 08.00–16.00 WIB, Jl.',
  'Jend. Ahmad Yani; Bapak/Ibu; « » ‹ › • … ‰ € £ ¥ © ® ™ § ¶ † ‡ fi fl ffi ff office',
  'café résumé naïve Äpfel Øresund Ærø œuvre Straße İstanbul ĳssel Łódź',
].join(' ');
const WORDS = TEXT.split(/(?<= )/);

describe('shaping words from single characters and pairs', () => {
  it.each(FACES)('gives fontkit’s glyphs and advances in %s', (face) => {
    const font = fontkit.create(readFileSync(`${FONT_DIR}${face}`));
    const shaper = pairShaper(font);
    let shaped = 0;
    for (const word of WORDS) {
      const ours = shaper.shape(word);
      if (!ours) continue;
      shaped++;
      const theirs = font.layout(word);
      expect(
        ours.glyphs.map((g) => g.id),
        word,
      ).toEqual(theirs.glyphs.map((g) => g.id));
      expect(ours.positions, word).toEqual(
        theirs.positions.map(({ xAdvance, yAdvance, xOffset, yOffset }) => ({
          xAdvance,
          yAdvance,
          xOffset,
          yOffset,
        })),
      );
    }
    // Most words of a plan take the short way.
    expect(shaped).toBeGreaterThan(WORDS.length * 0.8);
  });

  it('leaves ligatures, marks and missing glyphs to fontkit', () => {
    const bonum = pairShaper(fontkit.create(readFileSync(`${FONT_DIR}texgyrebonum-regular.otf`)));
    expect(bonum.shape('office ')).toBeUndefined(); // ffi ligature
    const serif = pairShaper(
      fontkit.create(readFileSync(`${FONT_DIR}LiberationSerif-Regular.ttf`)),
    );
    expect(serif.shape('cafe\u0301 ')).toBeUndefined(); // combining acute
    expect(serif.shape('\u{1F600}')).toBeUndefined(); // no glyph
    expect(serif.shape('pe\u00ADrencanaan')).toBeUndefined(); // soft hyphen, hidden by fontkit
    expect(serif.shape('')).toBeUndefined();
    expect(serif.shape('Tahun ')).toBeDefined();
  });
});
