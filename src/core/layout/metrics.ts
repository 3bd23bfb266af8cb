/**
 * Approximate text metrics for Arial and its metric-compatible twin Liberation Sans,
 * used to plan column widths and to estimate pages. Advance widths are the fonts'
 * real values (in em) rounded into classes; good to a few per cent on Indonesian text.
 */

const NARROW = new Set([..." .,:;!|'ijlIft[]()/-"]);
const WIDE = new Set([...'mwMW@%']);

function charEm(ch: string): number {
  if (NARROW.has(ch)) return ch === 'i' || ch === 'j' || ch === 'l' ? 0.222 : 0.278;
  if (ch === 'r') return 0.333;
  if (WIDE.has(ch)) return ch === 'W' ? 0.944 : 0.833;
  if (ch >= '0' && ch <= '9') return 0.556;
  if (ch >= 'A' && ch <= 'Z') return 0.667;
  // Lowercase letters, the en dash and everything else: the common 0.556 em advance.
  return 0.556;
}

const LETTER = /\p{L}/u;

/** Width of `text` in em; bold letters run about 7 % wider, bold digits and punctuation do not. */
export function textWidthEm(text: string, bold = false): number {
  let em = 0;
  for (const ch of text) em += bold && LETTER.test(ch) ? charEm(ch) * 1.07 : charEm(ch);
  return em;
}

/** Width of `text` in points at `sizePt`. */
export function textWidthPt(text: string, sizePt: number, bold = false): number {
  return textWidthEm(text, bold) * sizePt;
}

/** Width of the longest word (what cannot wrap) in points. */
export function longestWordPt(text: string, sizePt: number, bold = false): number {
  let widest = 0;
  for (const word of text.split(/\s+/)) widest = Math.max(widest, textWidthPt(word, sizePt, bold));
  return widest;
}

/**
 * Lines `text` takes in a box `widthPt` wide: greedy word wrap per hard line,
 * words longer than the box broken as Word and pdfmake do.
 */
export function lineCount(text: string, widthPt: number, sizePt: number, bold = false): number {
  const space = textWidthPt(' ', sizePt, bold);
  let lines = 0;
  for (const hardLine of text.split('\n')) {
    let used = 0;
    let count = 1;
    for (const word of hardLine.split(/\s+/).filter(Boolean)) {
      const w = textWidthPt(word, sizePt, bold);
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
