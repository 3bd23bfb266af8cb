/**
 * The only file (with shapedWords.ts) that touches pdfmake's and PDFKit's
 * internals. pdfmake's public createPdf() lays out and renders in one go; we need
 * the pages in between (page labels for the footer and the TOC depend on where
 * things landed), so we drive its LayoutBuilder and Renderer ourselves, as its
 * Printer does. Nothing is fetched: fonts and images come in as bytes.
 * Checked against pdfmake 0.3.11 and pdfkit 0.19; the tests fail if they change.
 */
import { createRequire } from 'node:module';
import type { FontFaces } from './fonts.ts';
import type { PageMargins } from './geometry.ts';
import { A4 } from './geometry.ts';
import type { LaidOutPage } from './laidOut.ts';
import type { PdfInfo } from './metadata.ts';
import { TABLE_LAYOUTS, type TableLayout } from './tableLayouts.ts';
import type { PageFurniture, PdfNode, PdfSection, PdfStyle } from './types.ts';
import { type ShapingFont, shareShapedWords } from './shapedWords.ts';

interface OutlineOptions {
  pageNumber: number;
  expanded: boolean;
  top: number;
  left: number;
}

interface PdfKitOutline {
  addItem(title: string, options: OutlineOptions): PdfKitOutline;
}

interface PdfKitDocument {
  outline: PdfKitOutline;
  /** pdfmake's: the PDFKit font of a face, created once per document. */
  provideFont(family: string, bold: boolean, italics: boolean): ShapingFont;
  on(event: 'data', listener: (chunk: Uint8Array) => void): void;
  on(event: 'end', listener: () => void): void;
  on(event: 'error', listener: (error: Error) => void): void;
  end(): void;
}

interface PdfKitOptions {
  size: [number, number];
  pdfVersion: '1.7';
  compress: boolean;
  lang: string;
  fontLayoutCache: boolean;
  bufferPages: boolean;
  autoFirstPage: boolean;
  displayTitle: boolean;
  info: PdfInfo;
  /** null: no default Helvetica, which would not be embedded. */
  font: null;
}

type PdfMakeDocumentClass = new (
  fonts: Record<string, FontFaces>,
  images: Record<string, Buffer>,
  patterns: Record<string, never>,
  attachments: Record<string, never>,
  options: PdfKitOptions,
  virtualfs: null,
) => PdfKitDocument;

type RepeatableGetter = (pageNumber: number) => PdfNode | null;

interface LayoutBuilder {
  registerTableLayouts(layouts: Record<string, TableLayout>): void;
  /** Starts a page section: on a new page, unless the current page is empty. */
  processSection(node: PdfSection): void;
  writer: { context(): { getCurrentPage(): LaidOutPage | null } };
  layoutDocument(
    content: { stack: PdfSection[] },
    pdf: PdfKitDocument,
    styles: Record<string, PdfStyle>,
    defaultStyle: PdfStyle,
  ): LaidOutPage[];
  addHeadersAndFooters(header: RepeatableGetter, footer: RepeatableGetter): void;
}

type LayoutBuilderClass = new (
  pageSize: LaidOutPage['pageSize'],
  margins: PageMargins,
  svgMeasure: unknown,
) => LayoutBuilder;

type RendererClass = new (
  pdf: PdfKitDocument,
  progress: undefined,
) => {
  renderPages(pages: LaidOutPage[]): void;
};

const require = createRequire(import.meta.url);

/** A module's default export; pdfmake's CommonJS build sets `exports.default`. */
function defaultExport<T>(id: string): T {
  const loaded: unknown = require(id);
  if (typeof loaded !== 'object' || loaded === null || !('default' in loaded)) {
    throw new Error(`pdfmake: ${id} has no default export (unsupported pdfmake version?)`);
  }
  return loaded.default as T;
}

const PdfMakeDocument = defaultExport<PdfMakeDocumentClass>('pdfmake/js/PDFDocument.js');
const LayoutBuilderImpl = defaultExport<LayoutBuilderClass>('pdfmake/js/LayoutBuilder.js');
const Renderer = defaultExport<RendererClass>('pdfmake/js/Renderer.js');
const SVGMeasure = defaultExport<new () => unknown>('pdfmake/js/SVGMeasure.js');

export interface EngineOptions {
  fonts: Record<string, FontFaces>;
  images: Record<string, Buffer>;
  styles: Record<string, PdfStyle>;
  defaultStyle: PdfStyle;
  margins: PageMargins;
  info: PdfInfo;
  lang: string;
}

/** A bookmark: where it points and what it contains. */
export interface OutlineItem {
  title: string;
  pageIndex: number;
  /** Distance of the target from the top of the page. */
  top: number;
  expanded: boolean;
  children: OutlineItem[];
}

export interface LaidOutDocument {
  /** The pages, to read and adjust before rendering. */
  pages: LaidOutPage[];
  /** Lays out a header and a footer on every page (null: none on that page). */
  addFurniture(header: PageFurniture, footer: PageFurniture): void;
  /** Draws the pages, adds the bookmarks and returns the file. */
  render(outline: readonly OutlineItem[]): Promise<Uint8Array>;
}

function addOutline(
  parent: PdfKitOutline,
  items: readonly OutlineItem[],
  pages: LaidOutPage[],
): void {
  for (const item of items) {
    const width = pages[item.pageIndex]?.pageSize.width ?? A4.width;
    // PDFKit writes the destination's left edge as `page width - left`: pass the width for x = 0.
    const child = parent.addItem(item.title, {
      pageNumber: item.pageIndex,
      expanded: item.expanded,
      top: item.top,
      left: width,
    });
    addOutline(child, item.children, pages);
  }
}

/** Lets every font the document provides use the process-wide cache of shaped words. */
function shapeWithSharedCache(pdf: PdfKitDocument): void {
  const provide = pdf.provideFont.bind(pdf);
  pdf.provideFont = (family, bold, italics) =>
    shareShapedWords(
      provide(family, bold, italics),
      `${family}/${bold ? 'b' : ''}${italics ? 'i' : ''}`,
    );
}

/**
 * pdfmake starts a section on the current page when that page is empty, keeping
 * the page's orientation. A page is left empty when the space under the last block
 * of a section did not fit and pdfmake moved on for it alone; the next section,
 * landscape or portrait, must still get a page of its own. The empty page is marked
 * so that pdfmake adds one, and is taken out after layout (blankPages.ts).
 */
function startSectionsOnTheirOwnPage(builder: LayoutBuilder): void {
  const processSection = builder.processSection.bind(builder);
  builder.processSection = (node) => {
    const page = builder.writer.context().getCurrentPage();
    if (page && page.items.length === 0) page.items.push({ type: 'left-blank', item: null });
    processSection(node);
  };
}

/** Lays out the content; nothing is drawn until render(). */
export function layOut(content: { stack: PdfSection[] }, options: EngineOptions): LaidOutDocument {
  const pdf = new PdfMakeDocument(
    options.fonts,
    options.images,
    {},
    {},
    {
      size: [A4.width, A4.height],
      pdfVersion: '1.7',
      compress: true,
      lang: options.lang,
      fontLayoutCache: true,
      bufferPages: false,
      autoFirstPage: false,
      displayTitle: true,
      info: options.info,
      font: null,
    },
    null,
  );
  shapeWithSharedCache(pdf);
  const builder = new LayoutBuilderImpl(
    { width: A4.width, height: A4.height, orientation: 'portrait' },
    options.margins,
    new SVGMeasure(),
  );
  builder.registerTableLayouts(TABLE_LAYOUTS);
  startSectionsOnTheirOwnPage(builder);
  const pages = builder.layoutDocument(content, pdf, options.styles, options.defaultStyle);

  return {
    pages,
    addFurniture(header, footer) {
      builder.addHeadersAndFooters(header, footer);
    },
    render(outline) {
      return new Promise((resolve, reject) => {
        const chunks: Uint8Array[] = [];
        pdf.on('data', (chunk) => chunks.push(chunk));
        pdf.on('error', reject);
        pdf.on('end', () => resolve(Buffer.concat(chunks)));
        try {
          new Renderer(pdf, undefined).renderPages(pages);
          addOutline(pdf.outline, outline, pages);
          pdf.end();
        } catch (error) {
          reject(error instanceof Error ? error : new Error(String(error)));
        }
      });
    },
  };
}
