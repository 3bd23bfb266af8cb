import { describe, expect, it } from 'vitest';
import { dropBlankPages } from './blankPages.ts';
import type { LaidOutPage, PageItem } from './laidOut.ts';

const page = (...items: PageItem[]): LaidOutPage => ({
  items,
  pageSize: { width: 595, height: 842, orientation: 'portrait' },
});
const drawn: PageItem = { type: 'vector', item: null };

describe('dropBlankPages', () => {
  it('takes out pages without items and keeps the section of each page in step', () => {
    const pages = [page(drawn), page(), page(drawn)];
    const sections = [0, 1, 1];
    dropBlankPages(pages, sections);
    expect(pages).toHaveLength(2);
    expect(sections).toEqual([0, 1]);
  });

  it('takes out an empty page the engine marked before starting a new section on its own page', () => {
    const pages = [page(drawn), page({ type: 'left-blank', item: null }), page(drawn)];
    const sections = [0, 0, 1];
    dropBlankPages(pages, sections);
    expect(sections).toEqual([0, 1]);
  });
});
