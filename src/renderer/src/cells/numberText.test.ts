import { describe, expect, it } from 'vitest';
import { displayNumber, formatAsYouType } from './numberText.ts';

describe('formatAsYouType', () => {
  it('groups Rupiah as digits arrive and keeps the caret after the digit typed', () => {
    expect(formatAsYouType('rupiah', '1250', 4)).toEqual({
      text: 'Rp1.250',
      caret: 7,
      value: 1250,
    });
    expect(formatAsYouType('rupiah', 'Rp1.2500', 8)).toEqual({
      text: 'Rp12.500',
      caret: 8,
      value: 12500,
    });
    expect(formatAsYouType('rupiah', 'Rp1.250.0000', 12).text).toBe('Rp12.500.000');
  });

  it('keeps the caret in the middle when typing there', () => {
    // "Rp1.|250" → type 9 → "Rp19.250", caret after the 9.
    const result = formatAsYouType('rupiah', 'Rp1.9250', 5);
    expect(result.text).toBe('Rp19.250');
    expect(result.text.slice(0, result.caret)).toBe('Rp19');
  });

  it('drops what is not a number and empties to undefined', () => {
    expect(formatAsYouType('rupiah', 'abc', 3)).toEqual({ text: '', caret: 0, value: undefined });
    expect(formatAsYouType('integer', '12a3', 4)).toEqual({ text: '123', caret: 3, value: 123 });
    expect(formatAsYouType('rupiah', '-5', 2).value).toBe(5);
  });

  it('writes decimals with a comma and takes a typed dot as the comma', () => {
    expect(formatAsYouType('decimal', '3,75', 4)).toEqual({ text: '3,75', caret: 4, value: 3.75 });
    expect(formatAsYouType('decimal', '3.7', 3)).toEqual({ text: '3,7', caret: 3, value: 3.7 });
    expect(formatAsYouType('decimal', '1234,5', 6)).toEqual({
      text: '1.234,5',
      caret: 7,
      value: 1234.5,
    });
    expect(formatAsYouType('decimal', '-2,5', 4).value).toBe(-2.5);
    expect(formatAsYouType('decimal', '-', 1).value).toBeUndefined();
  });

  it('keeps years to four plain digits', () => {
    expect(formatAsYouType('year', '20245', 5)).toEqual({ text: '2024', caret: 4, value: 2024 });
    expect(formatAsYouType('year', '2.024', 5).text).toBe('2024');
  });

  it('drops leading zeros', () => {
    expect(formatAsYouType('integer', '007', 3)).toEqual({ text: '7', caret: 1, value: 7 });
  });
});

describe('displayNumber', () => {
  it('shows stored values in Indonesian form', () => {
    expect(displayNumber('rupiah', 1250000000)).toBe('Rp1.250.000.000');
    expect(displayNumber('decimal', 3.1)).toBe('3,1');
    expect(displayNumber('year', 2026)).toBe('2026');
    expect(displayNumber('integer', undefined)).toBe('');
  });
});
