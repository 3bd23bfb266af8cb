import { describe, expect, it } from 'vitest';
import { AnchorFactory } from './anchors.ts';
import {
  annexCaptionPrefix,
  annexNumber,
  bookNumber,
  CaptionNumbering,
  chapterNumber,
  sectionRole,
} from './numbering.ts';

describe('heading numbers', () => {
  it('writes Buku and BAB in roman numerals and Lampiran in digits', () => {
    expect(bookNumber(2)).toBe('BUKU II');
    expect(chapterNumber(4)).toBe('BAB IV');
    expect(chapterNumber(10)).toBe('BAB X');
    expect(annexNumber(1)).toBe('LAMPIRAN 1');
  });

  it('maps outline depth to section roles, deeper levels staying at subsubsection', () => {
    expect([1, 2, 3, 4].map(sectionRole)).toEqual([
      'section',
      'subsection',
      'subsubsection',
      'subsubsection',
    ]);
  });
});

describe('captions', () => {
  it('numbers tables and figures per chapter, each from 1', () => {
    const captions = new CaptionNumbering(new AnchorFactory());
    captions.enter('2');
    expect(captions.figure('Peta').label).toBe('Gambar 2.1');
    expect(captions.table('Data Pokok').label).toBe('Tabel 2.1');
    expect(captions.table('SWOT').label).toBe('Tabel 2.2');
    captions.enter('3');
    expect(captions.table('Kesiapan').label).toBe('Tabel 3.1');
    expect(captions.figure('Grafik').label).toBe('Gambar 3.1');
  });

  it('numbers annexes as L1.1 and front matter plainly', () => {
    const captions = new CaptionNumbering(new AnchorFactory());
    captions.enter('');
    expect(captions.figure('Logo').label).toBe('Gambar 1');
    captions.enter(annexCaptionPrefix(1));
    expect(captions.table('Matriks Program Lengkap')).toMatchObject({
      label: 'Tabel L1.1',
      text: 'Matriks Program Lengkap',
    });
  });

  it('gives every caption a unique anchor valid as a Word bookmark name', () => {
    const anchors = new AnchorFactory();
    const captions = new CaptionNumbering(anchors);
    const made = [captions.table('a').anchor, captions.figure('b').anchor, anchors.next('h')];
    for (let i = 0; i < 50; i++) made.push(captions.table('x').anchor);
    expect(new Set(made).size).toBe(made.length);
    for (const anchor of made) expect(anchor).toMatch(/^[A-Za-z][A-Za-z0-9_]{0,39}$/);
  });
});
