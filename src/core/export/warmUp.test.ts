/**
 * The warm-up document exercises what a plan's export does (so the compiled code is the
 * code a plan needs), and warming up leaves the next export's output untouched.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { sampleContext } from '../../../tests/fixtures/sample.ts';
import { exportPlan, warmUpExport } from './index.ts';
import { renderPdf } from './pdf/index.ts';
import { normalize } from './pdf/testPdfText.ts';
import { pageSizes, pageTexts, removeTempPdfs, writeTempPdf } from './pdf/testPoppler.ts';
import { warmUpDocument } from './warmUp.ts';

afterAll(removeTempPdfs);

describe('export warm-up', () => {
  it('covers what a plan prints: contents, numbered text, lists, tables, a figure, landscape pages', async () => {
    const blocks = warmUpDocument().sections.flatMap((section) => section.blocks);
    const kinds = new Set(blocks.map((block) => block.kind));
    for (const kind of ['toc', 'heading', 'paragraph', 'list', 'table', 'figure'])
      expect(kinds).toContain(kind);
    const runs = blocks.flatMap((block) => (block.kind === 'paragraph' ? block.runs : []));
    expect(runs.some((run) => run.footnote)).toBe(true);
    expect(runs.some((run) => run.link)).toBe(true);

    const file = writeTempPdf(await renderPdf(warmUpDocument()), 'pemanasan.pdf');
    const text = normalize(pageTexts(file).join('\n'));
    expect(text).toContain('DAFTAR ISI');
    expect(text).toContain('Tabel 2.1 Matriks Program Prioritas');
    expect(text).toContain('Gambar 1.1 Skor Kesiapan per Pilar');
    expect(text).toContain('Peraturan Presiden Nomor 95 Tahun 2018');
    const sizes = pageSizes(file);
    expect(sizes.some((size) => size.width > size.height)).toBe(true);
    expect(sizes.length).toBeGreaterThan(4);
  });

  it('changes nothing in the export that follows', async () => {
    const ctx = sampleContext();
    const request = { format: 'pdf', book: 2 } as const;
    const before = await exportPlan(ctx, request);
    await warmUpExport('pdf');
    await warmUpExport('docx');
    const after = await exportPlan(ctx, request);
    expect(Buffer.from(after.bytes).equals(Buffer.from(before.bytes))).toBe(true);
  });
});
