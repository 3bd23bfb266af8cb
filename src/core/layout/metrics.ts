/**
 * Text metrics of Arial and its metric-compatible twin Liberation Sans (the face the
 * PDF embeds and LibreOffice substitutes), used to plan column widths and to
 * estimate pages. The advance widths of printable ASCII are the fonts' own, in
 * thousandths of an em, read from LiberationSans-Regular.ttf and -Bold.ttf; other
 * characters use the width of their base letter or a typical width.
 */

/** Advance widths of U+0020 … U+007E, regular face. */
const REGULAR = [
  278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556,
  556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556, 1015, 667, 667, 722, 722, 667,
  611, 778, 722, 278, 500, 667, 556, 833, 722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667,
  667, 611, 278, 278, 278, 469, 556, 333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500,
  222, 833, 556, 556, 556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584,
];

/** Advance widths of U+0020 … U+007E, bold face. */
const BOLD = [
  278, 333, 474, 556, 556, 889, 722, 238, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556,
  556, 556, 556, 556, 556, 556, 556, 333, 333, 584, 584, 584, 611, 975, 722, 722, 722, 722, 667,
  611, 778, 722, 278, 556, 722, 611, 833, 722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667,
  667, 611, 333, 278, 333, 584, 556, 333, 556, 611, 556, 611, 556, 333, 611, 611, 278, 278, 556,
  278, 889, 611, 611, 611, 611, 389, 556, 333, 611, 556, 778, 556, 556, 500, 389, 280, 389, 584,
];

/** Characters outside ASCII that plans and tables use, same in both faces. */
const OTHER: Record<string, number> = {
  '–': 556,
  '—': 1000,
  '…': 1000,
  '•': 350,
  '◦': 354,
  '▪': 354,
  '×': 584,
  '·': 333,
  '²': 333,
  '³': 333,
  '°': 400,
};

function charEm(ch: string, bold: boolean): number {
  const code = ch.codePointAt(0) ?? 0;
  const table = bold ? BOLD : REGULAR;
  if (code >= 0x20 && code <= 0x7e) return table[code - 0x20]! / 1000;
  const other = OTHER[ch];
  if (other !== undefined) return other / 1000;
  if (ch === '“' || ch === '”') return (bold ? 500 : 333) / 1000;
  if (ch === '‘' || ch === '’') return (bold ? 278 : 222) / 1000;
  // Accented letters (é, Ü …) are as wide as their base letter.
  const base = ch.normalize('NFD')[0];
  if (base && base !== ch) return charEm(base, bold);
  return 0.556;
}

/** Widths in em of U+0020 … U+007E, indexed by code point, for the loops below. */
const ASCII_EM = {
  regular: Float64Array.from({ length: 0x7f }, (_, code) =>
    code >= 0x20 ? REGULAR[code - 0x20]! / 1000 : 0,
  ),
  bold: Float64Array.from({ length: 0x7f }, (_, code) =>
    code >= 0x20 ? BOLD[code - 0x20]! / 1000 : 0,
  ),
};

/** Whether the UTF-16 unit `code` is white space as a regular expression's \s sees it. */
export function isSpace(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0xa0) return false;
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/** Width in em of the character starting at `text[i]`, and how many UTF-16 units it takes. */
function charAt(text: string, i: number, bold: boolean, ascii: Float64Array): [number, number] {
  const code = text.charCodeAt(i);
  if (code >= 0x20 && code <= 0x7e) return [ascii[code]!, 1];
  const point = text.codePointAt(i)!;
  const units = point > 0xffff ? 2 : 1;
  return [charEm(text.slice(i, i + units), bold), units];
}

/** Width of `text` in em. */
export function textWidthEm(text: string, bold = false): number {
  const ascii = bold ? ASCII_EM.bold : ASCII_EM.regular;
  let em = 0;
  for (let i = 0; i < text.length;) {
    const code = text.charCodeAt(i);
    if (code >= 0x20 && code <= 0x7e) {
      em += ascii[code]!;
      i++;
      continue;
    }
    const [width, units] = charAt(text, i, bold, ascii);
    em += width;
    i += units;
  }
  return em;
}

/** Width of `text` in points at `sizePt`. */
export function textWidthPt(text: string, sizePt: number, bold = false): number {
  return textWidthEm(text, bold) * sizePt;
}

/** The words of `text`: what a line never breaks inside. */
export function wordsOf(text: string): string[] {
  return text.split(/\s+/).filter(Boolean);
}

const LETTER = /\p{L}/u;

/**
 * Width in em of the longest piece of `text` a line cannot break: a word, or the
 * part of a word up to a hyphen followed by a letter ("menengah-|besar"), as Word,
 * LibreOffice and pdfmake all break; never inside a code such as "GOV-01", where a
 * digit follows. One pass over the text, no strings made.
 */
export function longestWordEm(text: string, bold = false): number {
  const ascii = bold ? ASCII_EM.bold : ASCII_EM.regular;
  let widest = 0;
  let piece = 0;
  for (let i = 0; i < text.length;) {
    const code = text.charCodeAt(i);
    if (isSpace(code)) {
      if (piece > widest) widest = piece;
      piece = 0;
      i++;
      continue;
    }
    if (code >= 0x20 && code <= 0x7e) {
      piece += ascii[code]!;
      i++;
    } else {
      const [width, units] = charAt(text, i, bold, ascii);
      piece += width;
      i += units;
    }
    if (
      code === 0x2d &&
      i < text.length &&
      LETTER.test(String.fromCodePoint(text.codePointAt(i)!))
    ) {
      if (piece > widest) widest = piece;
      piece = 0;
    }
  }
  return piece > widest ? piece : widest;
}

/** Width of the longest piece of text a line cannot break (see longestWordEm), in points. */
export function longestWordPt(text: string, sizePt: number, bold = false): number {
  return longestWordEm(text, bold) * sizePt;
}

/**
 * The last line of `text` wrapped greedily at spaces, the first line `firstWidthPt`
 * wide and the others `restWidthPt` (a hanging indent): how much of it is used, and
 * how wide it is.
 */
export function lastLine(
  text: string,
  firstWidthPt: number,
  restWidthPt: number,
  sizePt: number,
  bold = false,
): { usedPt: number; widthPt: number } {
  const space = textWidthPt(' ', sizePt, bold);
  let used = 0;
  let width = firstWidthPt;
  for (const word of wordsOf(text)) {
    const w = textWidthPt(word, sizePt, bold);
    if (used > 0 && used + space + w > width) {
      used = w;
      width = restWidthPt;
    } else used = used === 0 ? w : used + space + w;
  }
  return { usedPt: used, widthPt: width };
}

/**
 * Lines `text` takes in a box `widthPt` wide: greedy word wrap per hard line,
 * words longer than the box broken as Word and pdfmake do. One pass over the
 * text: the page estimate runs it over every paragraph and cell of the plan.
 */
export function lineCount(text: string, widthPt: number, sizePt: number, bold = false): number {
  const ascii = bold ? ASCII_EM.bold : ASCII_EM.regular;
  const space = textWidthPt(' ', sizePt, bold);
  let lines = 0;
  let used = 0;
  let count = 1;
  let word = 0;
  let inWord = false;
  // One past the end reads as a line end, closing the last hard line.
  for (let i = 0; i <= text.length;) {
    const code = i < text.length ? text.charCodeAt(i) : 0x0a;
    if (isSpace(code)) {
      if (inWord) {
        const w = word * sizePt;
        const needed = used === 0 ? w : used + space + w;
        if (needed <= widthPt) used = needed;
        else if (w <= widthPt) {
          count++;
          used = w;
        } else {
          count += used === 0 ? Math.ceil(w / widthPt) - 1 : Math.ceil(w / widthPt);
          used = w % widthPt;
        }
        word = 0;
        inWord = false;
      }
      if (code === 0x0a) {
        lines += count;
        used = 0;
        count = 1;
      }
      i++;
      continue;
    }
    inWord = true;
    if (code >= 0x20 && code <= 0x7e) {
      word += ascii[code]!;
      i++;
    } else {
      const [width, units] = charAt(text, i, bold, ascii);
      word += width;
      i += units;
    }
  }
  return Math.max(1, lines);
}
