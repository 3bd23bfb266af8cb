import { describe, expect, it } from 'vitest';
import { CaptionSequences, parseCaptionLabel } from './captions.ts';

describe('captions', () => {
  it('reads the sequence, prefix and number of a label', () => {
    expect(parseCaptionLabel('Tabel 4.2')).toEqual({ identifier: 'Tabel', prefix: '4.', value: 2 });
    expect(parseCaptionLabel('Tabel L1.3')).toEqual({
      identifier: 'Tabel',
      prefix: 'L1.',
      value: 3,
    });
    expect(parseCaptionLabel('Gambar 1')).toEqual({ identifier: 'Gambar', prefix: '', value: 1 });
    expect(parseCaptionLabel('Tabel')).toBeUndefined();
  });

  it('counts on within a chapter and resets with \\r where the count starts again', () => {
    const seq = new CaptionSequences();
    const code = (label: string) => seq.code(parseCaptionLabel(label)!);
    expect(code('Tabel 2.1')).toBe('SEQ Tabel \\* ARABIC');
    expect(code('Gambar 2.1')).toBe('SEQ Gambar \\* ARABIC');
    expect(code('Tabel 2.2')).toBe('SEQ Tabel \\* ARABIC');
    expect(code('Tabel 3.1')).toBe('SEQ Tabel \\* ARABIC \\r 1');
    expect(code('Tabel 3.2')).toBe('SEQ Tabel \\* ARABIC');
  });
});
