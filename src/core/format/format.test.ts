import { describe, expect, it } from 'vitest';
import { formatDateId } from './date.ts';
import { formatNumber, formatPercent, formatRupiah, parseIndonesianNumber } from './number.ts';
import { toRoman } from './roman.ts';
import { valueText } from './valueText.ts';

describe('Indonesian number formatting', () => {
  it('writes Rupiah with dot thousands and no space', () => {
    expect(formatRupiah(1_250_000_000)).toBe('Rp1.250.000.000');
    expect(formatRupiah(0)).toBe('Rp0');
    expect(formatRupiah(999)).toBe('Rp999');
    expect(formatRupiah(-2_500_000)).toBe('-Rp2.500.000');
  });

  it('writes decimals with a comma', () => {
    expect(formatNumber(3.1, 2)).toBe('3,10');
    expect(formatNumber(1749773)).toBe('1.749.773');
    expect(formatPercent(12.5)).toBe('12,5%');
  });

  it('reads numbers as planners type them', () => {
    expect(parseIndonesianNumber('Rp1.250.000.000')).toBe(1_250_000_000);
    expect(parseIndonesianNumber('1.250.000')).toBe(1_250_000);
    expect(parseIndonesianNumber('3,10')).toBe(3.1);
    expect(parseIndonesianNumber('3.1')).toBe(3.1);
    expect(parseIndonesianNumber('12,5%')).toBe(12.5);
    expect(parseIndonesianNumber('dua')).toBeUndefined();
    expect(parseIndonesianNumber('')).toBeUndefined();
  });
});

describe('dates and roman numerals', () => {
  it('writes dates the Indonesian way', () => {
    expect(formatDateId('2026-11-22')).toBe('22 November 2026');
    expect(formatDateId('2026-01-05')).toBe('5 Januari 2026');
    expect(formatDateId('2026-02-30')).toBeUndefined();
    expect(formatDateId('22/11/2026')).toBeUndefined();
  });

  it('numbers chapters in roman numerals', () => {
    expect([1, 4, 9, 14, 40].map(toRoman)).toEqual(['I', 'IV', 'IX', 'XIV', 'XL']);
    expect(() => toRoman(0)).toThrow(RangeError);
  });
});

describe('valueText', () => {
  it('writes text as it is, numbers and truth values plainly, anything else as JSON', () => {
    expect(valueText('Dinas Kominfo')).toBe('Dinas Kominfo');
    expect(valueText(1250000)).toBe('1250000');
    expect(valueText(true)).toBe('true');
    expect(valueText(undefined)).toBe('');
    expect(valueText(null)).toBe('');
    expect(valueText(['gov', 'eco'])).toBe('["gov","eco"]');
    expect(valueText({ 2026: 1, 2027: 2 })).toBe('{"2026":1,"2027":2}');
  });

  it('never throws, not even on an object whose toString is not a function', () => {
    const damaged = JSON.parse('{"toString":""}') as object;
    expect(() => String(damaged)).toThrow();
    expect(valueText(damaged)).toBe('{"toString":""}');
  });
});
