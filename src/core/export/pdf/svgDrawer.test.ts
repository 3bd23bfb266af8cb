import { execFileSync } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import { warmUpDocument } from '../warmUp.ts';
import { renderPdf } from './index.ts';
import { documentFamily } from './svgDrawer.ts';
import { normalize } from './testPdfText.ts';
import { fonts, pageTexts, removeTempPdfs, writeTempPdf } from './testPoppler.ts';

afterAll(removeTempPdfs);

/** The images of a PDF as `pdfimages -list` reports them: one line each. */
function imageLines(file: string): string[] {
  return execFileSync('pdfimages', ['-list', file], { encoding: 'utf8' })
    .trim()
    .split('\n')
    .slice(2);
}

describe('charts in the PDF', () => {
  it('are drawn as vectors in the document’s own fonts: labels are text, no image, no second copy of a face', async () => {
    // The warm-up document has a picture (a PNG) and a readiness chart.
    const file = writeTempPdf(await renderPdf(warmUpDocument()), 'grafik.pdf');
    const text = normalize(pageTexts(file).join('\n'));
    for (const label of ['Struktur', 'Infrastruktur', 'Diskominfo', 'Skor (skala 1–5)'])
      expect(text).toContain(label);
    expect(imageLines(file)).toHaveLength(1);
    const names = fonts(file).map((row) => row.name.replace(/^[A-Z]{6}\+/, ''));
    expect(names).toContain('LiberationSans-Bold');
    expect(new Set(names).size).toBe(names.length);
  });

  it('keep their Liberation Sans in a document set in another family, each face embedded once', async () => {
    const doc = warmUpDocument();
    const serif = { ...doc, profile: { ...doc.profile, font: 'Times New Roman' as const } };
    const file = writeTempPdf(await renderPdf(serif), 'grafik-serif.pdf');
    const names = fonts(file).map((row) => row.name.replace(/^[A-Z]{6}\+/, ''));
    expect(names).toContain('LiberationSerif');
    expect(names).toContain('LiberationSans');
    expect(new Set(names).size).toBe(names.length);
  });
});

describe('documentFamily', () => {
  const families = ['Liberation Serif', 'Liberation Sans'];

  it('finds the first family of the list the document has, whatever the case and quotes', () => {
    expect(documentFamily("'Liberation Sans', sans-serif", families, 'Liberation Serif')).toBe(
      'Liberation Sans',
    );
    expect(documentFamily('Arial, "liberation serif"', families, 'Liberation Sans')).toBe(
      'Liberation Serif',
    );
  });

  it('falls back to the given family for families the document lacks', () => {
    expect(documentFamily('Helvetica', families, 'Liberation Serif')).toBe('Liberation Serif');
  });
});
