import { beforeAll, describe, expect, it } from 'vitest';
import { renderPdf } from './index.ts';
import { fixtureDocument } from './testFixture.ts';
import {
  copyText,
  type Measured,
  originalPdfmake,
  originalStack,
  pdfmakeLineBreaker,
  type PdfmakeClasses,
  recordMeasuredTexts,
  type StackLike,
} from './testPdfmakeOriginal.ts';
import { buildInlines, type InlinesDeps } from './textInlines.ts';

let measured: Measured[] = [];
let original: PdfmakeClasses;

/** pdfmake's own result and ours, for one text, each from a fresh copy of it. */
function bothWays(call: Measured): { theirs: unknown; ours: unknown } {
  const inlines = new original.TextInlines(call.pdfDocument as never) as unknown as {
    buildInlines(text: unknown, stack: StackLike): unknown;
  };
  const theirs = inlines.buildInlines(copyText(call.text), originalStack(original, call.stack));
  const deps: InlinesDeps = {
    getStyleProperty: original.StyleContextStack
      .getStyleProperty as InlinesDeps['getStyleProperty'],
    LineBreaker: pdfmakeLineBreaker() as InlinesDeps['LineBreaker'],
    provideFont: (font, bold, italics) => call.pdfDocument.provideFont(font, bold, italics),
  };
  const ours = buildInlines(
    deps,
    copyText(call.text),
    originalStack(original, call.stack) as unknown as Parameters<typeof buildInlines>[2],
  );
  return { theirs, ours };
}

beforeAll(async () => {
  measured = await recordMeasuredTexts(() => renderPdf(fixtureDocument()));
  original = originalPdfmake();
});

describe('buildInlines', () => {
  it('measures every text of a whole plan exactly as pdfmake does', () => {
    // Cover, front matter, rich text with footnotes and links, lists, tables, TOC.
    expect(measured.length).toBeGreaterThan(250);
    let words = 0;
    for (const call of measured) {
      const { theirs, ours } = bothWays(call);
      expect(ours).toEqual(theirs);
      words += (ours as { items: unknown[] }).items.length;
    }
    expect(words).toBeGreaterThan(1500);
  });

  it('gives the same words, styles and widths on edge cases', () => {
    const base = measured.find((call) => typeof call.text === 'string')!;
    const cases: unknown[] = [
      '',
      '   Spasi di awal dan di akhir   ',
      '\u00a0Tab\tdan\u3000spasi\u2009tipis\u202fsempit\u00a0',
      '\ufeff\u2028 ',
      'Baris pertama\nbaris kedua\r\nbaris ketiga',
      'Program-program prioritas 2026–2030: e-Government, SPBE, dan https://banyuwangikab.go.id/layanan',
      1234.5,
      [
        'Indeks SPBE ',
        { text: 'naik', bold: true },
        { text: 'signifikan', italics: true },
        ' pada 2025',
        { text: '1', sup: true, fontSize: 8 },
        '.',
      ],
      [{ text: ['Teks ', { text: 'bertingkat', bold: true }] }, ' lanjut'],
      [['Larik ', ['dalam larik ']], { text: [{ text: ['dua ', 'tingkat'] }] }],
      [[{ text: ['objek ', 'dalam larik'] }], [[{ text: 'tiga', bold: true }], ' tingkat']],
      [{ text: 'Tautan Komdigi', link: 'https://www.komdigi.go.id', decoration: 'underline' }],
      [{ text: 'BAB I', noWrap: true }, 'PENDAHULUAN'],
      [{ text: 'Menjorok', leadingIndent: 12 }, ' ke dalam'],
      [
        { text: 'Lebar', characterSpacing: 1.5 },
        { text: '  spasi  ', preserveLeadingSpaces: true },
      ],
    ];
    for (const text of cases) {
      const { theirs, ours } = bothWays({ ...base, text });
      expect(ours).toEqual(theirs);
    }
  });
});
