import { describe, expect, it } from 'vitest';
import { dropBlankPages } from './blankPages.ts';
import type { LaidOutPage, PageItem } from './laidOut.ts';

const page = (...items: PageItem[]): LaidOutPage => ({
  items,
  pageSize: { width: 595, height: 842, orientation: 'portrait' },
});
const drawn: PageItem = { type: 'vector', item: null };

describe('dropBlankPages', () => {
  it('takes out pages without items, last first, and keeps the others in order', () => {
    const first = page(drawn);
    const third = page(drawn);
    const pages = [first, page(), third, page()];
    const removed: number[] = [];
    dropBlankPages(pages, (index) => {
      removed.push(index);
      pages.splice(index, 1);
    });
    expect(removed).toEqual([3, 1]);
    expect(pages).toEqual([first, third]);
  });

  it('keeps a section whose pages all have content', () => {
    const pages = [page(drawn), page(drawn)];
    dropBlankPages(pages, () => expect.unreachable());
    expect(pages).toHaveLength(2);
  });
});
