import { describe, expect, it } from 'vitest';
import { SectionFlow } from './flow.ts';
import type { Block, HeadingBlock } from './model.ts';

function heading(role: HeadingBlock['role'], text: string, pageBreakBefore = false): HeadingBlock {
  return {
    kind: 'heading',
    role,
    number: '',
    text,
    anchor: text,
    depth: 0,
    pageBreakBefore,
    toc: true,
  };
}
const para = (text: string): Block => ({ kind: 'paragraph', style: 'body', runs: [{ text }] });
const names = (blocks: Block[]) =>
  blocks.map((b) =>
    b.kind === 'heading' ? b.text : b.kind === 'paragraph' ? b.runs[0]!.text : b.kind,
  );

describe('section flow', () => {
  it('opens a landscape section and returns to portrait with numbering continuing', () => {
    const flow = new SectionFlow();
    flow.start('arabic', true, true);
    flow.push(heading('chapter', 'BAB', true), para('teks'));
    flow.orient('landscape');
    flow.push(heading('section', 'Program'), para('tabel'));
    flow.orient('portrait');
    flow.push(para('lanjut'));
    const sections = flow.finish();
    expect(sections.map((s) => [s.orientation, s.restartNumbering])).toEqual([
      ['portrait', true],
      ['landscape', false],
      ['portrait', false],
    ]);
    expect(sections.every((s) => s.numbering === 'arabic' && s.headerFooter)).toBe(true);
  });

  it('carries headings at the foot of a section over to the landscape pages', () => {
    const flow = new SectionFlow();
    flow.start('arabic', true, true);
    flow.push(para('awal'), heading('chapter', 'BAB III', true), heading('section', '3.1'));
    flow.orient('landscape');
    flow.push(para('tabel'));
    const [portrait, landscape] = flow.finish();
    expect(names(portrait!.blocks)).toEqual(['awal']);
    expect(names(landscape!.blocks)).toEqual(['BAB III', '3.1', 'tabel']);
    // The new section already starts a page: no second break.
    expect((landscape!.blocks[0] as HeadingBlock).pageBreakBefore).toBe(false);
  });

  it('hands the restart over when the carried headings empty the section', () => {
    const flow = new SectionFlow();
    flow.start('arabic', true, true);
    flow.push(heading('chapter', 'BAB I', true));
    flow.orient('landscape');
    flow.push(para('tabel'));
    const sections = flow.finish();
    expect(sections).toHaveLength(1);
    expect(sections[0]).toMatchObject({ orientation: 'landscape', restartNumbering: true });
  });

  it('leaves a Buku divider on its own page', () => {
    const flow = new SectionFlow();
    flow.start('arabic', true, true);
    flow.push(heading('book', 'BUKU IV', true));
    flow.orient('landscape');
    flow.push(para('tabel'));
    const [first, second] = flow.finish();
    expect(names(first!.blocks)).toEqual(['BUKU IV']);
    expect(names(second!.blocks)).toEqual(['tabel']);
  });

  it('drops a page break that would open a section', () => {
    const flow = new SectionFlow();
    flow.start('roman', true, true);
    flow.push({ kind: 'page-break' }, para('isi'));
    expect(names(flow.finish()[0]!.blocks)).toEqual(['isi']);
  });
});
