import { describe, expect, it } from 'vitest';
import { jaccard, nameTokens, NAME_SIMILARITY_THRESHOLD, words } from './similarity.ts';

describe('programme name similarity', () => {
  it('keeps the words that carry meaning', () => {
    expect([...nameTokens('Program Pengembangan Sistem Command Centre Terpadu')]).toEqual([
      'command',
      'center',
    ]);
    expect(words('e-Kinerja ASN')).toEqual(['kinerja', 'asn']);
    expect(words('Sistem Informasi Kesehatan Ibu & Anak')).toContain('ibu');
  });

  it('leaves region names out when told', () => {
    const ignore = new Set(['semarang', 'demak']);
    const a = nameTokens('Penguatan Command Center Kota Semarang', ignore);
    const b = nameTokens('Command Center Kabupaten Demak', ignore);
    expect(jaccard(a, b)).toBe(1);
  });

  it('scores shared words over all words', () => {
    const a = nameTokens('Sekolah Digital dan Pelatihan Guru');
    const b = nameTokens('Sekolah Digital');
    expect(jaccard(a, b)).toBe(0.5);
    expect(jaccard(a, b)).toBeGreaterThanOrEqual(NAME_SIMILARITY_THRESHOLD);
    expect(jaccard(nameTokens('Smart Parking Terintegrasi'), nameTokens('Bank Sampah'))).toBe(0);
    expect(jaccard(new Set(), new Set())).toBe(0);
  });
});
