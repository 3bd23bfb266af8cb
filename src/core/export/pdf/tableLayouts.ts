/** The table layouts the engine registers: ruled grids for data, an invisible one for TOC rows. */
import { CELL_PADDING_PT, CELL_PADDING_V_PT } from '../../layout/geometry.ts';
import { TABLE_RULE } from '../../layout/style.ts';
import { cssColor } from './styles.ts';
import type { TableLayoutName } from './types.ts';

/** Padding on each side of a grid cell, in points: what the layout planned widths with. */
export const CELL_PADDING = { x: CELL_PADDING_PT / 2, y: CELL_PADDING_V_PT / 2 } as const;

/** Width of grid rules, in points. */
export const RULE_WIDTH = TABLE_RULE.widthPt;

const RULE_COLOR = cssColor(TABLE_RULE.color);

/** The callbacks pdfmake asks a table layout for (column or row index). */
export interface TableLayout {
  hLineWidth: (index: number) => number;
  vLineWidth: (index: number) => number;
  hLineColor: (index: number) => string;
  vLineColor: (index: number) => string;
  paddingLeft: (index: number) => number;
  paddingRight: (index: number) => number;
  paddingTop: (index: number) => number;
  paddingBottom: (index: number) => number;
}

/** Layouts by name, for the engine to register. */
export const TABLE_LAYOUTS: Record<TableLayoutName, TableLayout> = {
  grid: {
    hLineWidth: () => RULE_WIDTH,
    vLineWidth: () => RULE_WIDTH,
    hLineColor: () => RULE_COLOR,
    vLineColor: () => RULE_COLOR,
    paddingLeft: () => CELL_PADDING.x,
    paddingRight: () => CELL_PADDING.x,
    paddingTop: () => CELL_PADDING.y,
    paddingBottom: () => CELL_PADDING.y,
  },
  plain: {
    hLineWidth: () => 0,
    vLineWidth: () => 0,
    hLineColor: () => RULE_COLOR,
    vLineColor: () => RULE_COLOR,
    paddingLeft: () => 0,
    paddingRight: () => 0,
    paddingTop: () => 0,
    paddingBottom: () => 0,
  },
};

/**
 * Content widths for a grid whose columns share `textWidth` as the model's widths
 * say. The model's widths are whole columns, padding included (the layout planned
 * them so that each column's longest word fits inside its padding); so the page is
 * shared first, less the rules, and each column's padding then comes out of its own
 * width, never out of its neighbours'.
 */
export function gridColumnWidths(shares: number[], textWidth: number): number[] {
  const total = shares.reduce((sum, share) => sum + share, 0) || 1;
  const rules = (shares.length + 1) * RULE_WIDTH;
  const scale = Math.max(textWidth - rules, shares.length) / total;
  return shares.map((share) => Math.max(1, share * scale - 2 * CELL_PADDING.x));
}
