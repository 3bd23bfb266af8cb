import { describe, expect, it } from 'vitest';
import type { Block, LayoutDocument } from '../../layout/model.ts';
import { buildSection } from './content.ts';
import { createFootnotes } from './footnotes.ts';
import { pageGeometry } from './geometry.ts';
import { createImageTable } from './images.ts';
import { typography } from './styles.ts';
import { fixtureDocument } from './testFixture.ts';
import type { PdfNode } from './types.ts';

function contentOf(blocks: Block[]): PdfNode[] {
  const doc: LayoutDocument = {
    ...fixtureDocument(),
    sections: [
      {
        orientation: 'portrait',
        numbering: 'arabic',
        restartNumbering: true,
        headerFooter: true,
        blocks,
      },
    ],
  };
  const ctx = {
    orientation: 'portrait' as const,
    profile: doc.profile,
    type: typography(doc.profile),
    geometry: pageGeometry(doc.profile),
    footnotes: createFootnotes(),
    images: createImageTable(),
    rowBreaks: new Set<string>(),
  };
  const section = doc.sections[0];
  return (section && buildSection(section, ctx)?.section.stack) ?? [];
}

const chapter = (anchor: string): Block => ({
  kind: 'heading',
  role: 'chapter',
  number: 'BAB I',
  text: 'PENDAHULUAN',
  anchor,
  depth: 0,
  pageBreakBefore: true,
  toc: true,
});
const para: Block = {
  kind: 'paragraph',
  style: 'body',
  runs: [{ text: 'Isi.' }, { text: '', footnote: 'Catatan.' }],
};

describe('buildSection', () => {
  it('breaks pages before headings and at page breaks, but never twice or at the top of a section', () => {
    const nodes = contentOf([
      chapter('a'),
      para,
      { kind: 'page-break' },
      chapter('b'),
      para,
      { kind: 'page-break' },
    ]);
    const breaks = nodes.filter((n) => n.pageBreak === 'before');
    expect(nodes[0]?.pageBreak).toBeUndefined();
    expect(breaks).toHaveLength(1);
  });

  it('prints a chapter’s footnotes before the next chapter starts', () => {
    const nodes = contentOf([chapter('a'), para, chapter('b'), para]);
    const noteAt = nodes.findIndex((n) => 'stack' in n && JSON.stringify(n).includes('pdf-note-1'));
    const secondChapterAt = nodes.findIndex((n) => n.pageBreak === 'before');
    expect(noteAt).toBeGreaterThan(0);
    expect(noteAt).toBeLessThan(secondChapterAt);
    expect(JSON.stringify(nodes[nodes.length - 1])).toContain('pdf-note-2');
  });
});
