/**
 * Shaping a word from what fontkit says of its glyphs one and two at a time.
 *
 * fontkit shapes every new word through the whole OpenType machinery (script and
 * feature selection, every GSUB and GPOS lookup); on a long plan that is about 7,000
 * distinct words per face and half a second of an export. For the text of a master
 * plan (Latin letters, digits, punctuation) what shaping does is per pair: each
 * glyph's advance plus the kerning between it and the next. So each character is
 * shaped once on its own and each pair of neighbours once, with fontkit and in the
 * word's script, and a word is put together from those, which is what fontkit would
 * have given. A word is left to fontkit whenever that is not sure: a character that
 * shaping changes on its own (another glyph, an offset), a pair that becomes one glyph
 * (a ligature) or moves its second glyph, marks and other characters that are not
 * plainly spaced, characters without a glyph.
 *
 * The words of every plan in templates/examples and the benchmark's plans give
 * fontkit's glyphs and advances exactly, in every shipped face (pairShaping.test.ts).
 */
import { createRequire } from 'node:module';

/** A fontkit glyph, as PDFKit reads it. */
export interface FontkitGlyph {
  id: number;
  advanceWidth: number;
  codePoints: number[];
}

/** A fontkit glyph position, in font units. */
export interface FontkitPosition {
  xAdvance: number;
  yAdvance: number;
  xOffset: number;
  yOffset: number;
}

export interface FontkitRun {
  glyphs: FontkitGlyph[];
  positions: FontkitPosition[];
  script: string;
}

/** The part of a fontkit font this module uses. */
export interface FontkitFont {
  glyphForCodePoint(codePoint: number): FontkitGlyph;
  layout(text: string | FontkitGlyph[], features?: undefined, script?: string): FontkitRun;
}

export interface PairShaper {
  /** The word shaped as fontkit would shape it; undefined when fontkit must do it. */
  shape(text: string): FontkitRun | undefined;
}

interface UnicodeProperties {
  getScript(codePoint: number): string;
  getCategory(codePoint: number): string;
}

let unicode: UnicodeProperties | undefined;

/**
 * fontkit's own Unicode data (it detects a text's script with it), loaded when first
 * asked: by then the PDF engine has set how its tables are decoded (nativeDecoding.ts).
 */
function unicodeData(): UnicodeProperties {
  return (unicode ??= createRequire(import.meta.url)('unicode-properties') as UnicodeProperties);
}

const WEAK_SCRIPTS = new Set(['Common', 'Inherited', 'Unknown']);

/**
 * Characters left to fontkit: marks (they are positioned on their base), format and
 * control characters (fontkit hides default ignorables), surrogates and private use,
 * unassigned code points, and the line and paragraph separators.
 */
const UNSURE_CATEGORIES = new Set(['Mn', 'Mc', 'Me', 'Cf', 'Cc', 'Cs', 'Co', 'Cn', 'Zl', 'Zp']);

/** Kerning between two neighbours in font units (added to the first's advance); null: not a plain pair. */
export type PairKerning = number | null;

const NOT_SURE = null;

function plainPosition(position: FontkitPosition | undefined, advance: number): boolean {
  return (
    position !== undefined &&
    position.xAdvance === advance &&
    position.yAdvance === 0 &&
    position.xOffset === 0 &&
    position.yOffset === 0
  );
}

/** The Unicode script of a character, by fontkit's data ("Latin", "Common" …). */
export function scriptOf(codePoint: number): string {
  return unicodeData().getScript(codePoint);
}

/** Scripts that do not decide a text's script: fontkit looks on to the next character. */
export function isWeakScript(name: string): boolean {
  return WEAK_SCRIPTS.has(name);
}

/** The OpenType script tag fontkit picks for a text whose deciding character is `codePoint`. */
export function probeScriptTag(font: FontkitFont, codePoint: number): string {
  return font.layout(String.fromCodePoint(codePoint)).script;
}

/** What fontkit does to one character on its own in script `tag`: its glyph, or null if it changes it. */
export function probeSingle(
  font: FontkitFont,
  tag: string,
  codePoint: number,
): FontkitGlyph | null {
  if (UNSURE_CATEGORIES.has(unicodeData().getCategory(codePoint))) return NOT_SURE;
  const glyph = font.glyphForCodePoint(codePoint);
  if (glyph.id === 0) return NOT_SURE;
  const run = font.layout([glyph], undefined, tag);
  return run.glyphs.length === 1 &&
    run.glyphs[0]!.id === glyph.id &&
    plainPosition(run.positions[0], glyph.advanceWidth)
    ? glyph
    : NOT_SURE;
}

/** What fontkit does to two neighbouring glyphs in script `tag`: the kerning, or null if not a plain pair. */
export function probeKerning(
  font: FontkitFont,
  tag: string,
  first: FontkitGlyph,
  second: FontkitGlyph,
): PairKerning {
  const run = font.layout([first, second], undefined, tag);
  const [a, b] = run.positions;
  return run.glyphs.length === 2 &&
    run.glyphs[0]!.id === first.id &&
    run.glyphs[1]!.id === second.id &&
    a !== undefined &&
    a.yAdvance === 0 &&
    a.xOffset === 0 &&
    a.yOffset === 0 &&
    plainPosition(b, second.advanceWidth)
    ? a.xAdvance - first.advanceWidth
    : NOT_SURE;
}

/** The key of a pair of glyphs in the caches and in pair tables. */
export function pairKey(first: number, second: number): number {
  return first * 0x10000 + second;
}

/**
 * What fontkit does to the characters and pairs of a set, worked out beforehand
 * (pairTables.ts): a shaper given one asks fontkit only outside the set.
 */
export interface KnownPairs {
  /** OpenType script tag fontkit picks, by Unicode script name. */
  scripts: ReadonlyMap<string, string>;
  /** The set's characters and pairs in one script tag. */
  inScript(tag: string): KnownScriptPairs | undefined;
}

export interface KnownScriptPairs {
  /** A character of the set: its glyph, or null when shaping changes it; undefined outside the set. */
  single(codePoint: number): FontkitGlyph | null | undefined;
  /** A pair of glyphs of the set's characters: its kerning or null; undefined outside the set. */
  kerning(first: number, second: number): PairKerning | undefined;
}

/** A shaper for one fontkit font; its caches live as long as the font. */
export function pairShaper(font: FontkitFont, known?: KnownPairs): PairShaper {
  /** OpenType script tag fontkit picks, by Unicode script name. */
  const scriptTags = new Map<string, string>(known?.scripts);
  /** Per script tag: characters and pairs as fontkit shapes them. */
  const singles = new Map<string, Map<number, FontkitGlyph | null>>();
  const pairs = new Map<string, Map<number, PairKerning>>();

  function scriptTag(name: string, codePoint: number): string {
    let tag = scriptTags.get(name);
    if (tag === undefined) {
      tag = probeScriptTag(font, codePoint);
      scriptTags.set(name, tag);
    }
    return tag;
  }

  function single(tag: string, codePoint: number): FontkitGlyph | null {
    let cached = singles.get(tag);
    if (!cached) singles.set(tag, (cached = new Map()));
    let found = cached.get(codePoint);
    if (found === undefined) {
      found = known?.inScript(tag)?.single(codePoint);
      if (found === undefined) found = probeSingle(font, tag, codePoint);
      cached.set(codePoint, found);
    }
    return found;
  }

  function kerning(tag: string, first: FontkitGlyph, second: FontkitGlyph): PairKerning {
    let cached = pairs.get(tag);
    if (!cached) pairs.set(tag, (cached = new Map()));
    const key = pairKey(first.id, second.id);
    let found = cached.get(key);
    if (found === undefined) {
      found = known?.inScript(tag)?.kerning(first.id, second.id);
      if (found === undefined) found = probeKerning(font, tag, first, second);
      cached.set(key, found);
    }
    return found;
  }

  return {
    shape(text) {
      const codePoints: number[] = [];
      let scriptName = 'Unknown';
      let scriptCodePoint = -1;
      for (const char of text) {
        const codePoint = char.codePointAt(0)!;
        codePoints.push(codePoint);
        if (scriptCodePoint < 0) {
          const name = scriptOf(codePoint);
          if (!isWeakScript(name)) {
            scriptName = name;
            scriptCodePoint = codePoint;
          }
        }
      }
      if (codePoints.length === 0) return undefined;
      // As fontkit: the script of the first character that has one (else the "unknown" script).
      const tag = scriptTag(scriptName, scriptCodePoint < 0 ? codePoints[0]! : scriptCodePoint);
      const glyphs: FontkitGlyph[] = [];
      for (const codePoint of codePoints) {
        const shaped = single(tag, codePoint);
        if (!shaped) return undefined;
        glyphs.push(shaped);
      }
      const positions: FontkitPosition[] = [];
      for (let i = 0; i < glyphs.length; i++) {
        const glyph = glyphs[i]!;
        const next = glyphs[i + 1];
        const kern = next ? kerning(tag, glyph, next) : 0;
        if (kern === NOT_SURE) return undefined;
        positions.push({
          xAdvance: glyph.advanceWidth + kern,
          yAdvance: 0,
          xOffset: 0,
          yOffset: 0,
        });
      }
      return { glyphs, positions, script: tag };
    },
  };
}
