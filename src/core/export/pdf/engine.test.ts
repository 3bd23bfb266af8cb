import { describe, expect, it } from 'vitest';
import { linesOf, type LaidOutPage } from './laidOut.ts';
import { testEngine as engine } from './testEngine.ts';
import type { PdfNode, PdfSection } from './types.ts';

const PARAGRAPH =
  'Pemerintah Kabupaten membangun layanan publik digital yang terpadu, dari perizinan ' +
  'berusaha sampai pengaduan warga, dengan data kependudukan sebagai rujukan bersama ' +
  'seluruh perangkat daerah.';

/** A chapter of numbered paragraphs, then a programme table whose rows are kept whole. */
function chapter(paragraphs: number): PdfSection {
  const text: PdfNode[] = Array.from({ length: paragraphs }, (_, i) => ({
    text: `${i + 1}. ${PARAGRAPH}`,
    style: 'body',
  }));
  const rows = Array.from({ length: 40 }, (_, i) => [
    { text: `GOV-${String(i + 1).padStart(2, '0')}` },
    { text: `Program layanan digital ${i + 1}: ${PARAGRAPH}` },
  ]);
  const table: PdfNode = {
    table: { widths: [60, 300], body: rows, dontBreakRows: true },
    layout: 'grid',
    style: 'tableCell',
  };
  return { section: { stack: [...text, table] }, pageOrientation: 'portrait' };
}

const textOf = (pages: readonly LaidOutPage[]) =>
  pages.map((page) => [...linesOf(page)].map((line) => line.inlines.map((i) => i.text).join('')));

describe('the PDF engine laying out a part', () => {
  it('lays out every page when nothing stops it', () => {
    const layout = engine().layOutSection(chapter(60));
    expect(layout.stopped).toBe(false);
    expect(layout.pages.length).toBeGreaterThan(5);
  });

  it('stops when a page begins and stopWhen says so, with the pages begun until then', () => {
    const whole = engine().layOutSection(chapter(60));
    const asked: number[] = [];
    const layout = engine().layOutSection(chapter(60), (pages) => {
      asked.push(pages.length);
      return pages.length === 3;
    });
    expect(layout.stopped).toBe(true);
    expect(asked).toEqual([1, 2, 3]);
    expect(layout.pages).toHaveLength(3);
    // The pages before the stop are those of the whole layout; the third has just begun.
    expect(textOf(layout.pages.slice(0, 2))).toEqual(textOf(whole.pages.slice(0, 2)));
    expect(textOf(layout.pages.slice(2))).toEqual([[]]);
    // A stopped layout's pages are never finished or placed.
    expect(() => layout.removePage(2)).toThrow('tata letak yang dihentikan');
    expect(() =>
      layout.addFurniture(
        () => null,
        () => null,
        1,
      ),
    ).toThrow('tata letak yang dihentikan');
  });

  it('stops among table rows kept whole, each laid out on a page of its own first', () => {
    const whole = engine().layOutSection(chapter(2));
    expect(whole.pages.length).toBeGreaterThan(2);
    const layout = engine().layOutSection(chapter(2), (pages) => pages.length === 2);
    expect(layout.stopped).toBe(true);
    expect(textOf(layout.pages.slice(0, 1))).toEqual(textOf(whole.pages.slice(0, 1)));
  });

  it('lets errors other than its own stop through', () => {
    expect(() =>
      engine().layOutSection(chapter(60), () => {
        throw new Error('rusak');
      }),
    ).toThrow('rusak');
  });
});
