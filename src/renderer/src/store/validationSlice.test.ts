import { describe, expect, it } from 'vitest';
import type { Completeness, Finding } from '../../../core/validate/index.ts';
import { createAppStore } from './store.ts';
import { sameData } from './validationSlice.ts';

const KEY = 'buku-1.pendahuluan.latar-belakang';

function finding(message: string): Finding {
  return {
    severity: 'error',
    code: 'section.required-empty',
    message,
    where: 'Buku I › BAB I Pendahuluan › 1.1 Latar Belakang',
    path: `/sections/${KEY}`,
    target: { sectionKey: KEY },
  };
}

function completeness(overall: number): Completeness {
  return {
    overall,
    bySection: { [KEY]: overall },
    byChapter: { 'buku-1.pendahuluan': overall },
    byBook: { 'buku-1': overall },
    byDimension: {},
  };
}

describe('validation slice', () => {
  it('keeps the objects it holds when a run finds the same again', () => {
    const store = createAppStore();
    store.getState().setPlanValidation({
      findings: [finding('Bagian wajib ini masih kosong.')],
      completeness: completeness(0.5),
      sectionMarks: { [KEY]: 0 },
    });
    const before = store.getState();
    store.getState().setPlanValidation({
      findings: [finding('Bagian wajib ini masih kosong.')],
      completeness: completeness(0.5),
      sectionMarks: { [KEY]: 0 },
    });
    const after = store.getState();
    expect(after.planFindings).toBe(before.planFindings);
    expect(after.completeness).toBe(before.completeness);
    expect(after.sectionMarks).toBe(before.sectionMarks);

    store.getState().setSectionFindings({ key: KEY, findings: [finding('Kosong.')] });
    const held = store.getState().sectionFindings;
    store.getState().setSectionFindings({ key: KEY, findings: [finding('Kosong.')] });
    expect(store.getState().sectionFindings).toBe(held);
  });

  it('takes a new result when anything in it differs', () => {
    const store = createAppStore();
    store.getState().setPlanValidation({
      findings: [finding('Bagian wajib ini masih kosong.')],
      completeness: completeness(0.5),
      sectionMarks: { [KEY]: 0 },
    });
    const before = store.getState();
    store.getState().setPlanValidation({
      findings: [],
      completeness: completeness(1),
      sectionMarks: { [KEY]: 1 },
    });
    const after = store.getState();
    expect(after.planFindings).toEqual([]);
    expect(after.completeness?.overall).toBe(1);
    expect(after.sectionMarks).toEqual({ [KEY]: 1 });
    expect(after.sectionMarks).not.toBe(before.sectionMarks);

    store.getState().setSectionFindings({ key: KEY, findings: [finding('Kosong.')] });
    store.getState().setSectionFindings({ key: KEY, findings: [] });
    expect(store.getState().sectionFindings).toEqual({ key: KEY, findings: [] });
    store.getState().setSectionFindings(null);
    expect(store.getState().sectionFindings).toBeNull();
  });

  it('compares plain data deeply', () => {
    expect(sameData({ a: [1, { b: 'x' }] }, { a: [1, { b: 'x' }] })).toBe(true);
    expect(sameData({ a: [1, { b: 'x' }] }, { a: [1, { b: 'y' }] })).toBe(false);
    expect(sameData({ a: 1 }, { a: 1, b: undefined })).toBe(false);
    expect(sameData([1, 2], { 0: 1, 1: 2 })).toBe(false);
    expect(sameData(null, {})).toBe(false);
    expect(sameData(0, -0)).toBe(true);
  });
});
