/**
 * Cell shading per CellShade. The DOCX exporter should use the same colours, so
 * the two outputs look alike (candidate for a shared constant beside the model).
 */
import type { CellShade } from '../../layout/model.ts';

/** Fill colour of a shaded cell. */
export const SHADE_COLOR: Record<CellShade, string> = {
  header: '#D9E2F3',
  group: '#EDEDED',
  subtotal: '#F2F2F2',
  total: '#D9D9D9',
  active: '#8EAADB',
};
