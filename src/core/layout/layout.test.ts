import { describe, expect, it } from 'vitest';
import { kotaSemarangContext } from './__fixtures__/kotaSemarang.ts';
import { ROLLUP_PENDING } from './generated.ts';
import { buildLayout } from './index.ts';
import type { Block, HeadingBlock, LayoutDocument, TocBlock } from './model.ts';
import { PLACEHOLDER_TEXT, runsText } from './runs.ts';
import { builtinTemplates } from '../io/templates.ts';
import { planContext } from '../plan/context.ts';
import { createProject } from '../project/create.ts';

const blocksOf = (doc: LayoutDocument): Block[] => doc.sections.flatMap((s) => s.blocks);
const headings = (doc: LayoutDocument, role?: HeadingBlock['role']) =>
  blocksOf(doc).filter(
    (b): b is HeadingBlock => b.kind === 'heading' && (!role || b.role === role),
  );
const toc = (doc: LayoutDocument, which: TocBlock['which']) =>
  blocksOf(doc).find((b): b is TocBlock => b.kind === 'toc' && b.which === which);

describe('document structure', () => {
  const whole = buildLayout(kotaSemarangContext(), { book: 'all' });

  it('runs cover, front matter in roman and body in arabic, each restarting', () => {
    const [cover, front, body] = whole.sections;
    expect(cover).toMatchObject({
      numbering: 'none',
      headerFooter: false,
      orientation: 'portrait',
    });
    expect(cover!.blocks.map((b) => b.kind)).toEqual(['cover']);
    expect(front).toMatchObject({ numbering: 'roman', restartNumbering: true, headerFooter: true });
    expect(body).toMatchObject({ numbering: 'arabic', restartNumbering: true });
    expect(
      whole.sections.slice(3).every((s) => !s.restartNumbering && s.numbering === 'arabic'),
    ).toBe(true);
  });

  it('orders the front matter as Indonesian plans do', () => {
    const front = whole.sections[1]!.blocks.map((b) =>
      b.kind === 'heading' ? b.text : b.kind === 'toc' ? b.title : undefined,
    ).filter(Boolean);
    expect(front).toEqual([
      'LEMBAR PENGESAHAN',
      'KATA PENGANTAR',
      'DAFTAR ISI',
      'DAFTAR TABEL',
      'DAFTAR GAMBAR',
      'RINGKASAN EKSEKUTIF',
    ]);
  });

  it('opens each Buku with a divider and restarts chapter numbers in every Buku', () => {
    expect(headings(whole, 'book').map((h) => `${h.number} ${h.text}`)).toEqual([
      'BUKU I ANALISIS STRATEGIS',
      'BUKU II MASTERPLAN',
      'BUKU III QUICK WINS',
      'BUKU IV PETA JALAN',
    ]);
    const restarts = headings(whole, 'chapter').filter((h) => h.restartNumbering);
    expect(restarts.map((h) => h.number)).toEqual(['BAB I', 'BAB I', 'BAB I', 'BAB I']);
    const smartGovernance = headings(whole, 'chapter').find((h) => h.text === 'SMART GOVERNANCE')!;
    expect(smartGovernance).toMatchObject({ number: 'BAB II', depth: 1, toc: true });
  });

  it('puts programme tables on landscape pages with their heading', () => {
    const landscape = whole.sections.filter((s) => s.orientation === 'landscape');
    expect(landscape.length).toBeGreaterThanOrEqual(7);
    const first = landscape[0]!.blocks;
    expect(first[0]).toMatchObject({
      kind: 'heading',
      number: '2.2.5',
      text: 'Program Pelayanan Publik',
    });
    expect(first[1]).toMatchObject({ kind: 'table', caption: { label: 'Tabel 2.1' } });
  });

  it('follows the readiness table with its chart', () => {
    const blocks = blocksOf(whole);
    const index = blocks.findIndex(
      (b) => b.kind === 'table' && b.caption.text === 'Hasil Penilaian Kesiapan Daerah',
    );
    expect(blocks[index + 1]).toMatchObject({
      kind: 'figure',
      caption: { label: 'Gambar 3.1', text: 'Grafik Hasil Penilaian Kesiapan Daerah' },
      // As drawn: the PDF draws it as vectors, the DOCX as a PNG (rasterize.ts).
      image: { mime: 'image/svg+xml', widthPx: 1800 },
    });
  });

  it('ends with the annexes, numbered over those printed', () => {
    expect(headings(whole, 'annex').map((h) => `${h.number} ${h.text}`)).toEqual([
      'LAMPIRAN 1 MATRIKS PROGRAM LENGKAP',
      'LAMPIRAN 2 REGULASI TERKAIT',
    ]);
  });

  it('shows a placeholder for empty required sections and leaves out empty optional ones', () => {
    const texts = headings(whole).map((h) => h.text);
    expect(texts).toContain('Ruang Lingkup');
    expect(texts).not.toContain('Sistematika Penulisan');
    expect(texts).not.toContain('Forum Smart City');
    const placeholders = blocksOf(whole).filter(
      (b) =>
        b.kind === 'paragraph' &&
        b.style === 'placeholder' &&
        runsText(b.runs) === PLACEHOLDER_TEXT,
    );
    expect(placeholders.length).toBeGreaterThan(50);
  });

  it('lists every heading and caption once, each pointing at an existing anchor with a page', () => {
    const anchors = new Set(
      blocksOf(whole).flatMap((b) =>
        b.kind === 'heading'
          ? [b.anchor]
          : b.kind === 'table' || b.kind === 'figure'
            ? [b.caption.anchor]
            : [],
      ),
    );
    for (const which of ['contents', 'tables', 'figures'] as const)
      for (const entry of toc(whole, which)!.entries) {
        expect(anchors.has(entry.anchor)).toBe(true);
        expect(entry.pageEstimate).not.toBe('');
      }
    const tables = toc(whole, 'tables')!.entries;
    expect(tables[0]).toMatchObject({ level: 0, number: 'BUKU I' });
    expect(tables.filter((e) => e.level === 1).map((e) => e.number)).toContain('Tabel L1.1');
  });

  it('is the same every time for the same plan', () => {
    expect(buildLayout(kotaSemarangContext(), { book: 'all' })).toEqual(whole);
  });

  it('leaves the page estimates out when asked, and nothing else', () => {
    const unestimated = buildLayout(kotaSemarangContext(), { book: 'all', estimatePages: false });
    const entries = (['contents', 'tables', 'figures'] as const).flatMap(
      (which) => toc(unestimated, which)!.entries,
    );
    expect(entries.length).toBeGreaterThan(20);
    expect(entries.every((entry) => entry.pageEstimate === '')).toBe(true);
    const estimated = structuredClone(whole);
    for (const which of ['contents', 'tables', 'figures'] as const)
      for (const entry of toc(estimated, which)!.entries) entry.pageEstimate = '';
    expect(unestimated).toEqual(estimated);
  });
});

describe('metadata and naming', () => {
  it('dates the document on the plan date unless told the time', () => {
    const ctx = kotaSemarangContext();
    expect(buildLayout(ctx, { book: 1 }).metadata).toMatchObject({
      title:
        'Rencana Induk (Masterplan) Smart City Kota Semarang 2026–2030 — Buku I Analisis Strategis',
      subject: 'Rencana Induk Smart City Kota Semarang 2026–2030',
      author: 'Dinas Komunikasi dan Informatika Kota Semarang',
      language: 'id-ID',
      created: '2026-11-22T00:00:00.000Z',
    });
    const now = new Date('2027-01-02T03:04:05Z');
    expect(buildLayout(ctx, { book: 1, now }).metadata.created).toBe('2027-01-02T03:04:05.000Z');
  });

  it('marks the sample plan with a watermark on the cover', () => {
    const ctx = kotaSemarangContext();
    ctx.project.meta.example = true;
    expect(buildLayout(ctx, { book: 3 }).sections[0]!.blocks[0]).toMatchObject({
      kind: 'cover',
      watermark: 'CONTOH',
      bookLine: 'BUKU III QUICK WINS',
    });
  });

  it('adopts the plan at the region’s name unless the approval page names the seat', () => {
    const signature = (doc: LayoutDocument) =>
      blocksOf(doc).find((b) => b.kind === 'signature') as { place: string } | undefined;
    const ctx = kotaSemarangContext();
    expect(signature(buildLayout(ctx, { book: 1 }))?.place).toBe('Ditetapkan di Semarang');
    // Kabupaten Semarang's seat is Ungaran: the planner writes it in "Tempat Penetapan".
    const approval = ctx.project.sections['depan.pengesahan'];
    if (approval?.kind !== 'fields') throw new Error('fixture has no approval page');
    approval.values.adoptionPlace = 'Ungaran';
    expect(signature(buildLayout(ctx, { book: 1 }))?.place).toBe('Ditetapkan di Ungaran');
  });

  it('refuses a Buku the template does not have, in Bahasa Indonesia', () => {
    expect(() => buildLayout(kotaSemarangContext(), { book: 7 })).toThrow(/Buku 7 tidak ada/);
  });
});

describe('per-book exports', () => {
  it('has the book on the cover, no dividers, and chapters at the top level', () => {
    const doc = buildLayout(kotaSemarangContext(), { book: 4 });
    expect(doc.fileBaseName).toBe('Masterplan-Smart-City-Kota-Semarang-2026-2030-Buku-IV');
    expect(headings(doc, 'book')).toEqual([]);
    expect(headings(doc, 'chapter').map((h) => [h.number, h.depth])).toEqual([
      ['BAB I', 0],
      ['BAB II', 0],
    ]);
    expect(headings(doc, 'annex')).toEqual([]);
  });

  it('brings the annexes with Buku II, which holds the programmes', () => {
    const doc = buildLayout(kotaSemarangContext(), { book: 2 });
    expect(headings(doc, 'annex').map((h) => h.number)).toEqual(['LAMPIRAN 1', 'LAMPIRAN 2']);
    expect(toc(doc, 'figures')).toBeUndefined();
  });

  it('writes the province roll-up as a plain statement until regency plans are combined', () => {
    const template = builtinTemplates().get('provinsi')!;
    const project = createProject({ template, regionCodes: ['33'], date: '2026-11-22' });
    const doc = buildLayout(planContext(project, template), { book: 2 });
    const texts = blocksOf(doc).flatMap((b) => (b.kind === 'paragraph' ? [runsText(b.runs)] : []));
    expect(texts).toContain(ROLLUP_PENDING);
    expect(doc.fileBaseName).toMatch(
      /^Rencana-Induk-Provinsi-Cerdas-Jawa-Tengah-\d{4}-\d{4}-Buku-II$/,
    );
  });
});
