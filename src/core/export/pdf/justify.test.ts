import { describe, expect, it } from 'vitest';
import { rejustify } from './justify.ts';
import type { LaidOutInline, LaidOutLine, LaidOutPage } from './laidOut.ts';

const font = { widthOfString: (text: string, size: number) => text.length * size * 0.5 };

function justifiedLine(texts: string[], slack: number): LaidOutLine {
  let x = 0;
  const shift = slack / (texts.length - 1);
  const inlines = texts.map((text, i) => {
    const inline: LaidOutInline & { justifyShift?: number } = {
      text,
      x: x + i * shift,
      width: text.length * 5,
      fontSize: 10,
      font,
    };
    if (i > 0) inline.justifyShift = shift;
    x += inline.width;
    return inline;
  });
  return {
    x: 0,
    y: 0,
    inlines,
    getHeight: () => 12,
    getAscenderHeight: () => 9,
    getWidth: () => x,
  };
}

describe('rejustify', () => {
  it('puts the slack on spaces only, not after a dash', () => {
    const line = justifiedLine(['Periode ', '2026–', '2030 ', 'selaras'], 30);
    const page: LaidOutPage = {
      items: [{ type: 'line', item: line }],
      pageSize: { width: 595, height: 842, orientation: 'portrait' },
    };
    rejustify([page]);
    const [periode, from, to, selaras] = line.inlines;
    expect(periode?.x).toBe(0);
    expect(from?.x).toBe(40 + 15); // after "Periode ": half of the slack
    expect(to?.x).toBe((from?.x ?? 0) + 25); // right after "2026–", no gap
    expect(selaras?.x).toBe(40 + 25 + 25 + 30); // all the slack used by the end
  });
});
