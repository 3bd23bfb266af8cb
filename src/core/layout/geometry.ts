/** Page geometry and type sizes derived from the template's export profile. */
import type { ExportProfile } from '../template/types.ts';

const MM_TO_PT = 72 / 25.4;
const A4_MM = { short: 210, long: 297 };

export type Orientation = 'portrait' | 'landscape';

/** Horizontal padding assumed inside every table cell, left plus right (4 pt each side). */
export const CELL_PADDING_PT = 8;
/** Vertical padding assumed inside every table cell, top plus bottom. */
export const CELL_PADDING_V_PT = 4;
/** Type size of dense tables (programme matrix, roadmap). */
export const DENSE_TABLE_PT = 8;

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

/** Type size of ordinary tables: two points under the body text, never below 8 pt. */
export function tableFontPt(profile: ExportProfile, dense: boolean): number {
  return dense ? DENSE_TABLE_PT : Math.max(DENSE_TABLE_PT, profile.fontSizePt - 2);
}
