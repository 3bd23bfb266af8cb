import { describe, expect, it } from 'vitest';
import { bulletMarker, isTocGroupEntry, orderedLabel, orderedMarker } from './style.ts';

describe('list markers', () => {
  it('go 1. → a. → i. and • → ◦ → ▪ by depth, then start again', () => {
    expect([0, 1, 2, 3].map(orderedMarker)).toEqual([
      'decimal',
      'lower-letter',
      'lower-roman',
      'decimal',
    ]);
    expect([0, 1, 2, 3].map(bulletMarker)).toEqual(['disc', 'circle', 'square', 'disc']);
  });

  it('write counters as Word does', () => {
    expect(orderedLabel('decimal', 12)).toBe('12.');
    expect(orderedLabel('lower-letter', 1)).toBe('a.');
    expect(orderedLabel('lower-letter', 27)).toBe('aa.');
    expect(orderedLabel('lower-roman', 4)).toBe('iv.');
  });
});

describe('list groups', () => {
  it('are the Buku and chapter-level entries of Daftar Isi and the Buku heads of the other lists', () => {
    expect(isTocGroupEntry('contents', 1)).toBe(true);
    expect(isTocGroupEntry('contents', 2)).toBe(false);
    expect(isTocGroupEntry('tables', 0)).toBe(true);
    expect(isTocGroupEntry('tables', 1)).toBe(false);
  });
});
