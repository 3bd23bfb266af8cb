/** Page geometry in Word's units (twips, half-points) from the export profile. */
import type { ExportProfile } from '../../template/types.ts';

/** A4 in twips, portrait. */
export const A4_TWIPS = { width: 11906, height: 16838 } as const;

const TWIPS_PER_MM = 1440 / 25.4;

/** Twips per pixel at 96 dpi, the unit docx sizes images in. */
export const TWIPS_PER_PX = 15;

/** Millimetres to twips. */
export function mmToTwips(mm: number): number {
  return Math.round(mm * TWIPS_PER_MM);
}

/** Points to twips. */
export function ptToTwips(pt: number): number {
  return Math.round(pt * 20);
}

/** Points to half-points, the unit of Word font sizes. */
export function ptToHalfPoints(pt: number): number {
  return Math.round(pt * 2);
}

export type Orientation = 'portrait' | 'landscape';

export interface PageMarginsTwips {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

export interface PageGeometry {
  margins: PageMarginsTwips;
  /** Width of the text area. */
  textWidth: number;
  /** Height of the text area. */
  textHeight: number;
}

/** The text area of an A4 page; a landscape page keeps the same margins, as the layout plans it. */
export function pageGeometry(profile: ExportProfile, orientation: Orientation): PageGeometry {
  const { top, bottom, left, right } = profile.marginsMm;
  const margins = {
    top: mmToTwips(top),
    bottom: mmToTwips(bottom),
    left: mmToTwips(left),
    right: mmToTwips(right),
  };
  const across = orientation === 'portrait' ? A4_TWIPS.width : A4_TWIPS.height;
  const down = orientation === 'portrait' ? A4_TWIPS.height : A4_TWIPS.width;
  return {
    margins,
    textWidth: across - margins.left - margins.right,
    textHeight: down - margins.top - margins.bottom,
  };
}
