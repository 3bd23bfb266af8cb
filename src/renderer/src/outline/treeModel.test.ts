import { describe, expect, it } from 'vitest';
import { sampleContext } from '../../../../tests/fixtures/sample.ts';
import { META_KEY } from '../store/document.ts';
import { ancestorsOf, buildTree, visibleNodes } from './treeModel.ts';

const labels = { meta: 'Identitas Proyek', front: 'Bagian Awal', annexes: 'Lampiran' };

describe('outline tree', () => {
  const { outline } = sampleContext();
  const tree = buildTree(outline, {}, null, labels);

  it('starts with the project details and ends with the annexes, books in between', () => {
    expect(tree[0]!.key).toBe(META_KEY);
    expect(tree.map((n) => n.number).filter(Boolean)).toEqual([
      'Buku I',
      'Buku II',
      'Buku III',
      'Buku IV',
    ]);
    expect(tree[tree.length - 1]!.label).toBe('Lampiran');
  });

  it('shows top-level nodes open and deeper ones closed until opened', () => {
    const closed = visibleNodes(tree, {});
    expect(closed.some((v) => v.level === 3)).toBe(false);
    const chapter = tree[2]!.children[0]!;
    const open = visibleNodes(tree, { [chapter.key]: true });
    const children = open.filter((v) => v.parent === chapter.key);
    expect(children.map((v) => v.position)).toEqual(chapter.children.map((_, i) => i + 1));
    expect(children.every((v) => v.siblings === chapter.children.length && v.level === 3)).toBe(
      true,
    );
  });

  it('finds the nodes to open for a section', () => {
    const programme = 'buku-2.dimensi-governance.pelayanan-publik.program';
    expect(ancestorsOf(tree, programme)).toEqual([
      'buku-2',
      'buku-2.dimensi-governance',
      'buku-2.dimensi-governance.pelayanan-publik',
    ]);
  });

  it('takes the dimension completeness for a dimension chapter', () => {
    const marked = buildTree(
      outline,
      {},
      { overall: 0.5, bySection: {}, byChapter: {}, byBook: {}, byDimension: { governance: 0.25 } },
      labels,
    );
    const governance = marked[3]!.children.find((c) => c.dimension === 'governance');
    expect(governance?.completeness).toBe(0.25);
  });
});
