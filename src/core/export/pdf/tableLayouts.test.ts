import { describe, expect, it } from 'vitest';
import { fitImage } from './blocks/figure.ts';
import { estimatedRowHeights } from './blocks/rowHeight.ts';
import { CELL_PADDING, RULE_WIDTH, gridColumnWidths } from './tableLayouts.ts';

describe('gridColumnWidths', () => {
  it('fills the text width; each column loses its own padding, not a share of all', () => {
    const widths = gridColumnWidths([40, 120], 160 + 3 * RULE_WIDTH);
    const chrome = 2 * 2 * CELL_PADDING.x + 3 * RULE_WIDTH;
    expect(widths[0]! + widths[1]! + chrome).toBeCloseTo(160 + 3 * RULE_WIDTH);
    // A narrow column keeps the content width the layout planned for it.
    expect(widths[0]).toBeCloseTo(40 - 2 * CELL_PADDING.x);
    expect(widths[1]).toBeCloseTo(120 - 2 * CELL_PADDING.x);
  });
});

describe('fitImage', () => {
  it('takes its share of the width and shrinks to the height limit', () => {
    expect(fitImage({ widthPx: 400, heightPx: 200 }, 0.5, 400, 1000)).toEqual({
      width: 200,
      height: 100,
    });
    expect(fitImage({ widthPx: 100, heightPx: 400 }, 1, 400, 800)).toEqual({
      width: 200,
      height: 800,
    });
  });
});

describe('estimatedRowHeights', () => {
  it('grows with the text and uses the width a cell spans', () => {
    const short = [{ runs: [{ text: 'GOV-01' }] }];
    const long = [
      { runs: [{ text: 'Integrasi layanan dan data lintas perangkat daerah '.repeat(4) }] },
    ];
    const spanning = [{ runs: long[0]!.runs, colSpan: 2 }];
    const [one, many, wide] = estimatedRowHeights([short, long, spanning], [60, 60], 10);
    expect(many).toBeGreaterThan(one!);
    expect(wide).toBeLessThan(many!);
  });

  it('counts a line for each line break a cell holds', () => {
    const rows = [
      [{ runs: [{ text: 'APBD' }] }],
      [{ runs: [{ text: 'APBD\nAPBN' }, { text: '\nDAK\nKPBU' }] }],
    ];
    const [one, four] = estimatedRowHeights(rows, [200], 10);
    const padding = 2 * CELL_PADDING.y;
    expect((four! - padding) / (one! - padding)).toBe(4);
  });
});
