import { describe, expect, it } from 'vitest';
import { minimumsFit, planWidths, type WidthSpec } from './widths.ts';

const spec = (minPt: number, naturalPt: number, weight: number, noWrap = false): WidthSpec => ({
  minPt,
  naturalPt,
  weight,
  noWrap,
});
const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

describe('column widths', () => {
  it('fills the available width and gives numbers their natural width', () => {
    const widths = planWidths([spec(30, 200, 10), spec(70, 70, 1, true), spec(40, 400, 20)], 400);
    expect(sum(widths)).toBeCloseTo(400, 6);
    expect(widths[1]).toBe(70);
    expect(widths[2]!).toBeGreaterThan(widths[0]!);
  });

  it('never squeezes a column below its longest word', () => {
    const widths = planWidths([spec(120, 300, 1), spec(20, 600, 30)], 300);
    expect(widths[0]).toBeGreaterThanOrEqual(120);
    expect(sum(widths)).toBeCloseTo(300, 6);
  });

  it('does not widen a short column while a long one wraps', () => {
    const widths = planWidths([spec(30, 50, 10), spec(40, 900, 10)], 400);
    expect(widths[0]).toBe(50);
    expect(widths[1]).toBe(350);
  });

  it('squeezes wrapping columns, never numbers, when the minimums do not fit', () => {
    const widths = planWidths([spec(100, 200, 1), spec(80, 80, 1, true)], 160);
    expect(widths).toEqual([80, 80]);
  });

  it('gives every column at least its longest word, shrinking the flexible ones', () => {
    // A code column, a long text column and a money column on 300 pt.
    const specs = [spec(46, 46, 1), spec(60, 900, 30), spec(90, 90, 1, true)];
    const widths = planWidths(specs, 300);
    expect(sum(widths)).toBeCloseTo(300, 6);
    widths.forEach((w, i) => expect(w).toBeGreaterThanOrEqual(specs[i]!.minPt));
    expect(widths[1]).toBeCloseTo(300 - 46 - 90, 6);
  });

  it('gives a column of long texts more room than its weight alone, so rows even out', () => {
    // Outputs of forty words beside programme names of six, weighted 12 against 16 (as the
    // templates weigh them): by weight the outputs ran to 7 lines a row while names took 1.
    const outputs = { ...spec(30, 2000, 12), textPt: 1200 };
    const names = { ...spec(30, 300, 16), textPt: 180 };
    const widths = planWidths([outputs, names], 400);
    const byWeight = planWidths([spec(30, 2000, 12), spec(30, 300, 16)], 400);
    expect(sum(widths)).toBeCloseTo(400, 6);
    expect(byWeight[0]).toBeCloseTo((400 * 12) / 28, 6);
    // Half weight, half text: (12/28 + 1200/1380) / 2 of the width.
    expect(widths[0]).toBeCloseTo((400 * (12 / 28 + 1200 / 1380)) / 2, 6);
    const lines = (text: number, width: number) => Math.ceil(text / width);
    expect(lines(1200, widths[0]!)).toBeLessThan(lines(1200, byWeight[0]!));
    expect(lines(1200, widths[0]!) / lines(180, widths[1]!)).toBeLessThanOrEqual(4);
  });

  it('keeps the weights when no column says how much text it holds', () => {
    const plain = planWidths([spec(30, 2000, 12), spec(30, 300, 16)], 400);
    const empty = planWidths(
      [
        { ...spec(30, 2000, 12), textPt: 0 },
        { ...spec(30, 300, 16), textPt: 0 },
      ],
      400,
    );
    expect(empty).toEqual(plain);
  });

  it('says whether the minimums fit at all', () => {
    expect(minimumsFit([spec(100, 200, 1), spec(80, 80, 1, true)], 180)).toBe(true);
    expect(minimumsFit([spec(100, 200, 1), spec(80, 80, 1, true)], 179)).toBe(false);
  });
});
