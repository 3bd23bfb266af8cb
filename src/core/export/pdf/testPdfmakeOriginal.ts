/**
 * pdfmake's own classes as it ships them, for tests that check our replacements of its
 * internals (textInlines.ts, lineBuilder.ts, styleLookup.ts) give the same results. The
 * engine patches the classes it loads; these are loaded afresh beside them, unpatched.
 * Import the engine (or renderPdf) before calling this.
 */
import { createRequire } from 'node:module';
import { cellMeasureSwitch } from './cellMeasure.ts';

const require = createRequire(import.meta.url);

export type AnyClass = (new (...args: never[]) => Record<string, never>) & {
  prototype: Record<string, (...args: never[]) => unknown>;
} & Record<string, (...args: never[]) => unknown>;

export interface PdfmakeClasses {
  TextInlines: AnyClass;
  StyleContextStack: AnyClass;
  LayoutBuilder: AnyClass;
  Line: AnyClass;
}

const IDS = {
  TextInlines: 'pdfmake/js/TextInlines.js',
  StyleContextStack: 'pdfmake/js/StyleContextStack.js',
  LayoutBuilder: 'pdfmake/js/LayoutBuilder.js',
  Line: 'pdfmake/js/Line.js',
} as const;

function load(): PdfmakeClasses {
  const classes = {} as Record<keyof PdfmakeClasses, AnyClass>;
  for (const [name, id] of Object.entries(IDS)) {
    classes[name as keyof PdfmakeClasses] = (require(id) as { default: AnyClass }).default;
  }
  return classes;
}

/** The classes the engine uses (patched once the engine is loaded). */
export function loadedPdfmake(): PdfmakeClasses {
  return load();
}

/** pdfmake's classes loaded anew, as shipped; the engine keeps its own. */
export function originalPdfmake(): PdfmakeClasses {
  const saved = new Map<string, NodeJS.Module | undefined>();
  for (const key of Object.keys(require.cache)) {
    if (key.includes('/pdfmake/js/')) {
      saved.set(key, require.cache[key]);
      delete require.cache[key];
    }
  }
  try {
    return load();
  } finally {
    for (const key of Object.keys(require.cache)) {
      if (key.includes('/pdfmake/js/')) delete require.cache[key];
    }
    for (const [key, module] of saved) require.cache[key] = module;
  }
}

/** The line breaker pdfmake uses. */
export function pdfmakeLineBreaker(): unknown {
  return createRequire(require.resolve('pdfmake/js/TextBreaker.js'))('linebreak');
}

export interface StackLike {
  styleDictionary: Record<string, unknown>;
  defaultStyle: Record<string, unknown>;
  styleOverrides: unknown[];
}

export interface PdfDocumentLike {
  provideFont(
    font: unknown,
    bold: unknown,
    italics: unknown,
  ): {
    widthOfString(text: string, size: number, features?: unknown): number;
    lineHeight(size: number): number;
  };
}

/** One text pdfmake measured while exporting: what it was given. */
export interface Measured {
  pdfDocument: PdfDocumentLike;
  text: unknown;
  stack: StackLike;
}

/** A copy of a text definition (strings, numbers, run objects, nested arrays). */
export function copyText(text: unknown): unknown {
  if (Array.isArray(text)) return text.map(copyText);
  if (text !== null && typeof text === 'object') {
    const copy: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(text)) copy[key] = copyText(value);
    return copy;
  }
  return text;
}

/** A style stack of pdfmake's own class with the same styles on it. */
export function originalStack(classes: PdfmakeClasses, stack: StackLike): StackLike {
  const fresh = new classes.StyleContextStack(
    stack.styleDictionary as never,
    stack.defaultStyle as never,
  ) as unknown as StackLike;
  fresh.styleOverrides = [...stack.styleOverrides];
  return fresh;
}

/** Every text the engine measures while `work` runs, as it was given. */
export async function recordMeasuredTexts(work: () => Promise<unknown>): Promise<Measured[]> {
  const measured: Measured[] = [];
  const { TextInlines } = loadedPdfmake();
  const patched = TextInlines.prototype.buildInlines!;
  TextInlines.prototype.buildInlines = function (
    this: { pdfDocument: PdfDocumentLike },
    text: unknown,
    stack: StackLike,
  ) {
    measured.push({
      pdfDocument: this.pdfDocument,
      text: copyText(text),
      stack: {
        styleDictionary: stack.styleDictionary,
        defaultStyle: stack.defaultStyle,
        styleOverrides: [...stack.styleOverrides],
      },
    });
    return (patched as (...args: unknown[]) => unknown).call(this, text, stack);
  } as never;
  // Table cells measured with their table's answers (cellMeasure.ts) skip buildInlines: record them too.
  cellMeasureSwitch.enabled = false;
  try {
    await work();
  } finally {
    TextInlines.prototype.buildInlines = patched;
    cellMeasureSwitch.enabled = true;
  }
  return measured;
}
