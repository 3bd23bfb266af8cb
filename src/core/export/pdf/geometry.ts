/** Page geometry from the export profile: A4, margins in points, text area per orientation. */
import type { ExportProfile } from '../../template/types.ts';
import type { Orientation } from './types.ts';

const POINTS_PER_MM = 72 / 25.4;

/** A4 in points, portrait. */
export const A4 = { width: 595.28, height: 841.89 } as const;

/** Millimetres to points. */
export function mmToPt(mm: number): number {
  return mm * POINTS_PER_MM;
}

export interface PageMargins {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface PageGeometry {
  margins: PageMargins;
  /** Width of the text area. */
  textWidth: Record<Orientation, number>;
  /** Height of the text area. */
  textHeight: Record<Orientation, number>;
}

/** The same margins on portrait and landscape pages, as the DOCX sections use them. */
export function pageGeometry(profile: ExportProfile): PageGeometry {
  const { top, bottom, left, right } = profile.marginsMm;
  const margins = {
    left: mmToPt(left),
    top: mmToPt(top),
    right: mmToPt(right),
    bottom: mmToPt(bottom),
  };
  const across = margins.left + margins.right;
  const down = margins.top + margins.bottom;
  return {
    margins,
    textWidth: { portrait: A4.width - across, landscape: A4.height - across },
    textHeight: { portrait: A4.height - down, landscape: A4.width - down },
  };
}
