/**
 * Re-justifies lines after layout. pdfmake spreads a justified line's slack over
 * every boundary between inlines, including those that are not spaces (after a
 * dash or slash, between a word and its footnote marker, between differently
 * styled runs), which prints "2026– 2030". Word stretches only spaces; so do we.
 */
import { type LaidOutInline, type LaidOutPage, linesOf } from './laidOut.ts';

/**
 * pdfmake records each inline's justification shift and widens an underline by
 * the shifts of the inlines it spans, so the first inline of an underlined group
 * must carry none, or the underline runs a gap too far.
 */
interface Justified extends LaidOutInline {
  justifyShift?: number;
  decoration?: string | null;
  color?: string;
}

function continuesDecoration(previous: Justified | undefined, inline: Justified): boolean {
  return (
    !!inline.decoration &&
    previous?.decoration === inline.decoration &&
    previous.color === inline.color
  );
}

const ENDS_WITH_SPACE = /\s$/;

function rejustifyLine(inlines: Justified[]): void {
  const shift = inlines[1]?.justifyShift;
  if (!shift) return;
  const slack = shift * (inlines.length - 1);
  let gaps = 0;
  for (let i = 1; i < inlines.length; i++)
    if (ENDS_WITH_SPACE.test(inlines[i - 1]?.text ?? '')) gaps++;
  const perGap = gaps > 0 ? slack / gaps : 0;
  let added = 0;
  inlines.forEach((inline, i) => {
    if (i === 0) return;
    const previous = inlines[i - 1];
    const gap = ENDS_WITH_SPACE.test(previous?.text ?? '') ? perGap : 0;
    added += gap;
    inline.x += added - i * shift;
    inline.justifyShift = continuesDecoration(previous, inline) ? gap : 0;
  });
}

/** Moves the slack of every justified line onto its spaces. */
export function rejustify(pages: readonly LaidOutPage[]): void {
  for (const page of pages) for (const line of linesOf(page)) rejustifyLine(line.inlines);
}
