/**
 * The "rollup" generator on the shipped sample files: the Jawa Tengah province plan
 * rolled up from the five regency/city plans prints the summaries as numbered
 * tables (landscape, with the right totals) and the charts as figures, in the
 * layout and in the exported PDF.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderPdf } from '../export/pdf/index.ts';
import { normalize } from '../export/pdf/testPdfText.ts';
import { pageTexts, removeTempPdfs, writeTempPdf } from '../export/pdf/testPoppler.ts';
import { formatNumber, formatRupiah } from '../format/number.ts';
import { builtinTemplates } from '../io/templates.ts';
import { planContext, type PlanContext } from '../plan/context.ts';
import { parseProjectText } from '../project/parse.ts';
import { rollupSummary, rollupTables } from '../rollup/index.ts';
import { runRollup } from '../rollup/run.ts';
import { brokenWords } from './__fixtures__/tableWords.ts';
import { EMPTY_VALUE } from './dataTableBlock.ts';
import { textArea } from './geometry.ts';
import { ROLLUP_PENDING } from './generated.ts';
import { buildLayout } from './index.ts';
import type { Block, LayoutDocument, PageSection, TableBlock } from './model.ts';
import { runsText } from './runs.ts';

const DIR = fileURLToPath(new URL('../../../templates/examples/rollup/', import.meta.url));
const PROVINCE = 'provinsi-jawa-tengah.rencana';
const REGIONS = [
  'kabupaten-demak.rencana',
  'kabupaten-kendal.rencana',
  'kabupaten-semarang.rencana',
  'kota-salatiga.rencana',
  'kota-semarang.rencana',
];
const SECTION_TITLE = 'Rekapitulasi Program Kabupaten/Kota';

function provinceContext(): PlanContext {
  const path = `${DIR}${PROVINCE}`;
  const { project } = parseProjectText(readFileSync(path, 'utf8'), path);
  return planContext(project, builtinTemplates().forProject(project.template));
}

const before = provinceContext();
const rolled = runRollup(before, PROVINCE, REGIONS, DIR, 'id');
const { summary } = rollupSummary(rolled.ctx);
const captions = rollupTables(summary).map((t) => t.caption);
const doc: LayoutDocument = buildLayout(rolled.ctx, { book: 2 });

/** The page section holding the roll-up section, and its blocks from the heading to the next heading. */
function rollupSection(document: LayoutDocument): { section: PageSection; blocks: Block[] } {
  for (const section of document.sections) {
    const start = section.blocks.findIndex((b) => b.kind === 'heading' && b.text === SECTION_TITLE);
    if (start < 0) continue;
    const rest = section.blocks.slice(start + 1);
    const end = rest.findIndex((b) => b.kind === 'heading');
    return { section, blocks: end < 0 ? rest : rest.slice(0, end) };
  }
  throw new Error('no roll-up section');
}

const tableByCaption = (blocks: Block[], text: string) =>
  blocks.find((b): b is TableBlock => b.kind === 'table' && b.caption.text === text);

/** The tables printed for a caption: the table, or the parts it was cut into ("caption: …"). */
const tablesByCaption = (blocks: Block[], text: string) =>
  blocks.filter(
    (b): b is TableBlock =>
      b.kind === 'table' && (b.caption.text === text || b.caption.text.startsWith(`${text}: `)),
  );

const cellTexts = (row: TableBlock['body'][number]) => row.map((c) => runsText(c.runs));

describe('the roll-up summaries in the province plan', () => {
  it('keeps the pending note while no regency/city plan is brought in', () => {
    const { blocks } = rollupSection(buildLayout(before, { book: 2 }));
    expect(blocks.map((b) => (b.kind === 'paragraph' ? runsText(b.runs) : b.kind))).toEqual([
      ROLLUP_PENDING,
    ]);
  });

  it('prints every summary table, numbered, and the charts as figures, on landscape pages', () => {
    expect(rolled.skipped).toEqual([]);
    expect(summary.totals.regions).toBe(5);
    const { section, blocks } = rollupSection(doc);
    expect(section.orientation).toBe('landscape');
    expect(captions).toContain('Jumlah Program dan Perkiraan Biaya per Kabupaten/Kota');
    for (const caption of captions) {
      const tables = tablesByCaption(blocks, caption);
      expect(tables.length, caption).toBeGreaterThan(0);
      for (const table of tables) expect(table.caption.label).toMatch(/^Tabel \d+\.\d+$/);
    }
    const figures = blocks.filter((b) => b.kind === 'figure');
    expect(figures.map((f) => f.caption.text)).toEqual([
      'Perkiraan Biaya Program per Kabupaten/Kota',
      'Jumlah Program Kabupaten/Kota per Dimensi',
    ]);
    for (const figure of figures) {
      expect(figure.caption.label).toMatch(/^Gambar \d+\.\d+$/);
      expect(figure.image.mime).toBe('image/svg+xml');
      expect(figure.image.widthPx).toBe(1800);
    }
  });

  it('writes the totals, a grouped header, right-aligned money and dashes for empty cells', () => {
    const { blocks } = rollupSection(doc);
    const region = tableByCaption(blocks, captions[0]!)!;
    // "Perkiraan Biaya per Tahun" over the year columns, the labels below.
    expect(region.header).toHaveLength(2);
    const group = region.header[0]!.find((c) => runsText(c.runs) === 'Perkiraan Biaya per Tahun');
    expect(group?.colSpan).toBe(summary.years.length);
    expect(cellTexts(region.header[1]!)).toContain('Jumlah Biaya');
    expect(region.body).toHaveLength(summary.byRegion.length + 1);

    const total = region.body[region.body.length - 1]!;
    expect(cellTexts(total)).toEqual([
      'Jumlah',
      formatNumber(summary.totals.programmes),
      EMPTY_VALUE,
      ...summary.byYear.map((y) => formatRupiah(y.budget)),
      formatRupiah(summary.totals.budget),
    ]);
    expect(total.every((c) => c.shade === 'total' && c.runs.every((r) => r.bold))).toBe(true);
    expect(total.slice(1).every((c) => c.align === 'right')).toBe(true);

    const elements = tableByCaption(blocks, captions[1]!)!;
    expect(elements.body.some((row) => row.length === 1 && row[0]!.shade === 'group')).toBe(true);
    expect(elements.body.filter((row) => row[0]?.shade === 'subtotal')).toHaveLength(
      summary.byDimension.length,
    );
    expect(cellTexts(elements.body[elements.body.length - 1]!)).toEqual([
      'Jumlah Keseluruhan',
      formatNumber(summary.totals.programmes),
      formatNumber(summary.totals.regions),
      formatRupiah(summary.totals.budget),
    ]);
  });
});

describe('the coverage of elements by regency/city', () => {
  const caption = 'Cakupan Elemen per Kabupaten/Kota (Jumlah Program)';
  const parts = tablesByCaption(rollupSection(doc).blocks, caption);

  it('is cut between dimensions into two tables of nine elements at one type size', () => {
    // Eighteen element columns and the regency's name do not fit a landscape page.
    expect(parts.map((t) => t.caption.text)).toEqual([
      `${caption}: Smart Governance sampai Smart Economy`,
      `${caption}: Smart Living sampai Smart Environment`,
    ]);
    expect(new Set(parts.map((t) => t.fontPt)).size).toBe(1);
    // Each repeats the regency's name; the last adds the count of elements covered.
    const labels = parts.map((t) => cellTexts(t.header[t.header.length - 1]!));
    expect(labels.map((l) => l[0])).toEqual(['Kabupaten/Kota', 'Kabupaten/Kota']);
    expect(labels.map((l) => l.length)).toEqual([1 + 9, 1 + 9 + 1]);
    expect(labels[1]![10]).toBe('Elemen Tergarap');
    expect(parts.every((t) => t.body.length === summary.coverage.rows.length + 1)).toBe(true);
  });

  it('holds every word of its headers and cells', () => {
    const section = rollupSection(doc).section;
    const broken = parts.flatMap((t) =>
      brokenWords(t, textArea(doc.profile, section.orientation).widthPt),
    );
    expect(broken).toEqual([]);
  });
});

describe('the roll-up summaries in the exported PDF', () => {
  let text = '';

  beforeAll(async () => {
    const file = writeTempPdf(await renderPdf(doc), 'rollup.pdf');
    text = normalize(pageTexts(file).join('\n'));
  }, 60_000);

  afterAll(removeTempPdfs);

  it('prints the captions of the tables and figures', () => {
    const printed = tablesByCaption(rollupSection(doc).blocks, captions[4]!).map(
      (t) => t.caption.text,
    );
    for (const caption of [
      ...captions.slice(0, 4),
      ...printed,
      'Perkiraan Biaya Program per Kabupaten/Kota',
    ])
      expect(text, caption).toContain(normalize(caption));
    expect(text).toContain(formatRupiah(summary.totals.budget));
  });
});
