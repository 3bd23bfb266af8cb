/** The export profile of the shipped packs (Arial 12 pt, 1.5 lines, margins 30/30/40/30 mm), for tests. */
import type { ExportProfile } from '../../template/types.ts';

/** The default export profile, as the packs in templates/ set it. */
export const PROFILE: ExportProfile = {
  font: 'Arial',
  fontSizePt: 12,
  lineSpacing: 1.5,
  marginsMm: { top: 30, bottom: 30, left: 40, right: 30 },
};
