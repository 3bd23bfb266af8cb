/**
 * Pair tables: what fontkit does to the characters of ordinary text and to every pair
 * of them, worked out once per shipped face (`npm run fonts:pairs`) and shipped beside
 * the fonts in fonts/pairs/, as TeX ships font metrics instead of reading each font.
 *
 * The pair shaper (pairShaping.ts) asks fontkit about each new character and pair the
 * first time it meets them. fontkit then reads the face's substitution and positioning
 * tables and runs its whole shaping machinery, which makes the first PDF export of a
 * process ≈0.4 s slower than the next. With a table the shaper asks fontkit only about
 * characters outside the table's set, and about every character of a word in another
 * script than Latin (a word without letters is covered); what it gets is the same (pairTables.test.ts checks every table
 * against fontkit). A table belongs to one font file and one fontkit version: a font
 * whose bytes differ, or another fontkit, has no table and is shaped as before.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  type FontkitFont,
  type FontkitGlyph,
  isWeakScript,
  type KnownPairs,
  type KnownScriptPairs,
  pairKey,
  probeKerning,
  probeScriptTag,
  probeSingle,
  scriptOf,
} from './pairShaping.ts';

/** Version of the file format; a table of another version is not used. */
export const PAIR_TABLE_VERSION = 2;

/**
 * The characters of a table: printable ASCII, Latin-1, and the punctuation and signs
 * of Indonesian official writing (dashes, curly quotes, bullets, ellipsis, per mille,
 * euro, trade mark, minus, ≤ ≥). Other characters are shaped through fontkit.
 */
export const PAIR_TABLE_CHARACTERS: readonly number[] = [
  ...range(0x20, 0x7e),
  ...range(0xa0, 0xff),
  0x2013,
  0x2014,
  0x2018,
  0x2019,
  0x201a,
  0x201c,
  0x201d,
  0x201e,
  0x2020,
  0x2021,
  0x2022,
  0x2026,
  0x2030,
  0x2039,
  0x203a,
  0x20ac,
  0x2122,
  0x2212,
  0x2264,
  0x2265,
];

function range(first: number, last: number): number[] {
  return Array.from({ length: last - first + 1 }, (_, i) => first + i);
}

/** The Unicode scripts a table covers: Latin words, and words with no letter (numbers, signs). */
const TABLE_SCRIPTS: readonly { name: string; sample: number }[] = [
  { name: 'Latin', sample: 0x61 },
  { name: 'Unknown', sample: 0x30 },
];

/** One script tag of a table file. */
export interface PairTableScript {
  /** The characters covered in this script tag. */
  codePoints: number[];
  /** Those of them that shaping changes on their own (left to fontkit wherever they appear). */
  unsure: number[];
  /** Pairs with kerning, as [pairKey, kerning in font units, …]. */
  kerning: number[];
  /** Pairs that are not plain (a ligature, a moved glyph), as pairKeys. */
  unsurePairs: number[];
}

/** A pair table as stored: one face, identified by its file's SHA-256. */
export interface PairTableFile {
  version: number;
  font: string;
  sha256: string;
  /** The fontkit whose shaping the table records (fontkitVersion). */
  fontkit: string;
  /** Unicode script name → OpenType script tag fontkit picks. */
  scripts: Record<string, string>;
  tags: Record<string, PairTableScript>;
}

export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/**
 * Works a face's table out with fontkit: the script tags, each character on its own,
 * and each ordered pair of characters that can meet in a word of that script.
 */
export function computePairTable(
  font: FontkitFont,
  fontName: string,
  bytes: Uint8Array,
): PairTableFile {
  const scripts: Record<string, string> = {};
  const byTag = new Map<string, Set<number>>();
  for (const { name, sample } of TABLE_SCRIPTS) {
    const tag = probeScriptTag(font, sample);
    scripts[name] = tag;
    // A word in a strong script may hold any character; a word with none holds only weak ones.
    const members = PAIR_TABLE_CHARACTERS.filter(
      (codePoint) => name !== 'Unknown' || isWeakScript(scriptOf(codePoint)),
    );
    const set = byTag.get(tag) ?? new Set<number>();
    for (const codePoint of members) set.add(codePoint);
    byTag.set(tag, set);
  }
  const tags: Record<string, PairTableScript> = {};
  for (const [tag, set] of byTag) {
    const codePoints = [...set].sort((a, b) => a - b);
    const unsure: number[] = [];
    const glyphs = new Map<number, FontkitGlyph>();
    for (const codePoint of codePoints) {
      const glyph = probeSingle(font, tag, codePoint);
      if (glyph) glyphs.set(glyph.id, glyph);
      else unsure.push(codePoint);
    }
    const kerning: number[] = [];
    const unsurePairs: number[] = [];
    const ordered = [...glyphs.values()].sort((a, b) => a.id - b.id);
    for (const first of ordered)
      for (const second of ordered) {
        const kern = probeKerning(font, tag, first, second);
        const key = pairKey(first.id, second.id);
        if (kern === null) unsurePairs.push(key);
        else if (kern !== 0) kerning.push(key, kern);
      }
    tags[tag] = { codePoints, unsure, kerning, unsurePairs };
  }
  return {
    version: PAIR_TABLE_VERSION,
    font: fontName,
    sha256: sha256(bytes),
    fontkit: fontkitVersion(),
    scripts,
    tags,
  };
}

let fontkitInUse: string | undefined;

/**
 * The version of the fontkit PDFKit shapes with. A table records that fontkit's shaping;
 * after an upgrade it is not used until `npm run fonts:pairs` makes it again.
 */
export function fontkitVersion(): string {
  if (fontkitInUse === undefined) {
    const pdfkitRequire = createRequire(createRequire(import.meta.url).resolve('pdfkit'));
    // fontkit's package exports do not list its package.json; it sits above dist/.
    const main = pdfkitRequire.resolve('fontkit');
    const manifest = JSON.parse(
      readFileSync(join(dirname(main), '..', 'package.json'), 'utf8'),
    ) as {
      version?: unknown;
    };
    fontkitInUse = String(manifest.version);
  }
  return fontkitInUse;
}

/** Where the table of a font file is kept. */
export function pairTablePath(fontFileName: string): string {
  return fileURLToPath(new URL(`./fonts/pairs/${fontFileName}.json`, import.meta.url));
}

function scriptPairs(font: FontkitFont, stored: PairTableScript): KnownScriptPairs {
  const unsure = new Set(stored.unsure);
  const covered = new Set(stored.codePoints);
  const glyphIds = new Set<number>();
  for (const codePoint of stored.codePoints)
    if (!unsure.has(codePoint)) glyphIds.add(font.glyphForCodePoint(codePoint).id);
  const kerning = new Map<number, number>();
  for (let i = 0; i + 1 < stored.kerning.length; i += 2)
    kerning.set(stored.kerning[i]!, stored.kerning[i + 1]!);
  const unsurePairs = new Set(stored.unsurePairs);
  return {
    single(codePoint) {
      if (!covered.has(codePoint)) return undefined;
      return unsure.has(codePoint) ? null : font.glyphForCodePoint(codePoint);
    },
    kerning(first, second) {
      if (!glyphIds.has(first) || !glyphIds.has(second)) return undefined;
      const key = pairKey(first, second);
      return unsurePairs.has(key) ? null : (kerning.get(key) ?? 0);
    },
  };
}

/** The stored table of a face as the shaper uses it, for one fontkit font made from `bytes`. */
export function knownPairs(table: PairTableFile, font: FontkitFont): KnownPairs {
  const byTag = new Map<string, KnownScriptPairs>();
  return {
    scripts: new Map(Object.entries(table.scripts)),
    inScript(tag) {
      let found = byTag.get(tag);
      if (!found) {
        const stored = table.tags[tag];
        if (!stored) return undefined;
        byTag.set(tag, (found = scriptPairs(font, stored)));
      }
      return found;
    },
  };
}

/** Tables read in this process, by font file name (null: none shipped, or of another format). */
const stored = new Map<string, PairTableFile | null>();
/** SHA-256 of font bytes already hashed (a process reads each font file once). */
const hashes = new WeakMap<Uint8Array, string>();

function storedTable(fontFileName: string): PairTableFile | null {
  let table = stored.get(fontFileName);
  if (table === undefined) {
    table = readPairTable(pairTablePath(fontFileName));
    stored.set(fontFileName, table);
  }
  return table;
}

/**
 * The table in a file, or null: no file, another format, or a file that cannot be read
 * (a damaged installation). Without a table the words are shaped by fontkit, to the
 * same result, so an export never fails for it.
 */
export function readPairTable(path: string): PairTableFile | null {
  try {
    const read: unknown = existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : null;
    return isPairTableFile(read) ? read : null;
  } catch {
    return null;
  }
}

/** A table of this format, with the fields the shaper reads in the shape it reads them. */
function isPairTableFile(value: unknown): value is PairTableFile {
  if (typeof value !== 'object' || value === null) return false;
  const table = value as Partial<PairTableFile>;
  if (table.version !== PAIR_TABLE_VERSION || typeof table.sha256 !== 'string') return false;
  if (typeof table.fontkit !== 'string') return false;
  if (typeof table.scripts !== 'object' || table.scripts === null) return false;
  if (!Object.values(table.scripts).every((tag) => typeof tag === 'string')) return false;
  if (typeof table.tags !== 'object' || table.tags === null) return false;
  const numbers = (list: unknown): boolean =>
    Array.isArray(list) && list.every((n) => Number.isFinite(n));
  return Object.values(table.tags).every(
    (script) =>
      numbers(script.codePoints) &&
      numbers(script.unsure) &&
      numbers(script.kerning) &&
      numbers(script.unsurePairs),
  );
}

/**
 * The shipped table of a font file whose bytes are `bytes`; undefined when there is
 * none, or it was made from other bytes or in another format.
 */
export function shippedPairTable(
  fontFileName: string,
  bytes: Uint8Array,
): PairTableFile | undefined {
  const table = storedTable(fontFileName);
  return table && pairTableFits(table, bytes) ? table : undefined;
}

/** Whether a table was made from these font bytes, with the fontkit in use. */
export function pairTableFits(table: PairTableFile, bytes: Uint8Array): boolean {
  let hash = hashes.get(bytes);
  if (hash === undefined) hashes.set(bytes, (hash = sha256(bytes)));
  return table.sha256 === hash && table.fontkit === fontkitVersion();
}
