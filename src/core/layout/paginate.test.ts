import { describe, expect, it } from 'vitest';
import { kotaSemarangContext } from './__fixtures__/kotaSemarang.ts';
import { buildLayout } from './index.ts';
import type { Block, HeadingBlock, PageSection, TableCell, TocBlock } from './model.ts';
import { estimatePages, pageLabel } from './paginate.ts';
import { PROFILE } from './__fixtures__/profile.ts';

const SENTENCE =
  'Pemerintah daerah memperluas layanan publik digital yang terpadu bagi seluruh warga kota. ';
const para = (sentences: number): Block => ({
  kind: 'paragraph',
  style: 'body',
  runs: [{ text: SENTENCE.repeat(sentences) }],
});
const heading = (anchor: string): HeadingBlock => ({
  kind: 'heading',
  role: 'section',
  number: '1.1',
  text: 'Bagian',
  anchor,
  depth: 1,
  pageBreakBefore: false,
  toc: true,
});
const body = (blocks: Block[]): PageSection => ({
  orientation: 'portrait',
  numbering: 'arabic',
  restartNumbering: true,
  headerFooter: true,
  blocks,
});

describe('page labels', () => {
  it('writes front matter in lower-case roman numerals and the body in digits', () => {
    expect(pageLabel('roman', 4)).toBe('iv');
    expect(pageLabel('arabic', 12)).toBe('12');
    expect(pageLabel('none', 1)).toBe('');
  });
});

describe('page estimates', () => {
  it('never moves a later heading to an earlier page when text is added before it', () => {
    let previous = 0;
    const seen = new Set<number>();
    for (let sentences = 0; sentences <= 400; sentences += 10) {
      const pages = estimatePages([body([para(sentences), heading('h')])], PROFILE);
      const page = Number(pages.get('h'));
      expect(page).toBeGreaterThanOrEqual(previous);
      previous = page;
      seen.add(page);
    }
    // 400 sentences of about 90 characters fill several pages.
    expect(seen.size).toBeGreaterThan(5);
  });

  it('fits about thirty lines of 12 pt text at 1.5 spacing on an A4 page', () => {
    // 237 mm of height / (12 pt × 1.15 × 1.5) ≈ 32 lines; 140 mm of width holds about 66
    // characters of Arial 12 pt, so 20 sentences (27 lines) fit and 26 (35 lines) do not.
    const onePage = estimatePages([body([para(20), heading('h')])], PROFILE);
    const twoPages = estimatePages([body([para(26), heading('h')])], PROFILE);
    expect(onePage.get('h')).toBe('1');
    expect(twoPages.get('h')).toBe('2');
  });

  it('repeats a long table over pages and counts the pages it takes', () => {
    const row: TableCell[] = [{ runs: [{ text: 'GOV-01' }] }, { runs: [{ text: 'Portal' }] }];
    const table: Block = {
      kind: 'table',
      caption: { label: 'Tabel 1.1', text: 'Program', anchor: 't' },
      columns: [{ width: 1 }, { width: 3 }],
      fontPt: 10,
      header: [row],
      body: Array.from({ length: 120 }, () => row),
    };
    const pages = estimatePages([body([table, heading('after')])], PROFILE);
    expect(pages.get('t')).toBe('1');
    expect(Number(pages.get('after'))).toBeGreaterThanOrEqual(3);
  });

  it('numbers the front matter from i after the cover and the body from 1', () => {
    const doc = buildLayout(kotaSemarangContext(), { book: 2 });
    const contents = doc.sections
      .flatMap((s) => s.blocks)
      .find((b): b is TocBlock => b.kind === 'toc' && b.which === 'contents')!;
    expect(contents.entries[0]).toMatchObject({ text: 'LEMBAR PENGESAHAN', pageEstimate: 'i' });
    const firstChapter = contents.entries.find((e) => e.number === 'BAB I')!;
    expect(firstChapter.pageEstimate).toBe('1');
    const body = contents.entries.filter((e) => /^\d+$/.test(e.pageEstimate));
    const numbers = body.map((e) => Number(e.pageEstimate));
    expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
  });

  it('moves every later entry on (or keeps it) when an early section grows', () => {
    const pagesOf = (doc: ReturnType<typeof buildLayout>) =>
      doc.sections
        .flatMap((s) => s.blocks)
        .filter((b): b is TocBlock => b.kind === 'toc' && b.which === 'contents')
        .flatMap((t) => t.entries)
        .filter((e) => /^\d+$/.test(e.pageEstimate))
        .map((e) => Number(e.pageEstimate));
    const base = kotaSemarangContext();
    const longer = kotaSemarangContext();
    longer.project.sections['buku-1.pendahuluan.latar-belakang'] = {
      kind: 'richtext',
      doc: Array.from({ length: 40 }, () => ({
        type: 'paragraph' as const,
        children: [{ text: SENTENCE.repeat(4) }],
      })),
    };
    const before = pagesOf(buildLayout(base, { book: 'all' }));
    const after = pagesOf(buildLayout(longer, { book: 'all' }));
    expect(after).toHaveLength(before.length);
    after.forEach((page, i) => expect(page).toBeGreaterThanOrEqual(before[i]!));
    expect(after[after.length - 1]!).toBeGreaterThan(before[before.length - 1]!);
  });
});
