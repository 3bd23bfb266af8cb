import { describe, expect, it } from 'vitest';
import type { HeadingBlock, PageSection } from '../../layout/model.ts';
import { planHeadingNumbering } from './headingNumbering.ts';

function heading(role: HeadingBlock['role'], number: string): HeadingBlock {
  return {
    kind: 'heading',
    role,
    number,
    text: 'X',
    anchor: `a${number}`,
    depth: 0,
    pageBreakBefore: false,
    toc: true,
  };
}

function plan(headings: HeadingBlock[]) {
  const section: PageSection = {
    orientation: 'portrait',
    numbering: 'arabic',
    restartNumbering: true,
    headerFooter: true,
    blocks: headings,
  };
  return planHeadingNumbering([section]);
}

describe('heading numbering', () => {
  it('gives each chapter a list starting at its number, sections printing "2.%2"', () => {
    const bab2 = heading('chapter', 'BAB II');
    const s21 = heading('section', '2.1');
    const s211 = heading('subsection', '2.1.1');
    const numbering = plan([bab2, s21, s211]);
    const list = numbering.definitions.find((d) => d.reference === 'rencana-bab-1');
    expect(list?.levels[0]).toMatchObject({ text: 'BAB %1', start: 2, format: 'upperRoman' });
    expect(list?.levels[1]).toMatchObject({ text: '2.%2' });
    expect(list?.levels[2]).toMatchObject({ text: '2.%2.%3' });
    expect(numbering.numberOf(s211)).toEqual({
      kind: 'list',
      reference: 'rencana-bab-1',
      level: 2,
    });
  });

  it('starts again at every Buku, because each chapter has its own list', () => {
    const first = heading('chapter', 'BAB I');
    const again = heading('chapter', 'BAB I');
    const numbering = plan([first, heading('section', '1.1'), again, heading('section', '1.1')]);
    const a = numbering.numberOf(first);
    const b = numbering.numberOf(again);
    expect(a.kind === 'list' && b.kind === 'list' && a.reference !== b.reference).toBe(true);
  });

  it('prints as text whatever a list would number differently', () => {
    const skipped = heading('subsection', '1.0.1');
    const gap = heading('section', '1.3');
    const odd = heading('chapter', 'BAB IIII');
    const numbering = plan([
      heading('chapter', 'BAB I'),
      skipped,
      heading('section', '1.1'),
      gap,
      odd,
    ]);
    expect(numbering.numberOf(skipped)).toEqual({ kind: 'text' });
    expect(numbering.numberOf(gap)).toEqual({ kind: 'text' });
    expect(numbering.numberOf(odd)).toEqual({ kind: 'text' });
    expect(numbering.numberOf(heading('annex', 'LAMPIRAN 1'))).toEqual({ kind: 'text' });
  });

  it('attaches a legal-style list to the heading styles', () => {
    const styleList = plan([]).definitions[0];
    expect(styleList?.levels.map((l) => l.paragraphStyle)).toEqual([
      'Heading1',
      'Heading2',
      'Heading3',
      'Heading4',
    ]);
    expect(styleList?.levels[1]).toMatchObject({ text: '%1.%2', legal: true });
  });
});
