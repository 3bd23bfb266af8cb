import { describe, expect, it } from 'vitest';
import { BookmarkNames } from './bookmarks.ts';
import { imageSize } from './figures.ts';
import { scaleColumnWidths } from './tables.ts';
import { pageGeometry } from './units.ts';
import { PROFILE as profile } from '../../layout/__fixtures__/profile.ts';

describe('page geometry', () => {
  it('keeps the margins on landscape pages and swaps the text area', () => {
    const portrait = pageGeometry(profile, 'portrait');
    const landscape = pageGeometry(profile, 'landscape');
    expect(portrait.margins).toEqual({ top: 1701, bottom: 1701, left: 2268, right: 1701 });
    expect(portrait.textWidth).toBe(11906 - 2268 - 1701);
    expect(landscape.textWidth).toBe(16838 - 2268 - 1701);
    expect(landscape.textHeight).toBe(11906 - 1701 - 1701);
  });

  it('scales relative column widths to exactly the text width', () => {
    const widths = scaleColumnWidths([1, 4, 2, 1.2, 1.8], 12869);
    expect(widths.reduce((a, b) => a + b, 0)).toBe(12869);
    expect(widths[1]).toBeCloseTo(12869 * 0.4, -1);
    expect(scaleColumnWidths([0, 0], 100)).toEqual([50, 50]);
  });

  it('sizes images by width, keeping the aspect, never taller than allowed', () => {
    const image = {
      mime: 'image/png',
      data: new Uint8Array(),
      widthPx: 600,
      heightPx: 300,
    } as const;
    expect(imageSize(image, 7500, 99999)).toEqual({ width: 500, height: 250 });
    expect(imageSize(image, 7500, 1500)).toEqual({ width: 200, height: 100 });
  });

  it('names bookmarks as Word allows, uniquely and stably', () => {
    const names = new BookmarkNames();
    expect(names.of('h_0001')).toBe('_Toc_h_0001');
    expect(names.of('h_0001')).toBe('_Toc_h_0001');
    const long = names.of(`bab-2/${'x'.repeat(60)}`);
    expect(long).toMatch(/^_Toc_[A-Za-z0-9_]{1,35}$/);
    expect(names.of(`bab-2?${'x'.repeat(60)}`)).not.toBe(long);
  });
});
