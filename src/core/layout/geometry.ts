/** Page geometry and type sizes derived from the template's export profile. */
import type { ExportProfile } from '../template/types.ts';

const MM_TO_PT = 72 / 25.4;
const A4_MM = { short: 210, long: 297 };

/** Millimetres to points. */
export function mmToPt(mm: number): number {
  return mm * MM_TO_PT;
}

/** The page margins of the profile in points; the same on portrait and landscape pages. */
export function marginsPt(profile: ExportProfile) {
  const { top, bottom, left, right } = profile.marginsMm;
  return { top: mmToPt(top), bottom: mmToPt(bottom), left: mmToPt(left), right: mmToPt(right) };
}

export type Orientation = 'portrait' | 'landscape';

/** Horizontal padding assumed inside every table cell, left plus right (4 pt each side). */
export const CELL_PADDING_PT = 8;
/** Vertical padding assumed inside every table cell, top plus bottom. */
export const CELL_PADDING_V_PT = 4;
/**
 * Room a column keeps beyond its longest word: its share of the 0.5 pt rules, and the
 * rounding of widths to twips and of glyph advances in Word, LibreOffice and pdfmake.
 */
export const WORD_SLACK_PT = 2;
/** Type size of dense tables (programme matrix, quick wins). */
export const DENSE_TABLE_PT = 8;
/** The smallest type a table may take so that its longest words fit; still legible in print. */
export const SMALLEST_TABLE_PT = 7;

/** The text area of an A4 page in points; landscape keeps the same margins on the turned page. */
export function textArea(profile: ExportProfile, orientation: Orientation) {
  const { top, bottom, left, right } = profile.marginsMm;
  const width = orientation === 'portrait' ? A4_MM.short : A4_MM.long;
  const height = orientation === 'portrait' ? A4_MM.long : A4_MM.short;
  return {
    widthPt: (width - left - right) * MM_TO_PT,
    heightPt: (height - top - bottom) * MM_TO_PT,
  };
}

/** Type size of ordinary tables: two points under the body text, never below the dense size. */
export function tableFontPt(profile: ExportProfile): number {
  return Math.max(DENSE_TABLE_PT, profile.fontSizePt - 2);
}
