/**
 * The warm-up document exercises what a plan's export does, so the compiled code is the
 * code a plan needs. That a warmed-up thread's next export is unchanged is tested in
 * worker/exportInWorker.test.ts (prepare, then export, in a fresh thread).
 */
import { afterAll, describe, expect, it } from 'vitest';
import { renderPdf } from './pdf/index.ts';
import { normalize } from './pdf/testPdfText.ts';
import { pageSizes, pageTexts, removeTempPdfs, writeTempPdf } from './pdf/testPoppler.ts';
import { warmUpDocument } from './warmUp.ts';

afterAll(removeTempPdfs);

describe('export warm-up', () => {
  it('covers what a plan prints: contents, numbered text, lists, tables, a picture and a chart, landscape pages', async () => {
    const blocks = warmUpDocument().sections.flatMap((section) => section.blocks);
    const kinds = new Set(blocks.map((block) => block.kind));
    for (const kind of ['toc', 'heading', 'paragraph', 'list', 'table', 'figure'])
      expect(kinds).toContain(kind);
    const runs = blocks.flatMap((block) => (block.kind === 'paragraph' ? block.runs : []));
    expect(runs.some((run) => run.footnote)).toBe(true);
    expect(runs.some((run) => run.link)).toBe(true);
    const images = blocks.flatMap((block) => (block.kind === 'figure' ? [block.image.mime] : []));
    expect(images).toEqual(['image/png', 'image/svg+xml']);

    const file = writeTempPdf(await renderPdf(warmUpDocument()), 'pemanasan.pdf');
    const text = normalize(pageTexts(file).join('\n'));
    expect(text).toContain('DAFTAR ISI');
    expect(text).toContain('Tabel 2.1 Matriks Program Prioritas');
    expect(text).toContain('Gambar 1.1 Peta Wilayah');
    expect(text).toContain('Gambar 1.2 Skor Kesiapan per Pilar');
    // The chart is drawn as vectors: its labels are text.
    expect(text).toContain('Skor (skala 1–5)');
    expect(text).toContain('Peraturan Presiden Nomor 95 Tahun 2018');
    const sizes = pageSizes(file);
    expect(sizes.some((size) => size.width > size.height)).toBe(true);
    expect(sizes.length).toBeGreaterThan(4);
  });
});
