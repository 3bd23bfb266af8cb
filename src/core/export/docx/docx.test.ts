/**
 * The DOCX export as a reviewer meets it: opened by LibreOffice (converted to PDF
 * and read back as text), by pandoc, and as the XML Word reads. The fixture covers
 * every block kind; the real sample plan runs through the same checks once the
 * layout builder is there. Each document is converted once, in one LibreOffice run.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import type { BookSelection, HeadingBlock, LayoutDocument, TocBlock } from '../../layout/model.ts';
import type { PlanContext } from '../../plan/context.ts';
import { renderDocx } from './index.ts';
import {
  convertWithLibreOffice,
  packageParts,
  pandocStructure,
  type ConvertedDocument,
  type PandocStructure,
} from './testClients.ts';
import { DIMENSIONS, fixtureDocument } from './testFixture.ts';

const LAYOUT_INDEX = fileURLToPath(new URL('../../layout/index.ts', import.meta.url));
const SAMPLE = fileURLToPath(
  new URL(
    '../../../../templates/examples/contoh-kabupaten-banyuwangi-2026-2030.rencana',
    import.meta.url,
  ),
);
const hasSample = existsSync(LAYOUT_INDEX) && existsSync(SAMPLE);

interface LayoutModule {
  buildLayout(ctx: PlanContext, options: { book: BookSelection }): LayoutDocument;
}

/** The sample plan through the real pipeline: parse, plan context, layout. */
async function sampleDocument(): Promise<LayoutDocument> {
  const { parseProjectText } = await import('../../project/parse.ts');
  const { planContext } = await import('../../plan/context.ts');
  const { builtinTemplates } = await import('../../io/templates.ts');
  const { buildLayout } = (await import(/* @vite-ignore */ LAYOUT_INDEX)) as LayoutModule;
  const { project } = parseProjectText(readFileSync(SAMPLE, 'utf8'), SAMPLE);
  const template = builtinTemplates().forProject(project.template);
  return buildLayout(planContext(project, template), { book: 'all' });
}

interface Exported {
  layout: LayoutDocument;
  docx: Uint8Array;
  parts: Record<string, string>;
  converted: ConvertedDocument;
  pandoc: PandocStructure;
}

const exported = new Map<string, Exported>();

beforeAll(async () => {
  const layouts: Record<string, LayoutDocument> = { fixture: fixtureDocument() };
  if (hasSample) layouts.sample = await sampleDocument();
  const docs: Record<string, Uint8Array> = {};
  for (const [name, layout] of Object.entries(layouts)) docs[name] = await renderDocx(layout);
  const converted = convertWithLibreOffice(docs);
  for (const [name, layout] of Object.entries(layouts)) {
    const docx = docs[name] ?? new Uint8Array();
    const result = converted[name];
    if (!result) throw new Error(`LibreOffice tidak menghasilkan PDF untuk ${name}`);
    exported.set(name, {
      layout,
      docx,
      parts: packageParts(docx),
      converted: result,
      pandoc: pandocStructure(result.docxPath),
    });
  }
});

function get(name: string): Exported {
  const found = exported.get(name);
  if (!found) throw new Error(`no export named ${name}`);
  return found;
}

function headingsOf(layout: LayoutDocument): HeadingBlock[] {
  return layout.sections.flatMap((s) =>
    s.blocks.filter((b): b is HeadingBlock => b.kind === 'heading'),
  );
}

function tocsOf(layout: LayoutDocument): TocBlock[] {
  return layout.sections.flatMap((s) => s.blocks.filter((b): b is TocBlock => b.kind === 'toc'));
}

/** Pages of the body: every page that is not a table of contents or list. */
function bodyText(doc: Exported): string {
  const titles = tocsOf(doc.layout).map((toc) => toc.title);
  return doc.converted.pages
    .filter((page) => !titles.some((title) => page.includes(` ${title} `) && /\.{5,}/.test(page)))
    .join(' ');
}

/** The heading as LibreOffice prints it: its number (from the Word list or as text) and its text. */
function printed(heading: HeadingBlock): string {
  return heading.number ? `${heading.number} ${heading.text}` : heading.text;
}

/** Shared checks of a document opened by the three clients. */
function describeClients(name: string, skip: boolean): void {
  describe.skipIf(skip)(`${name}: opened by real clients`, () => {
    it('LibreOffice converts it and prints every heading with the model’s number', () => {
      const doc = get(name);
      expect(doc.converted.pages.length).toBeGreaterThan(5);
      const text = bodyText(doc);
      const missing = headingsOf(doc.layout)
        .map(printed)
        .filter((heading) => !text.includes(heading));
      expect(missing).toEqual([]);
      for (const dimension of DIMENSIONS) expect(text).toContain(dimension);
    });

    it('LibreOffice prints every caption with the model’s label', () => {
      const doc = get(name);
      const text = bodyText(doc);
      const captions = doc.layout.sections
        .flatMap((s) => s.blocks)
        .flatMap((b) => (b.kind === 'table' || b.kind === 'figure' ? [b.caption] : []));
      expect(captions.length).toBeGreaterThan(0);
      const missing = captions
        .map((c) => `${c.label} ${c.text}`)
        .filter((caption) => !text.includes(caption));
      expect(missing).toEqual([]);
    });

    it('the lists are pre-filled with the model’s entries and page numbers', () => {
      const doc = get(name);
      const all = doc.converted.pages.join(' ');
      for (const toc of tocsOf(doc.layout)) {
        for (const entry of toc.entries) {
          const label = entry.number ? `${entry.number} ${entry.text}` : entry.text;
          // The entry may wrap; the dot leader and its page number follow its last words.
          const tail = label.split(' ').slice(-2).join(' ');
          const pattern = new RegExp(
            `${escape(tail)} ?\\.*\\s?${escape(entry.pageEstimate)}(?!\\d)`,
          );
          expect(all, `${toc.title}: ${label}`).toMatch(pattern);
        }
      }
    });

    it('landscape sections come out as landscape pages', () => {
      const doc = get(name);
      const landscapeSections = doc.layout.sections.filter((s) => s.orientation === 'landscape');
      expect(doc.converted.landscape.filter(Boolean).length).toBeGreaterThanOrEqual(
        landscapeSections.length,
      );
      expect(doc.parts['word/document.xml']).toContain('w:orient="landscape"');
    });

    it('pandoc reads the headings at their levels and the tables as tables', () => {
      const doc = get(name);
      const level = { chapter: 1, section: 2, subsection: 3, subsubsection: 4 } as const;
      const expected = headingsOf(doc.layout).flatMap((h) =>
        h.role in level ? [{ level: level[h.role as keyof typeof level], text: h.text }] : [],
      );
      const read = doc.pandoc.headings;
      for (const heading of expected) expect(read).toContainEqual(heading);
      const tables = doc.layout.sections.flatMap((s) => s.blocks).filter((b) => b.kind === 'table');
      expect(doc.pandoc.tables).toHaveLength(tables.length);
    });

    it('the XML has heading styles, page fields, the TOC field and footers', () => {
      const { parts } = get(name);
      const body = parts['word/document.xml'] ?? '';
      for (const style of ['Heading1', 'Heading2', 'Heading3'])
        expect(body).toContain(`<w:pStyle w:val="${style}"/>`);
      expect(body).toContain('TOC \\o &quot;1-3&quot; \\h \\z \\u');
      expect(body).toMatch(/<w:pgNumType w:start="1" w:fmt="lowerRoman"\/>/);
      expect(body).toMatch(/<w:pgNumType w:start="1" w:fmt="decimal"\/>/);
      const footers = Object.entries(parts).filter(([path]) => /word\/footer\d+\.xml/.test(path));
      expect(footers.some(([, xml]) => /PAGE/.test(xml))).toBe(true);
      expect(parts['word/styles.xml']).toContain('<w:lang w:val="id-ID"/>');
    });
  });
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

describeClients('fixture', false);
describeClients('sample', !hasSample);

describe('fixture: what only the fixture exercises', () => {
  it('numbers front matter in roman and the body in arabic from BAB I', () => {
    const { converted } = get('fixture');
    const front = converted.pages.find((p) => p.includes('KATA PENGANTAR Transformasi'));
    expect(front?.endsWith(' i')).toBe(true);
    const bab1 = converted.pages.find((p) => p.includes('BAB I PENDAHULUAN 1.1'));
    expect(bab1?.endsWith(' 1')).toBe(true);
    const cover = converted.pages[0] ?? '';
    expect(cover).toContain('RENCANA INDUK (MASTERPLAN) SMART');
    expect(cover).not.toMatch(/Masterplan Smart City Kabupaten Banyuwangi 2026–2030$/);
  });

  it('puts the programme matrix on a landscape page, header row repeated, Rupiah intact', () => {
    const { converted, pandoc, parts } = get('fixture');
    const page = converted.pages.findIndex((p) => p.includes('Rp1.250.000.000'));
    expect(converted.pages[page]).toContain('Tabel 2.1 Matriks Program Smart Governance');
    expect(converted.landscape[page]).toBe(true);
    expect(pandoc.tables[0]).toContain('Rp4.100.000.000');
    expect(parts['word/document.xml']).toContain('<w:tblHeader/>');
    expect(parts['word/document.xml']).toContain('<w:cantSplit/>');
  });

  it('writes captions with SEQ fields and the lists of tables and figures as TOC fields', () => {
    const body = get('fixture').parts['word/document.xml'] ?? '';
    // Tabel 2.1 and 2.2 count on; Tabel 3.1 starts its chapter again.
    const codes = [...body.matchAll(/SEQ Tabel [^<]*/g)].map(([code]) => code.trim());
    expect(codes).toEqual([
      'SEQ Tabel \\* ARABIC',
      'SEQ Tabel \\* ARABIC',
      'SEQ Tabel \\* ARABIC \\r 1',
    ]);
    expect(body).toContain('TOC \\h \\z \\c &quot;Tabel&quot;');
    expect(body).toContain('TOC \\h \\z \\c &quot;Gambar&quot;');
    expect(body).toMatch(
      /PAGEREF _Toc_h_0002 \\h <\/w:instrText>.*?<w:t xml:space="preserve">1<\/w:t>/,
    );
  });

  it('keeps footnotes, links, nested lists and the figure', () => {
    const { parts, converted, pandoc } = get('fixture');
    expect(parts['word/footnotes.xml']).toContain(
      'Peraturan Bupati Banyuwangi tentang Smart Kampung.',
    );
    expect(parts['word/_rels/document.xml.rels']).toContain('https://www.banyuwangikab.go.id');
    const all = converted.pages.join(' ');
    expect(all).toContain('1. Meningkatkan kualitas layanan publik;');
    expect(all).toContain('◦ layanan perizinan daring;');
    expect(all).toContain('1. Tujuan khusus pertama.');
    expect(parts['word/document.xml']).toMatch(/<pic:pic /);
    expect(pandoc.headings).toContainEqual({ level: 1, text: 'KATA PENGANTAR' });
  });

  it('attaches the heading list to the heading styles and prints sections through per-chapter lists', () => {
    const { parts } = get('fixture');
    const numbering = parts['word/numbering.xml'] ?? '';
    expect(numbering).toContain('<w:lvlText w:val="BAB %1"/>');
    expect(numbering).toContain('<w:lvlText w:val="2.%2"/>');
    expect(numbering).toContain('<w:isLgl/>');
    const styles = parts['word/styles.xml'] ?? '';
    expect(styles).toMatch(/w:styleId="Heading1".*?<w:numPr>/s);
  });

  it('writes the metadata with the language and the fixed date', () => {
    const core = get('fixture').parts['docProps/core.xml'] ?? '';
    expect(core).toContain(`<dc:title>${fixtureDocument().metadata.title}</dc:title>`);
    expect(core).toContain('<dc:language>id-ID</dc:language>');
    expect(core).toContain(
      '<dc:creator>Dinas Komunikasi, Informatika dan Persandian Kabupaten Banyuwangi</dc:creator>',
    );
    expect(core).toContain('2026-11-22T08:00:00Z');
  });

  it('puts the watermark on the cover only and leaves the cover without header text', () => {
    const { parts } = get('fixture');
    const headers = Object.entries(parts).filter(([path]) => /word\/header\d+\.xml/.test(path));
    const withWatermark = headers.filter(([, xml]) => xml.includes('CONTOH'));
    expect(withWatermark).toHaveLength(1);
    expect(withWatermark[0]?.[1]).not.toContain(fixtureDocument().headerText);
  });
});
