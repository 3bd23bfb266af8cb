import { describe, expect, it } from 'vitest';
import { PROFILE } from '../../layout/__fixtures__/profile.ts';
import { createImageTable } from './images.ts';
import { createFootnotes } from './footnotes.ts';
import { pageGeometry } from './geometry.ts';
import { keepWithNext } from './blocks/keep.ts';
import { leadHeight } from './blocks/lead.ts';
import type { BuildContext } from './context.ts';
import { linesOf } from './laidOut.ts';
import { typography } from './styles.ts';
import { testEngine } from './testEngine.ts';
import type { PdfNode } from './types.ts';
import { linesOnPage } from './widowControl.ts';

const LINE = 20;
const lines = (count: number) => Array.from({ length: count }, () => LINE);

describe('how many lines of a paragraph stay on the page', () => {
  it('keeps what fits when no line is left alone', () => {
    expect(linesOnPage(lines(6), 0, 4 * LINE, false)).toBe(4);
    expect(linesOnPage(lines(3), 0, 5 * LINE, false)).toBe(3);
  });

  it('sends a second line with the last, so that it is not alone on the next page', () => {
    expect(linesOnPage(lines(6), 0, 5 * LINE, false)).toBe(4);
    // The rest of a paragraph already begun: the same.
    expect(linesOnPage(lines(4), 3, 3 * LINE, false)).toBe(2);
  });

  it('sends a first line alone at the foot of the page on with the rest', () => {
    expect(linesOnPage(lines(6), 0, LINE, false)).toBe(0);
    // Two lines: never parted. Three lines with two fitting: the widow rule leaves one,
    // which would be an orphan: the paragraph moves whole.
    expect(linesOnPage(lines(2), 0, LINE, false)).toBe(0);
    expect(linesOnPage(lines(3), 0, 2 * LINE, false)).toBe(0);
  });

  it('moves nothing whole from the top of a page, which can hold no more', () => {
    expect(linesOnPage(lines(3), 0, 2 * LINE, true)).toBe(2);
    expect(linesOnPage(lines(2), 0, 0.5 * LINE, true)).toBe(1);
  });

  it('sends two lines on together from a page full of a paragraph longer than a page', () => {
    // 46 lines left, 45 fit: the last would be a widow on the next page.
    expect(linesOnPage(lines(46), 10, 45 * LINE, true)).toBe(44);
    expect(linesOnPage(lines(46), 0, 45 * LINE, true)).toBe(44);
  });
});

const FILLER =
  'Dinas Komunikasi dan Informatika menyiapkan pusat data bersama, jaringan antarkantor ' +
  'dan layanan aplikasi umum agar setiap perangkat daerah tidak membangun sendiri.';
const PARAGRAPH =
  'Pemerintah Provinsi membangun layanan publik digital yang terpadu, dari perizinan ' +
  'berusaha sampai pengaduan warga, dengan data kependudukan sebagai rujukan bersama ' +
  'seluruh perangkat daerah, sehingga warga cukup datang sekali ke satu loket.';

/** Paragraph `p` of `count`, `words` words long, marked by its id on its first line. */
function paragraph(p: number, words: number): PdfNode {
  const text = Array.from({ length: words }, (_, i) => PARAGRAPH.split(' ')[i % 30]).join(' ');
  return { text, style: 'body', keepLines: true, id: `para-${p}` };
}

/** The page of each line of each marked paragraph, in order. */
function pagesOfParagraphs(section: PdfNode[]): number[][] {
  const layout = testEngine().layOutSection({
    section: { stack: section },
    pageOrientation: 'portrait',
  });
  const result: number[][] = [];
  layout.pages.forEach((page, index) => {
    for (const line of linesOf(page)) {
      if (line.id?.startsWith('para-')) result.push([]);
      result[result.length - 1]?.push(index);
    }
  });
  return result;
}

/**
 * Lays out six paragraphs after 1 to 30 filler lines, which pushes their page break through
 * every place in them; returns how many paragraphs were parted by a page break and how
 * many of those left a first or last line alone.
 */
function sweep(marked: boolean): { parted: number; alone: string[] } {
  let parted = 0;
  const alone: string[] = [];
  for (let filler = 1; filler <= 30; filler++) {
    const section: PdfNode[] = [
      { text: Array.from({ length: filler * 2 }, () => FILLER).join(' '), style: 'body' },
      ...[60, 25, 12, 40, 18, 90].map((words, p) => {
        const node = paragraph(p, words);
        return marked ? node : { ...node, keepLines: false };
      }),
    ];
    for (const pages of pagesOfParagraphs(section)) {
      const onFirst = pages.filter((page) => page === pages[0]).length;
      const onLast = pages.filter((page) => page === pages[pages.length - 1]).length;
      if (onFirst === pages.length) continue;
      parted++;
      if (onFirst === 1 || onLast === 1) alone.push(`filler ${filler}: pages ${pages.join(',')}`);
    }
  }
  return { parted, alone };
}

describe('widow and orphan control in a laid-out section', () => {
  it('never leaves a first or last line alone on a page, wherever the page breaks', () => {
    const { parted, alone } = sweep(true);
    expect(parted).toBeGreaterThan(10);
    expect(alone).toEqual([]);
  });

  it('leaves paragraphs without the mark as pdfmake lays them out, lines alone included', () => {
    expect(sweep(false).alone.length).toBeGreaterThan(0);
  });
});

describe('a heading before a paragraph', () => {
  const ctx: BuildContext = {
    profile: PROFILE,
    type: typography(PROFILE),
    geometry: pageGeometry(PROFILE),
    orientation: 'portrait',
    footnotes: createFootnotes(),
    images: createImageTable(),
    rowBreaks: new Set(),
  };

  it('goes with a paragraph of three lines that widow control moves whole', () => {
    // A sub-heading keeps the room leadHeight gives for the paragraph after it; with only two
    // lines of room the paragraph would move whole and leave the heading at the foot.
    const keep = leadHeight({ kind: 'paragraph', style: 'body', runs: [{ text: PARAGRAPH }] }, ctx);
    const stranded: string[] = [];
    for (let filler = 1; filler <= 80; filler++) {
      const section: PdfNode[] = [
        ...Array.from({ length: filler }, (_, i): PdfNode => ({
          text: FILLER.slice(0, 40 + (i % 7) * 9),
          style: 'body',
        })),
        ...keepWithNext(
          { text: 'Latar Belakang Kebijakan', style: 'subheading1', id: 'para-h' },
          keep,
        ),
        paragraph(0, 18),
      ];
      const [heading, body] = pagesOfParagraphs(section);
      expect(body).toHaveLength(3);
      if (heading![0] !== body![0]) stranded.push(`filler ${filler}: ${heading} / ${body}`);
    }
    expect(stranded).toEqual([]);
  });
});
