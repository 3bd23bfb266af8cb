/**
 * Where JSON text stops being valid, for messages that say "baris 120, kolom 3" instead of
 * the engine's English text (which does not always give a position). Runs only after
 * JSON.parse has failed, on text whose nesting depth is already known to be bounded.
 */

export interface JsonSyntaxProblem {
  /** Offset (UTF-16 code units) of the first character that cannot continue the JSON. */
  offset: number;
  /** The text ended before the JSON was complete (a truncated file). */
  truncated: boolean;
}

const WS = new Set([0x20, 0x09, 0x0a, 0x0d]);

/** The first syntax problem in `text`, or undefined when it is valid JSON. */
export function findJsonSyntaxProblem(text: string): JsonSyntaxProblem | undefined {
  let at = 0;
  const fail = (): never => {
    throw { offset: at, truncated: at >= text.length } satisfies JsonSyntaxProblem;
  };
  const skip = () => {
    while (at < text.length && WS.has(text.charCodeAt(at))) at++;
  };
  const expect = (literal: string) => {
    for (const ch of literal) {
      if (text[at] !== ch) fail();
      at++;
    }
  };
  const string = () => {
    at++; // opening quote
    for (;;) {
      if (at >= text.length) fail();
      const ch = text.charCodeAt(at);
      if (ch === 0x22) return void at++;
      if (ch < 0x20) fail();
      if (ch === 0x5c) {
        at++;
        const escape = text[at];
        if (escape === 'u') {
          for (let i = 1; i <= 4; i++)
            if (!/[0-9a-fA-F]/.test(text[at + i] ?? '')) {
              at += i;
              fail();
            }
          at += 5;
        } else if (escape !== undefined && '"\\/bfnrt'.includes(escape)) at++;
        else fail();
      } else at++;
    }
  };
  const number = () => {
    const match = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(at, at + 400));
    if (!match || match[0] === '' || match[0] === '-') fail();
    at += match![0].length;
  };
  const value = (): void => {
    skip();
    const ch = text[at];
    if (ch === '{') {
      at++;
      skip();
      if (text[at] === '}') return void at++;
      for (;;) {
        skip();
        if (text[at] !== '"') fail();
        string();
        skip();
        expect(':');
        value();
        skip();
        if (text[at] === ',') at++;
        else if (text[at] === '}') return void at++;
        else fail();
      }
    }
    if (ch === '[') {
      at++;
      skip();
      if (text[at] === ']') return void at++;
      for (;;) {
        value();
        skip();
        if (text[at] === ',') at++;
        else if (text[at] === ']') return void at++;
        else fail();
      }
    }
    if (ch === '"') return string();
    if (ch === 't') return expect('true');
    if (ch === 'f') return expect('false');
    if (ch === 'n') return expect('null');
    if (ch === '-' || (ch !== undefined && ch >= '0' && ch <= '9')) return number();
    fail();
  };
  try {
    value();
    skip();
    if (at < text.length) fail();
    return undefined;
  } catch (problem) {
    if (problem && typeof problem === 'object' && 'offset' in problem)
      return problem as JsonSyntaxProblem;
    throw problem;
  }
}

/** 1-based line and column of `offset` in `text`. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  const end = Math.min(offset, text.length);
  for (let i = 0; i < end; i++)
    if (text.charCodeAt(i) === 0x0a) {
      line++;
      lineStart = i + 1;
    }
  return { line, column: end - lineStart + 1 };
}
