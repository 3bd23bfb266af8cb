/**
 * The one-pass measures against their plain definitions (split into words, split
 * words at hyphens before letters, sum the widths): the same numbers, to the bit,
 * on text with every kind of white space, hyphens, accents and emoji.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lineCount, longestWordPt, textWidthEm, textWidthPt } from './metrics.ts';

function plainTextWidthEm(text: string, bold: boolean): number {
  // Sum character by character, as the metrics define a width.
  let em = 0;
  for (const ch of text) em += textWidthEm(ch, bold);
  return em;
}

function plainLongestWordPt(text: string, sizePt: number, bold: boolean): number {
  let widest = 0;
  for (const word of text.split(/\s+/).filter(Boolean))
    for (const piece of word.split(/(?<=-)(?=\p{L})/u))
      widest = Math.max(widest, plainTextWidthEm(piece, bold) * sizePt);
  return widest;
}

function plainLineCount(text: string, widthPt: number, sizePt: number, bold: boolean): number {
  const space = plainTextWidthEm(' ', bold) * sizePt;
  let lines = 0;
  for (const hardLine of text.split('\n')) {
    let used = 0;
    let count = 1;
    for (const word of hardLine.split(/\s+/).filter(Boolean)) {
      const w = plainTextWidthEm(word, bold) * sizePt;
      const needed = used === 0 ? w : used + space + w;
      if (needed <= widthPt) used = needed;
      else if (w <= widthPt) {
        count++;
        used = w;
      } else {
        count += used === 0 ? Math.ceil(w / widthPt) - 1 : Math.ceil(w / widthPt);
        used = w % widthPt;
      }
    }
    lines += count;
  }
  return Math.max(1, lines);
}

const PIECES = [
  'Smart',
  'Governance',
  'menengah-besar',
  'GOV-01',
  'Rp1.250.000.000',
  'é',
  'Ü',
  '–',
  '—',
  '“kutip”',
  '🙂',
  '\uD800',
  ' ',
  '  ',
  '\t',
  '\n',
  '\u00A0',
  '\u2009',
  '\u3000',
  '-',
  'a-',
  '-b',
  'Wawasan',
  'x',
  '.',
];
const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 30 }).map((p) => p.join(''));

describe('text metrics', () => {
  it('measures a word at a time as its characters add up', () => {
    fc.assert(
      fc.property(text, fc.boolean(), (t, bold) => {
        expect(textWidthEm(t, bold)).toBe(plainTextWidthEm(t, bold));
        expect(textWidthPt(t, 10, bold)).toBe(plainTextWidthEm(t, bold) * 10);
      }),
    );
  });

  it('finds the longest unbreakable piece as splitting words and hyphens does', () => {
    fc.assert(
      fc.property(text, fc.constantFrom(7, 8, 10, 12), fc.boolean(), (t, size, bold) => {
        expect(longestWordPt(t, size, bold)).toBe(plainLongestWordPt(t, size, bold));
      }),
    );
    expect(longestWordPt('menengah-besar GOV-01', 10)).toBe(
      Math.max(textWidthPt('menengah-', 10), textWidthPt('besar', 10), textWidthPt('GOV-01', 10)),
    );
  });

  it('counts wrapped lines as wrapping word by word does', () => {
    fc.assert(
      fc.property(
        text,
        fc.constantFrom(20, 60, 150, 400),
        fc.constantFrom(8, 12),
        fc.boolean(),
        (t, width, size, bold) => {
          expect(lineCount(t, width, size, bold)).toBe(plainLineCount(t, width, size, bold));
        },
      ),
    );
    expect(lineCount('', 100, 12)).toBe(1);
    expect(lineCount('satu\ndua\n', 100, 12)).toBe(3);
  });
});
