/** What every block translator needs: type sizes, page geometry, and the export's collectors. */
import type { ExportProfile } from '../../template/types.ts';
import type { Footnotes } from './footnotes.ts';
import type { RowBreaks } from './keptRows.ts';
import type { PageGeometry } from './geometry.ts';
import type { ImageTable } from './images.ts';
import type { Typography } from './styles.ts';
import type { Orientation } from './types.ts';

export interface BuildContext {
  profile: ExportProfile;
  type: Typography;
  geometry: PageGeometry;
  /** Orientation of the page section being translated. */
  orientation: Orientation;
  footnotes: Footnotes;
  images: ImageTable;
  /** Kept rows before which tables are split, found by an earlier layout. */
  rowBreaks: RowBreaks;
}

/** Width of the text area in the current section. */
export function textWidth(ctx: BuildContext): number {
  return ctx.geometry.textWidth[ctx.orientation];
}

/** Height of the text area in the current section. */
export function textHeight(ctx: BuildContext): number {
  return ctx.geometry.textHeight[ctx.orientation];
}
