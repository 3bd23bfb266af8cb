/**
 * pdfmake's measuring of a text (TextInlines.buildInlines with the TextBreaker it uses),
 * giving the same inlines with style resolved once per run instead of once per word.
 *
 * pdfmake breaks a text into words, copies the run's own style onto each word and then
 * asks the style stack for twenty-odd properties of every word. All words of one run
 * carry the same own properties and see the same stack, so every answer is the same for
 * all of them: here the answers are read for the first word of a run and given to the
 * others. The words, their order, their properties and their widths are those pdfmake
 * computes (checked by textInlines.test.ts against pdfmake's own code, on the sample
 * plan and on edge cases). Checked against pdfmake 0.3.11 (TextInlines.js,
 * TextBreaker.js).
 */

import { isSpace } from '../../layout/metrics.ts';

/** A word as pdfmake's TextBreaker returns it and its measure() completes it. */
interface Word extends Record<string, unknown> {
  text: string;
  lineEnd?: boolean;
  leadingCut?: number;
  trailingCut?: number;
  leadingIndent?: number;
}

/** The part of a PDFKit font measuring uses. */
interface MeasuredFont {
  widthOfString(text: string, size: number, features?: unknown): number;
  lineHeight(size: number): number;
}

export interface InlinesStyleStack {
  getProperty(property: string): unknown;
}

type GetStyleProperty = (
  item: object | string,
  stack: InlinesStyleStack | null | undefined,
  property: string,
  defaultValue: unknown,
) => unknown;

/** linebreak's break iterator (pdfmake's dependency, used as TextBreaker uses it). */
type LineBreakerClass = new (text: string) => {
  nextBreak(): { position: number; required: boolean } | null;
};

export interface InlinesDeps {
  getStyleProperty: GetStyleProperty;
  LineBreaker: LineBreakerClass;
  provideFont(font: unknown, bold: unknown, italics: unknown): MeasuredFont;
}

export interface BuiltInlines {
  items: Word[];
  minWidth: number;
  maxWidth: number;
}

/**
 * How many code units of white space `text` starts with (pdfmake finds a word's leading
 * and trailing spaces with /^(\s)+/ and /(\s)+$/; scanning for them makes no array per word).
 */
function leadingSpaces(text: string): number {
  let end = 0;
  while (end < text.length && isSpace(text.charCodeAt(end))) end++;
  return end;
}

/** Where the white space `text` ends with begins (its length when none). */
function trailingSpaces(text: string): number {
  let start = text.length;
  while (start > 0 && isSpace(text.charCodeAt(start - 1))) start--;
  return start;
}
const LINE_END = /\r?\n$|\r$/;

function isObject(value: unknown): value is Record<string, unknown> {
  return (
    value !== null &&
    typeof value === 'object' &&
    !Array.isArray(value) &&
    !(value instanceof String) &&
    !(value instanceof Number)
  );
}

/**
 * As pdfmake's flattenTextArray (a reduce concatenating each run, the runs of a nested
 * `text` array in its place, arrays in arrays flattened again), without creating its
 * callbacks for every text.
 */
function flattenList(list: unknown[], out: unknown[] = []): unknown[] {
  for (const cur of list) {
    const current =
      isObject(cur) && Array.isArray(cur.text) ? flattenList(cur.text as unknown[]) : cur;
    if (!Array.isArray(current)) {
      out.push(current);
      continue;
    }
    const flat = current.some(Array.isArray) ? flattenList(current) : current;
    for (const item of flat) out.push(item);
  }
  return out;
}

function flattenTextArray(array: unknown): unknown[] {
  return flattenList(Array.isArray(array) ? array : [array]);
}

/**
 * Short texts already split into words, with their words: the same text always splits the
 * same way, and table cells repeat (a department's name, a year, an amount). The words
 * are read, never changed: breakRuns makes the measured words from them. Paragraphs,
 * which do not repeat, are not kept.
 */
const splitTexts = new Map<string, readonly Readonly<Word>[]>();
const SPLIT_TEXTS_KEPT = 20_000;
const SPLIT_TEXT_CHARS = 160;

/** As TextBreaker's splitWords (the words of a text split as pdfmake splits it are shared). */
function splitWords(
  LineBreaker: LineBreakerClass,
  value: unknown,
  noWrap: unknown,
  breakAll: boolean,
): readonly Readonly<Word>[] {
  const text = value === undefined || value === null ? '' : String(value);
  if (noWrap) return [{ text }];
  if (breakAll) {
    return text
      .split('')
      .map((c) => (c === '\n' || c === '\r' ? { text: '', lineEnd: true } : { text: c }));
  }
  if (text.length === 0) return [{ text: '' }];
  const short = text.length <= SPLIT_TEXT_CHARS;
  const known = short ? splitTexts.get(text) : undefined;
  if (known) return known;
  const words: Word[] = [];
  const breaker = new LineBreaker(text);
  let last = 0;
  for (let bk = breaker.nextBreak(); bk; bk = breaker.nextBreak()) {
    const word = text.slice(last, bk.position);
    if (bk.required || LINE_END.test(word)) {
      words.push({ text: word.replace(LINE_END, ''), lineEnd: true });
    } else {
      words.push({ text: word });
    }
    last = bk.position;
  }
  if (short) {
    if (splitTexts.size >= SPLIT_TEXTS_KEPT) splitTexts.clear();
    splitTexts.set(text, words);
  }
  return words;
}

function firstWord(
  LineBreaker: LineBreakerClass,
  words: readonly Readonly<Word>[],
  noWrap: unknown,
): string | null {
  let word = words[0];
  if (word === undefined) return null;
  if (noWrap) {
    word = splitWords(LineBreaker, word.text, false, false)[0];
    if (word === undefined) return null;
  }
  return word.text;
}

function lastWord(
  LineBreaker: LineBreakerClass,
  words: readonly Readonly<Word>[],
  noWrap: unknown,
): string | null {
  let word = words[words.length - 1];
  if (word === undefined || word.lineEnd) return null;
  if (noWrap) {
    const split = splitWords(LineBreaker, word.text, false, false);
    word = split[split.length - 1];
    if (word === undefined) return null;
  }
  return word.text;
}

/**
 * A word with a slot for every property the layout gives it, so that setting them does
 * not grow the object (and reallocate its properties) two dozen times per word: on a
 * long plan that was the largest share of the memory allocated while laying out. Slots
 * pdfmake sets only sometimes start undefined, which reads as pdfmake's absent property.
 */
function newWord(text: string): Word {
  return {
    text,
    lineEnd: undefined,
    noNewLine: undefined,
    font: undefined,
    alignment: undefined,
    fontSize: undefined,
    fontFeatures: undefined,
    characterSpacing: undefined,
    color: undefined,
    decoration: undefined,
    decorationColor: undefined,
    decorationStyle: undefined,
    decorationThickness: undefined,
    background: undefined,
    link: undefined,
    linkToPage: undefined,
    linkToDestination: undefined,
    noWrap: undefined,
    opacity: undefined,
    sup: undefined,
    sub: undefined,
    width: 0,
    height: 0,
    leadingCut: undefined,
    trailingCut: 0,
    // Set by the line that takes the word (pdfmake's Line.addInline).
    x: undefined,
  };
}

/** Own properties but `text`, as StyleContextStack.copyStyle copies them. */
function copyStyle(source: Record<string, unknown>, destination: Word): void {
  for (const key in source) {
    if (key !== 'text' && Object.prototype.hasOwnProperty.call(source, key)) {
      destination[key] = source[key];
    }
  }
}

/**
 * As TextBreaker.getBreaks, also telling for each word the run it came from: the
 * index of its object in `texts`, or -1 for plain strings (which carry no style).
 */
function breakRuns(
  deps: InlinesDeps,
  texts: unknown[],
  stack: InlinesStyleStack,
): { words: Word[]; runs: number[] } {
  const { getStyleProperty, LineBreaker } = deps;
  const words: Word[] = [];
  const runs: number[] = [];
  let previousLast: string | null = null;
  for (let i = 0; i < texts.length; i++) {
    const item = texts[i];
    const probe = (item || {}) as object;
    const breakAll = getStyleProperty(probe, stack, 'wordBreak', 'normal') === 'break-all';
    const noWrap = getStyleProperty(probe, stack, 'noWrap', false);
    let style: Record<string, unknown> | null = null;
    let split: readonly Readonly<Word>[];
    if (isObject(item)) {
      const ref = item._textRef as { _textNodeRef: { text: unknown } } | undefined;
      if (ref && ref._textNodeRef.text) item.text = ref._textNodeRef.text;
      split = splitWords(LineBreaker, item.text, noWrap, breakAll);
      style = {};
      copyStyle(item, style as Word);
    } else {
      split = splitWords(LineBreaker, item, noWrap, breakAll);
    }
    if (previousLast && split.length > 0) {
      const joined = splitWords(
        LineBreaker,
        previousLast + firstWord(LineBreaker, split, noWrap),
        false,
        false,
      );
      if (joined.length === 1) words[words.length - 1]!.noNewLine = true;
    }
    const run = style ? i : -1;
    for (const piece of split) {
      const word = newWord(piece.text);
      if (piece.lineEnd) word.lineEnd = true;
      if (style) copyStyle(style, word);
      words.push(word);
      runs.push(run);
    }
    previousLast = i + 1 < texts.length ? lastWord(LineBreaker, split, noWrap) : null;
  }
  return { words, runs };
}

/** What the stack says of a run's words: the same for each of them. */
interface RunStyle {
  font: MeasuredFont;
  alignment: unknown;
  fontSize: number;
  fontFeatures: unknown;
  characterSpacing: number;
  color: unknown;
  decoration: unknown;
  decorationColor: unknown;
  decorationStyle: unknown;
  decorationThickness: unknown;
  background: unknown;
  link: unknown;
  linkToPage: unknown;
  linkToDestination: unknown;
  noWrap: unknown;
  opacity: unknown;
  sup: unknown;
  sub: unknown;
  height: number;
  preserveLeadingSpaces: unknown;
  preserveTrailingSpaces: unknown;
}

/** The questions TextInlines.measure asks of one word, in its order. */
function runStyle(deps: InlinesDeps, word: Word, stack: InlinesStyleStack): RunStyle {
  const get = deps.getStyleProperty;
  const font = deps.provideFont(
    get(word, stack, 'font', 'Roboto'),
    get(word, stack, 'bold', false),
    get(word, stack, 'italics', false),
  );
  const alignment = get(word, stack, 'alignment', 'left');
  let fontSize = get(word, stack, 'fontSize', 12) as number;
  const fontFeatures = get(word, stack, 'fontFeatures', null);
  const characterSpacing = get(word, stack, 'characterSpacing', 0) as number;
  const color = get(word, stack, 'color', 'black');
  const decoration = get(word, stack, 'decoration', null);
  const decorationColor = get(word, stack, 'decorationColor', null);
  const decorationStyle = get(word, stack, 'decorationStyle', null);
  const decorationThickness = get(word, stack, 'decorationThickness', null);
  const background = get(word, stack, 'background', null);
  const link = get(word, stack, 'link', null);
  const linkToPage = get(word, stack, 'linkToPage', null);
  const linkToDestination = get(word, stack, 'linkToDestination', null);
  const noWrap = get(word, stack, 'noWrap', null);
  const opacity = get(word, stack, 'opacity', 1);
  const sup = get(word, stack, 'sup', false);
  const sub = get(word, stack, 'sub', false);
  if (sup || sub) fontSize *= 0.58;
  const lineHeight = get(word, stack, 'lineHeight', 1) as number;
  return {
    font,
    alignment,
    fontSize,
    fontFeatures,
    characterSpacing,
    color,
    decoration,
    decorationColor,
    decorationStyle,
    decorationThickness,
    background,
    link,
    linkToPage,
    linkToDestination,
    noWrap,
    opacity,
    sup,
    sub,
    height: font.lineHeight(fontSize) * lineHeight,
    preserveLeadingSpaces: get(word, stack, 'preserveLeadingSpaces', false),
    preserveTrailingSpaces: get(word, stack, 'preserveTrailingSpaces', false),
  };
}

function widthOfText(text: string, style: RunStyle): number {
  return (
    style.font.widthOfString(text, style.fontSize, style.fontFeatures) +
    (style.characterSpacing || 0) * (text.length - 1)
  );
}

/** As TextInlines.measure, with each run's style read once. */
function measure(deps: InlinesDeps, words: Word[], runs: number[], stack: InlinesStyleStack): void {
  if (words.length > 0) {
    const leadingIndent = deps.getStyleProperty(words[0]!, stack, 'leadingIndent', 0) as number;
    if (leadingIndent) {
      words[0]!.leadingCut = -leadingIndent;
      words[0]!.leadingIndent = leadingIndent;
    }
  }
  // A run's words are consecutive; plain strings (run -1) all share one style.
  let plainStyle: RunStyle | undefined;
  let lastRun = -1;
  let lastStyle: RunStyle | undefined;
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    const run = runs[i]!;
    let style: RunStyle;
    if (run === -1) style = plainStyle ??= runStyle(deps, word, stack);
    else if (run === lastRun && lastStyle) style = lastStyle;
    else {
      style = lastStyle = runStyle(deps, word, stack);
      lastRun = run;
    }
    word.font = style.font;
    word.alignment = style.alignment;
    word.fontSize = style.fontSize;
    word.fontFeatures = style.fontFeatures;
    word.characterSpacing = style.characterSpacing;
    word.color = style.color;
    word.decoration = style.decoration;
    word.decorationColor = style.decorationColor;
    word.decorationStyle = style.decorationStyle;
    word.decorationThickness = style.decorationThickness;
    word.background = style.background;
    word.link = style.link;
    word.linkToPage = style.linkToPage;
    word.linkToDestination = style.linkToDestination;
    word.noWrap = style.noWrap;
    word.opacity = style.opacity;
    word.sup = style.sup;
    word.sub = style.sub;
    const text = word.text;
    word.width = widthOfText(text, style);
    word.height = style.height;
    if (!word.leadingCut) word.leadingCut = 0;
    if (!style.preserveLeadingSpaces) {
      const end = leadingSpaces(text);
      if (end > 0) word.leadingCut += widthOfText(text.slice(0, end), style);
    }
    word.trailingCut = 0;
    if (!style.preserveTrailingSpaces) {
      const start = trailingSpaces(text);
      if (start < text.length) word.trailingCut = widthOfText(text.slice(start), style);
    }
  }
}

function trimmedWidth(item: { width: number; leadingCut: number; trailingCut: number }): number {
  return Math.max(0, item.width - item.leadingCut - item.trailingCut);
}

/** TextInlines.buildInlines: the words of a text, measured, with its narrowest and widest. */
export function buildInlines(
  deps: InlinesDeps,
  textArray: unknown,
  stack: InlinesStyleStack,
): BuiltInlines {
  const { words, runs } = breakRuns(deps, flattenTextArray(textArray), stack);
  measure(deps, words, runs, stack);
  let minWidth = 0;
  let maxWidth = 0;
  let line: { width: number; leadingCut: number; trailingCut: number } | null = null;
  for (const word of words) {
    const measured = word as Word & { width: number; leadingCut: number; trailingCut: number };
    minWidth = Math.max(minWidth, trimmedWidth(measured));
    line ??= { width: 0, leadingCut: measured.leadingCut, trailingCut: 0 };
    line.width += measured.width;
    line.trailingCut = measured.trailingCut;
    maxWidth = Math.max(maxWidth, trimmedWidth(line));
    if (word.lineEnd) line = null;
  }
  if (deps.getStyleProperty({}, stack, 'noWrap', false)) minWidth = maxWidth;
  return { items: words, minWidth, maxWidth };
}
