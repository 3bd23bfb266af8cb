import { beforeAll, describe, expect, it } from 'vitest';
import { renderPdf } from './index.ts';
import { fixtureDocument } from './testFixture.ts';
import {
  copyText,
  loadedPdfmake,
  type Measured,
  originalPdfmake,
  originalStack,
  type PdfmakeClasses,
  recordMeasuredTexts,
} from './testPdfmakeOriginal.ts';

interface Inline extends Record<string, unknown> {
  text: string;
  x?: number;
  width: number;
}

interface Line {
  inlines: Inline[];
  inlineWidths: number;
  leadingCut: number;
  trailingCut: number;
  newLineForced?: boolean;
  lastLineInParagraph?: boolean;
}

type BuildNextLine = (this: unknown, node: { _inlines: Inline[] }) => Line | null;

let measured: Measured[] = [];
let original: PdfmakeClasses;
let ours: BuildNextLine;
let theirs: BuildNextLine;

beforeAll(async () => {
  measured = await recordMeasuredTexts(() => renderPdf(fixtureDocument()));
  original = originalPdfmake();
  ours = loadedPdfmake().LayoutBuilder.prototype.buildNextLine as unknown as BuildNextLine;
  theirs = original.LayoutBuilder.prototype.buildNextLine as unknown as BuildNextLine;
});

/** pdfmake's measured words of a text, as its layout receives them. */
function wordsOf(call: Measured, text: unknown = call.text): Inline[] {
  const inlines = new original.TextInlines(call.pdfDocument as never) as unknown as {
    buildInlines(text: unknown, stack: unknown): { items: Inline[] };
  };
  return inlines.buildInlines(copyText(text), originalStack(original, call.stack)).items;
}

/** Every line a builder makes of the words at one width, as plain data. */
function lines(build: BuildNextLine, words: Inline[], width: number): unknown[] {
  const builder = { writer: { context: () => ({ availableWidth: width }) } };
  const node = { _inlines: words.map((word) => ({ ...word })) };
  const result: unknown[] = [];
  for (let line = build.call(builder, node); line; line = build.call(builder, node)) {
    result.push({
      words: line.inlines.map((inline) => [inline.text, inline.x, inline.width]),
      inlineWidths: line.inlineWidths,
      leadingCut: line.leadingCut,
      trailingCut: line.trailingCut,
      newLineForced: line.newLineForced,
      last: line.lastLineInParagraph,
      left: node._inlines.length,
    });
    expect(result.length).toBeLessThan(10_000);
  }
  return result;
}

describe('buildNextLine', () => {
  it('breaks every text of a whole plan into the lines pdfmake makes, at several widths', () => {
    let count = 0;
    for (const call of measured) {
      const words = wordsOf(call);
      for (const width of [451.3, 210, 62]) {
        const expected = lines(theirs, words, width);
        expect(lines(ours, words, width)).toEqual(expected);
        count += expected.length;
      }
    }
    expect(count).toBeGreaterThan(1000);
  });

  it('cuts words wider than the line and keeps runs without a space together', () => {
    const base = measured.find((call) => typeof call.text === 'string')!;
    const texts: unknown[] = [
      'Portal https://satudata.banyuwangikab.go.id/dataset/indeks-kepuasan-masyarakat-2025 memuat data.',
      ['Indeks', { text: 'SPBE', bold: true }, '2025', { text: '1', sup: true }, ' naik.'],
      'Baris pertama\nbaris kedua yang cukup panjang untuk dipatahkan\n\nsetelah baris kosong',
    ];
    for (const text of texts) {
      const words = wordsOf(base, text);
      for (const width of [120, 40, 12]) {
        expect(lines(ours, words, width)).toEqual(lines(theirs, words, width));
      }
    }
  });
});
