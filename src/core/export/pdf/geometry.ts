/** Page geometry in points, as the layout plans it (layout/geometry.ts): A4, the profile's margins. */
import { marginsPt, textArea } from '../../layout/geometry.ts';
import type { ExportProfile } from '../../template/types.ts';
import type { Orientation } from './types.ts';

/** A4 in points, portrait. */
export const A4 = { width: 595.28, height: 841.89 } as const;

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
  const portrait = textArea(profile, 'portrait');
  const landscape = textArea(profile, 'landscape');
  return {
    margins: marginsPt(profile),
    textWidth: { portrait: portrait.widthPt, landscape: landscape.widthPt },
    textHeight: { portrait: portrait.heightPt, landscape: landscape.heightPt },
  };
}
