/**
 * Shaped words shared by every export in the process. PDFKit shapes each word
 * with fontkit (for measuring during layout and again for drawing) and caches the
 * result per document; a word's glyphs and advances in a face never change, so
 * every document of the process uses one cache per face. PDFKit only reads the
 * cached runs (glyph ids, advances, code points), so sharing them is safe; the
 * font subset of each document is still built from its own glyph ids.
 */

/** The part of a PDFKit font this module touches. */
export interface ShapingFont {
  /** PDFKit's per-document cache of shaped words; absent when caching is off. */
  layoutCache?: Record<string, unknown>;
}

const cacheByFace = new Map<string, Record<string, unknown>>();

/** Points the font's word cache at the process-wide cache of its face. */
export function shareShapedWords<T extends ShapingFont>(font: T, face: string): T {
  if (!font.layoutCache) return font;
  let cache = cacheByFace.get(face);
  if (!cache) cacheByFace.set(face, (cache = font.layoutCache));
  font.layoutCache = cache;
  return font;
}
