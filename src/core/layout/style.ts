/**
 * The look of the document, decided once for both exporters: cell shading and rules,
 * list markers, type sizes and spacing of each kind of paragraph, captions, and the
 * running header and footer. Colours are RGB hex without "#"; sizes are points.
 * The page estimate (blockHeights.ts) reads the same numbers, so the pre-filled page
 * numbers of the DOCX's TOC follow what the word processor lays out.
 */
import { toRoman } from '../format/roman.ts';
import type { CellShade, CoverBlock, TocKind } from './model.ts';

/** Fill of a shaded table cell: light blue-grey header row, greys for groups and totals, blue for roadmap years. */
export const SHADE_COLOR: Record<CellShade, string> = {
  header: 'D9E2F3',
  group: 'E7E6E6',
  subtotal: 'F2F2F2',
  total: 'D9D9D9',
  active: '5B84C4',
};

/** Where text sits in a table cell: at the top, so rows of one and of many lines read alike. */
export const CELL_VERTICAL_ALIGN = 'top';

/** The rules of a table grid. */
export const TABLE_RULE = { color: '595959', widthPt: 0.5 } as const;

/** Text colours besides black. */
export const TEXT_COLOR = {
  /** What an empty required section shows. */
  placeholder: '7F7F7F',
  link: '0563C1',
  header: '404040',
} as const;

/** A watermark ("CONTOH" on the sample plan's cover): light grey, half transparent, bold. */
export const WATERMARK = { color: 'C0C0C0', opacity: 0.3, bold: true } as const;

/** How the counter of an ordered list is written at a depth. */
export type OrderedMarker = 'decimal' | 'lower-letter' | 'lower-roman';
/** The bullet of an unordered list at a depth. */
export type BulletMarker = 'disc' | 'circle' | 'square';

/** List markers by depth, repeating after the third: 1. → a. → i. and • → ◦ → ▪. */
export const LIST_MARKERS = {
  ordered: ['decimal', 'lower-letter', 'lower-roman'] as const satisfies readonly OrderedMarker[],
  /** Written after the counter: "1.", "a.". */
  orderedSuffix: '.',
  bullets: ['disc', 'circle', 'square'] as const satisfies readonly BulletMarker[],
} as const;

/** The character of each bullet. */
export const BULLET_GLYPH: Record<BulletMarker, string> = { disc: '•', circle: '◦', square: '▪' };

/** Where the text of a list item starts, per level: the marker hangs in this space. */
export const LIST_INDENT_PT = 20;

/** Item `n` (from 1) of an ordered list as printed: "3.", "c.", "iii.". */
export function orderedLabel(marker: OrderedMarker, n: number): string {
  const suffix = LIST_MARKERS.orderedSuffix;
  if (marker === 'decimal') return `${n}${suffix}`;
  if (marker === 'lower-roman') return `${toRoman(n).toLowerCase()}${suffix}`;
  // a … z, then aa, ab …, as Word counts letters on.
  let letters = '';
  for (let rest = n; rest > 0; rest = Math.floor((rest - 1) / 26))
    letters = String.fromCharCode(97 + ((rest - 1) % 26)) + letters;
  return `${letters}${suffix}`;
}

/** The ordered marker at `depth` (0 = top level). */
export function orderedMarker(depth: number): OrderedMarker {
  return LIST_MARKERS.ordered[depth % LIST_MARKERS.ordered.length]!;
}

/** The bullet at `depth` (0 = top level). */
export function bulletMarker(depth: number): BulletMarker {
  return LIST_MARKERS.bullets[depth % LIST_MARKERS.bullets.length]!;
}

/** Type sizes relative to the profile's body size, in points. */
export const SIZE_DELTA = {
  /** Chapter, front-matter and annex titles. */
  title: 2,
  bookTitle: 8,
  caption: -1,
  note: -2,
  source: -2,
  footnote: -3,
  header: -3,
  footer: -2,
} as const;

/**
 * Where the title of a numbered heading starts, after its hanging number, by depth
 * (0 = chapter, 1 = 2.1, 2 = 2.1.1, 3 = 2.1.1.1), in millimetres.
 */
export const HEADING_NUMBER_MM = [0, 12.5, 15, 20] as const;

/** Captions ("Tabel 2.1 Data Pokok Daerah") are bold and centred, in full. */
export const CAPTION = { bold: true, align: 'center' } as const;

/** Line heights as multiples of single spacing (body text uses the profile's line spacing). */
export const LINE_SPACING = { single: 1, caption: 1.15, note: 1.15 } as const;

/** Space before and after each kind of paragraph, in points. */
export interface Spacing {
  /** After body paragraphs, placeholders and notes. */
  paragraphAfter: number;
  /** After each list item. */
  listItemAfter: number;
  /** After a chapter, front-matter or annex title. */
  titleAfter: number;
  /** Above a Buku divider's title, which sits low on its own page. */
  bookTitleBefore: number;
  /** Around numbered section headings (2.1, 2.1.1 …). */
  sectionBefore: number;
  sectionAfter: number;
  /** Above a sub-heading inside a section's text; below it, `paragraphAfter`. */
  subheadingBefore: number;
  captionBefore: number;
  captionAfter: number;
  /** Above and below a table's source line (and the empty line that ends a table without one). */
  sourceBefore: number;
  sourceAfter: number;
  /** Above a figure. */
  figureBefore: number;
  /** Above the Buku and chapter-level entries of Daftar Isi and the group heads of Daftar Tabel/Gambar. */
  tocGroupBefore: number;
}

/**
 * The spacing for a body size. As in Word, the space between two paragraphs is the
 * larger of the upper one's space after and the lower one's space before.
 */
export function spacing(sizePt: number): Spacing {
  return {
    paragraphAfter: sizePt / 2,
    listItemAfter: sizePt / 4,
    titleAfter: sizePt * 2,
    bookTitleBefore: sizePt * 12,
    sectionBefore: sizePt,
    sectionAfter: sizePt / 2,
    subheadingBefore: sizePt / 2,
    captionBefore: sizePt / 2,
    captionAfter: sizePt / 2,
    sourceBefore: 3,
    sourceAfter: sizePt,
    figureBefore: sizePt / 2,
    tocGroupBefore: sizePt / 2,
  };
}

/**
 * The spacer paragraph that ends a table without a source line (Word needs a
 * paragraph between two tables), one point tall; a paragraph's space follows it.
 */
export const TABLE_END_PT = 1;

/**
 * The lists' layout, in em of the body size: each level below the chapters is
 * indented, and the page numbers stand in a column at the right that titles do not
 * enter (a long title wraps before it).
 */
export const TOC_LAYOUT = { levelIndentEm: 1.5, pageColumnEm: 3.2 } as const;

/**
 * Entries that open a group in the lists: the Buku and chapter-level entries of
 * Daftar Isi, the Buku heads of Daftar Tabel and Daftar Gambar. They are bold, with
 * `tocGroupBefore` of space above.
 */
export function isTocGroupEntry(which: TocKind, level: number): boolean {
  return level === 0 || (which === 'contents' && level === 1);
}

/** The running header (document title over a thin rule) and footer (page label). */
export const PAGE_FURNITURE = {
  header: {
    align: 'right',
    italic: true,
    color: TEXT_COLOR.header,
    rule: { color: '808080', widthPt: 0.5, gapPt: 4 },
  },
  footer: { align: 'center' },
  /** From the page's top edge to the header, and from the footer to the bottom edge. */
  distanceMm: 12.5,
} as const;

/**
 * The signature block of the Lembar Pengesahan: in the right half of the page, the
 * office and the name bold, the name underlined, blank lines left to sign and stamp.
 */
export const SIGNATURE = {
  indentShare: 0.5,
  signingLines: 4,
  titleBold: true,
  nameBold: true,
  nameUnderline: true,
  lineSpacing: LINE_SPACING.note,
} as const;

/** One line of the cover. */
export interface CoverLine {
  text: string;
  /** Points above the body size. */
  larger: number;
  /** Space above the line, in points. */
  beforePt: number;
}

/** What the cover prints, in order: lines above the logo, the logo, lines under it, and the foot. */
export interface CoverPlan {
  /** How far down the text area the title starts, as a share of its height. */
  titleDrop: number;
  /** Space after every line. */
  lineAfterPt: number;
  top: CoverLine[];
  /** The logo fits a square of this side. */
  logoBoxMm: number;
  /** Space above and below the logo. */
  logoGapPt: number;
  /** Lines under the logo (the period). */
  underLogo: CoverLine[];
  /** The issuer and the year, at the foot of the page. */
  foot: CoverLine[];
}

/** Height of a cover line with its space before and after, in points. */
export function coverLineHeight(line: CoverLine, plan: CoverPlan, sizePt: number): number {
  return line.beforePt + (sizePt + line.larger) * 1.15 + plan.lineAfterPt;
}

/** The cover of the document: title, region, Buku, logo, period; issuer and year at the foot. */
export function coverPlan(cover: CoverBlock): CoverPlan {
  return {
    titleDrop: 0.08,
    lineAfterPt: 4,
    top: [
      { text: cover.documentTitle, larger: 4, beforePt: 0 },
      ...cover.regionLines.map((text, i) => ({ text, larger: 4, beforePt: i === 0 ? 18 : 0 })),
      ...(cover.bookLine ? [{ text: cover.bookLine, larger: 2, beforePt: 18 }] : []),
    ],
    logoBoxMm: 45,
    logoGapPt: 48,
    underLogo: [{ text: cover.period, larger: 2, beforePt: 0 }],
    foot: [
      { text: cover.issuer, larger: 2, beforePt: 0 },
      { text: cover.year, larger: 2, beforePt: 0 },
    ],
  };
}
