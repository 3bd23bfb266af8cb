import { describe, expect, it } from 'vitest';
import { sampleContext } from '../../../../tests/fixtures/sample.ts';
import type { Finding } from '../../../core/validate/index.ts';
import { findPart, isInside, overviewOf } from './overviewModel.ts';

const { outline } = sampleContext();
const CHAPTER = 'buku-1.pendahuluan';

function finding(sectionKey: string, severity: Finding['severity']): Finding {
  return {
    severity,
    code: 'section.required-empty',
    message: 'Bagian wajib ini masih kosong.',
    where: 'Buku I › BAB I Pendahuluan',
    path: `/sections/${sectionKey}`,
    target: { sectionKey },
  };
}

describe('overview of a Buku or BAB', () => {
  it('finds books and chapters by key, and nothing else', () => {
    const book = findPart(outline, 'buku-1');
    expect(book?.kind === 'book' && book.label).toBe('Buku I');
    const chapter = findPart(outline, CHAPTER);
    expect(chapter?.kind === 'chapter' && [chapter.label, chapter.title]).toEqual([
      'BAB I',
      'Pendahuluan',
    ]);
    expect(findPart(outline, `${CHAPTER}.latar-belakang`)).toBeUndefined();
    expect(findPart(outline, '@meta')).toBeUndefined();
    expect(findPart(outline, null)).toBeUndefined();
  });

  it('lists a chapter’s sections with their marks, what is required and complete, and findings', () => {
    const part = findPart(outline, CHAPTER)!;
    const marks = {
      [`${CHAPTER}.latar-belakang`]: 1,
      [`${CHAPTER}.maksud-tujuan`]: 1,
      [`${CHAPTER}.ruang-lingkup`]: 0,
      [`${CHAPTER}.landasan-hukum`]: 0,
      [`${CHAPTER}.metodologi`]: 1,
      [`${CHAPTER}.sistematika`]: 0,
    };
    const findings = [
      finding(`${CHAPTER}.ruang-lingkup`, 'error'),
      finding(`${CHAPTER}.landasan-hukum`, 'error'),
      finding(`${CHAPTER}.landasan-hukum`, 'warning'),
      finding('buku-1.gambaran-umum.geografi', 'error'),
    ];
    const { rows, total } = overviewOf(part, marks, findings);
    expect(rows.map((r) => r.number)).toEqual(['1.1', '1.2', '1.3', '1.4', '1.5', '1.6']);
    expect(rows[0]).toMatchObject({
      title: 'Latar Belakang',
      isRequired: true,
      completeness: 1,
      complete: 1,
      errors: 0,
    });
    expect(rows[3]).toMatchObject({ isRequired: true, complete: 0, errors: 1, warnings: 1 });
    // Sistematika Penulisan is not required: counted for its mark, not in the required total.
    expect(rows[5]).toMatchObject({ isRequired: false, required: 0, completeness: 0 });
    expect(total).toEqual({ required: 5, complete: 3, errors: 2, warnings: 1 });
  });

  it('indents the parts of a group and counts them, not the group itself', () => {
    const part = findPart(outline, 'buku-2.dimensi-governance')!;
    const { rows } = overviewOf(part, {}, []);
    const group = rows.find((r) => r.key === 'buku-2.dimensi-governance.pelayanan-publik')!;
    expect(group).toMatchObject({ depth: 0, isRequired: false, completeness: undefined });
    const inside = rows.filter((r) => isInside(r.key, group.key) && r.key !== group.key);
    expect(inside).toHaveLength(5);
    expect(inside.every((r) => r.depth === 1)).toBe(true);
  });

  it('lists a book’s chapters with the totals of their sections', () => {
    const part = findPart(outline, 'buku-1')!;
    const marks = { [`${CHAPTER}.latar-belakang`]: 1, [`${CHAPTER}.maksud-tujuan`]: 0.5 };
    const { rows, total } = overviewOf(part, marks, [finding(`${CHAPTER}.metodologi`, 'error')]);
    expect(rows.map((r) => r.number)).toEqual(['BAB I', 'BAB II', 'BAB III', 'BAB IV']);
    expect(rows[0]).toMatchObject({ key: CHAPTER, required: 5, complete: 1, errors: 1 });
    // Without a whole-plan result, a chapter's mark is the mean of its sections' marks.
    expect(rows[0]!.completeness).toBeCloseTo(1.5 / 6);
    expect(total.errors).toBe(1);
    expect(total.required).toBe(rows.reduce((n, r) => n + r.required, 0));
  });

  it('takes a chapter’s mark from the whole-plan completeness when there is one', () => {
    const part = findPart(outline, 'buku-1')!;
    const plan = {
      overall: 0.4,
      bySection: {},
      byChapter: { [CHAPTER]: 0.8 },
      byBook: { 'buku-1': 0.4 },
      byDimension: {},
    };
    expect(overviewOf(part, {}, [], plan).rows[0]!.completeness).toBe(0.8);
  });

  it('tells whether a section lies inside a part by its key', () => {
    expect(isInside(`${CHAPTER}.latar-belakang`, CHAPTER)).toBe(true);
    expect(isInside(CHAPTER, CHAPTER)).toBe(true);
    expect(isInside('buku-1.pendahuluan-lain.x', CHAPTER)).toBe(false);
  });
});
