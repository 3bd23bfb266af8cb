/**
 * Shaped words shared by every export in the process. PDFKit shapes each word
 * with fontkit (for measuring during layout and again for drawing) and caches the
 * result per document; a word's glyphs and advances in a face never change, so
 * every document of the process uses one cache per face. PDFKit only reads the
 * cached runs (glyphs, positions and the total advance), so sharing them is safe,
 * and only those are kept; the font subset of each document is still built from
 * its own glyph ids.
 *
 * Widths are kept too: pdfmake measures every word, and PDFKit answers by splitting
 * the text at spaces, finding each piece's shaped run and summing its glyph advances
 * again. The width of a text without font features is the same every time, so it is
 * remembered per face (in PDFKit's units, per 1000 of the type size).
 */

import { type FontkitFont, type PairShaper, pairShaper } from './pairShaping.ts';
import { knownPairs, type PairTableFile } from './pairTables.ts';

/** A shaped word as PDFKit reads it back from its cache. */
interface ShapedWord {
  glyphs: unknown[];
  positions: unknown[];
  advanceWidth: number;
}

/** The part of a PDFKit font this module touches. */
export interface ShapingFont {
  /** The fontkit font PDFKit shapes with, and its scale from font units to thousandths of the size. */
  font?: FontkitFont;
  scale?: number;
  /** PDFKit's per-document cache of shaped words; absent when caching is off. */
  layoutCache?: Record<string, ShapedWord | undefined>;
  /** Shapes a word with fontkit (a GlyphRun, whose advanceWidth sums its glyphs on every read). */
  layoutRun(text: string): ShapedWord;
  layoutCached(text: string): ShapedWord;
  widthOfString(text: string, size: number, features?: unknown): number;
}

interface FaceCaches {
  shaped: Record<string, ShapedWord | undefined>;
  widths: Map<string, number>;
}

/**
 * A word shaped from its characters and pairs (pairShaping.ts), scaled as PDFKit's
 * `layoutRun` scales fontkit's run; undefined when fontkit has to shape it.
 */
function shapeByPairs(
  shaper: PairShaper | undefined,
  scale: number,
  text: string,
): ShapedWord | undefined {
  const run = shaper?.shape(text);
  if (!run) return undefined;
  let advanceWidth = 0;
  const positions = run.positions.map((position, i) => {
    const scaled = {
      xAdvance: position.xAdvance * scale,
      yAdvance: position.yAdvance * scale,
      xOffset: position.xOffset * scale,
      yOffset: position.yOffset * scale,
      advanceWidth: run.glyphs[i]!.advanceWidth * scale,
    };
    // As fontkit's GlyphRun sums it, after PDFKit scaled the positions.
    advanceWidth += scaled.xAdvance;
    return scaled;
  });
  return { glyphs: run.glyphs, positions, advanceWidth };
}

const cachesByFace = new Map<string, FaceCaches>();
/** Fonts already pointed at their face's caches (pdfmake asks for a font once per word). */
const shared = new WeakSet<ShapingFont>();
/** Widths remembered per face at most; past this a face's widths start afresh. */
const MAX_WIDTHS = 200_000;

/**
 * Points the font's word cache at the process-wide cache of its face and remembers widths.
 * With the face's pair table, new words are shaped without asking fontkit about the table's characters.
 */
export function shareShapedWords<T extends ShapingFont>(
  font: T,
  face: string,
  table?: PairTableFile,
): T {
  if (!font.layoutCache || shared.has(font)) return font;
  shared.add(font);
  let caches = cachesByFace.get(face);
  if (!caches) cachesByFace.set(face, (caches = { shaped: font.layoutCache, widths: new Map() }));
  const shaped = caches.shaped;
  font.layoutCache = shaped;
  const shaper =
    font.font && font.scale !== undefined
      ? pairShaper(font.font, table && knownPairs(table, font.font))
      : undefined;
  const scale = font.scale ?? 1;
  // Only what PDFKit reads of a run is kept, with its width summed once.
  font.layoutCached = (text) => {
    let word = shaped[text];
    if (!word) {
      word = shapeByPairs(shaper, scale, text);
      if (!word) {
        const run = font.layoutRun(text);
        word = { glyphs: run.glyphs, positions: run.positions, advanceWidth: run.advanceWidth };
      }
      shaped[text] = word;
    }
    return word;
  };
  const { widths } = caches;
  const measure = font.widthOfString.bind(font);
  font.widthOfString = (text, size, features) => {
    if (features) return measure(text, size, features);
    let width = widths.get(text);
    if (width === undefined) {
      if (widths.size >= MAX_WIDTHS) widths.clear();
      width = measure(text, 1000);
      widths.set(text, width);
    }
    return width * (size / 1000); // as PDFKit computes it, to the last bit
  };
  return font;
}
