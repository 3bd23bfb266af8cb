import { describe, expect, it } from 'vitest';
import type { HeadingBlock } from '../../layout/model.ts';
import { outlineTree } from './outline.ts';

function heading(number: string, text: string, depth: number): HeadingBlock {
  const role = depth === 0 ? 'chapter' : 'section';
  return {
    kind: 'heading',
    role,
    number,
    text,
    anchor: `${number}-${text}`,
    depth,
    pageBreakBefore: depth === 0,
    toc: true,
  };
}

describe('outlineTree', () => {
  it('nests each heading under the nearest heading before it with a smaller depth', () => {
    const headings = [
      heading('', 'KATA PENGANTAR', 0),
      heading('BAB I', 'PENDAHULUAN', 0),
      heading('1.1', 'Latar Belakang', 1),
      heading('1.1.1', 'Kondisi Umum', 2),
      heading('1.2', 'Maksud dan Tujuan', 1),
      heading('BAB II', 'GAMBARAN UMUM', 0),
    ];
    const places = new Map(headings.map((h, i) => [h.anchor, { pageIndex: i, top: 100 + i }]));
    const tree = outlineTree(headings, places);
    expect(tree.map((i) => i.title)).toEqual([
      'KATA PENGANTAR',
      'BAB I PENDAHULUAN',
      'BAB II GAMBARAN UMUM',
    ]);
    expect(tree[1]?.children.map((i) => i.title)).toEqual([
      '1.1 Latar Belakang',
      '1.2 Maksud dan Tujuan',
    ]);
    expect(tree[1]?.children[0]?.children[0]).toMatchObject({
      title: '1.1.1 Kondisi Umum',
      pageIndex: 3,
      top: 103,
    });
    expect(tree[1]?.expanded).toBe(true);
  });

  it('fails loudly when a heading was not laid out', () => {
    expect(() => outlineTree([heading('BAB I', 'PENDAHULUAN', 0)], new Map())).toThrow(
      /BAB I PENDAHULUAN/,
    );
  });
});
