import { describe, expect, it } from 'vitest';
import type { PageSection } from '../../layout/model.ts';
import { pageInfos } from './pageLabels.ts';

function section(numbering: PageSection['numbering'], restartNumbering: boolean): PageSection {
  return {
    orientation: 'portrait',
    numbering,
    restartNumbering,
    headerFooter: numbering !== 'none',
    blocks: [],
  };
}

describe('pageInfos', () => {
  const sections = [
    section('none', false),
    section('roman', true),
    section('arabic', true),
    section('arabic', false), // a landscape run that continues the body's numbers
    section('arabic', false),
  ];

  it('counts like Word: restart at a section that restarts, continue otherwise', () => {
    const sectionOfPage = [0, 1, 1, 1, 2, 2, 3, 3, 4];
    const infos = pageInfos(sections, sectionOfPage, sectionOfPage.length);
    expect(infos.map((i) => i.label)).toEqual(['', 'i', 'ii', 'iii', '1', '2', '3', '4', '5']);
    expect(infos.map((i) => i.headerFooter)).toEqual([
      false,
      true,
      true,
      true,
      true,
      true,
      true,
      true,
      true,
    ]);
  });

  it('counts unnumbered pages when the next section continues', () => {
    const infos = pageInfos([section('none', false), section('arabic', false)], [0, 1, 1], 3);
    expect(infos.map((i) => i.label)).toEqual(['', '2', '3']);
  });

  it('refuses a page whose section is unknown', () => {
    expect(() => pageInfos(sections, [0, 1], 3)).toThrow(/halaman 3/);
  });
});
