/**
 * pdfmake's LayoutBuilder.buildNextLine, without copying the rest of the paragraph for
 * every word. pdfmake takes a text's words one at a time off the front of its list and,
 * before each, asks whether it fits with `hasEnoughSpaceForInline(word, rest.slice())`:
 * a copy of all the words still to come, for every word, so a paragraph of n words costs
 * n²/2 copies and as much garbage. This builds the same lines from the same words in the
 * same way, reading the words that follow where they are and taking a line's words off
 * the list at once. Checked against pdfmake 0.3.11 (LayoutBuilder.js, Line.js); the
 * PDFs are byte-identical (lineBuilder.test.ts).
 */

/** A measured word as pdfmake's Line reads it. */
export interface LineInline {
  text: string;
  width: number;
  trailingCut?: number;
  noNewLine?: boolean;
  noWrap?: boolean;
  lineEnd?: boolean;
}

export interface PdfMakeLine {
  inlines: unknown[];
  newLineForced?: boolean;
  lastLineInParagraph?: boolean;
  inlineWidths: number;
  leadingCut: number;
  maxWidth: number;
  addInline(inline: LineInline): void;
  getAvailableWidth(): number;
}

export type LineClass = (new (maxWidth: number) => PdfMakeLine) & {
  prototype: { getHeight(): number; getAscenderHeight(): number };
};

/** A word as Line's height methods read it. */
interface SizedInline {
  height?: number;
  fontSize: number;
  font: { ascender: number };
}

/** Line.getHeight as pdfmake computes it, without a callback made per call (it is asked often). */
function lineHeight(this: { inlines: SizedInline[] }): number {
  let max = 0;
  const inlines = this.inlines;
  for (let i = 0; i < inlines.length; i++) max = Math.max(max, inlines[i]!.height || 0);
  return max;
}

/** Line.getAscenderHeight, likewise. */
function lineAscender(this: { inlines: SizedInline[] }): number {
  let y = 0;
  const inlines = this.inlines;
  for (let i = 0; i < inlines.length; i++) {
    const inline = inlines[i]!;
    y = Math.max(y, (inline.font.ascender / 1000) * inline.fontSize);
  }
  return y;
}

interface WidthMeasurer {
  widthOfText(text: string, inline: LineInline): number;
}

export interface LayoutBuilderClass {
  prototype: {
    writer: { context(): { availableWidth: number } };
    buildNextLine(textNode: { _inlines?: LineInline[] }): PdfMakeLine | null;
  };
}

/** `line.hasEnoughSpaceForInline(inlines[at], inlines.slice(at + 1))`, without the copy. */
function fits(line: PdfMakeLine, inlines: LineInline[], at: number): boolean {
  if (line.inlines.length === 0) return true;
  if (line.newLineForced) return false;
  const inline = inlines[at]!;
  let width = inline.width;
  let trailingCut = inline.trailingCut || 0;
  if (inline.noNewLine) {
    for (let i = at + 1; i < inlines.length; i++) {
      const next = inlines[i]!;
      width += next.width;
      trailingCut += next.trailingCut || 0;
      if (!next.noNewLine) break;
    }
  }
  return line.inlineWidths + width - line.leadingCut - trailingCut <= line.maxWidth;
}

/** As pdfmake's: the largest prefix length of `text` not wider than `maxWidth` (at least 1). */
function findMaxFitLength(text: string, maxWidth: number, measure: (part: string) => number) {
  let low = 1;
  let high = text.length;
  let bestFit = 1;
  while (low <= high) {
    const mid = Math.floor((low + high) / 2);
    if (measure(text.substring(0, mid)) <= maxWidth) {
      bestFit = mid;
      low = mid + 1;
    } else {
      high = mid - 1;
    }
  }
  return bestFit;
}

/** As pdfmake's cloneInline: a copy of every enumerable property. */
function cloneInline(inline: LineInline): LineInline {
  const copy = {} as Record<string, unknown>;
  for (const key in inline) copy[key] = (inline as unknown as Record<string, unknown>)[key];
  return copy as unknown as LineInline;
}

/** pdfmake's buildNextLine: the next line of `inlines` (taken from the list) at most `maxWidth` wide. */
function buildLine(
  Line: LineClass,
  widths: WidthMeasurer,
  inlines: LineInline[] | undefined,
  maxWidth: number,
): PdfMakeLine | null {
  if (!inlines || inlines.length === 0) return null;
  const line = new Line(maxWidth);
  let taken = 0;
  let forceContinue = false;
  while (taken < inlines.length && (fits(line, inlines, taken) || forceContinue)) {
    let hardWrap = false;
    const inline = inlines[taken]!;
    taken += 1;
    if (!inline.noWrap && inline.text.length > 1 && inline.width > line.getAvailableWidth()) {
      const maxChars = findMaxFitLength(inline.text, line.getAvailableWidth(), (part) =>
        widths.widthOfText(part, inline),
      );
      if (maxChars < inline.text.length) {
        const rest = cloneInline(inline);
        rest.text = inline.text.substr(maxChars);
        inline.text = inline.text.substr(0, maxChars);
        rest.width = widths.widthOfText(rest.text, rest);
        inline.width = widths.widthOfText(inline.text, inline);
        // The rest is the next word to place: where this one was.
        taken -= 1;
        inlines[taken] = rest;
        hardWrap = true;
      }
    }
    line.addInline(inline);
    forceContinue = Boolean(inline.noNewLine) && !hardWrap;
  }
  inlines.splice(0, taken);
  line.lastLineInParagraph = inlines.length === 0;
  return line;
}

/** The line builder once installed: the next line of a text's inlines in a given width (gridTables.ts). */
export let nextLine: (
  inlines: LineInline[] | undefined,
  maxWidth: number,
) => PdfMakeLine | null = () => {
  throw new Error('PDF: pembangun baris belum dipasang');
};

let installed = false;

/** Replaces LayoutBuilder.buildNextLine (once per process). */
export function installLineBuilder(
  LayoutBuilder: LayoutBuilderClass,
  Line: LineClass,
  widths: WidthMeasurer,
): void {
  if (installed) return;
  installed = true;
  Line.prototype.getHeight = lineHeight as () => number;
  Line.prototype.getAscenderHeight = lineAscender as () => number;
  nextLine = (inlines, maxWidth) => buildLine(Line, widths, inlines, maxWidth);
  LayoutBuilder.prototype.buildNextLine = function (textNode) {
    return buildLine(Line, widths, textNode._inlines, this.writer.context().availableWidth);
  };
}
