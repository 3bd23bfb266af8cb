/**
 * The only file (with shapedWords.ts, styleLookup.ts, cellMeasure.ts, gridTables.ts, repeatedFurniture.ts, deferredModules.ts, pngChunks.ts, nativeDecoding.ts, textInlines.ts, lineBuilder.ts, widowControl.ts,
 * contentBuffer.ts, graphicsState.ts, lineDrawer.ts, vectorDrawer.ts and svgDrawer.ts) that touches pdfmake's and PDFKit's internals. pdfmake's public createPdf() lays out
 * and renders in one go; we need the pages in between (page labels for the footer
 * and the TOC depend on where things landed), so we drive its LayoutBuilder and
 * Renderer ourselves, one page section at a time. Nothing is fetched: fonts and images come in as bytes.
 * Checked against pdfmake 0.3.11 and pdfkit 0.19; the tests fail if they change.
 */
import { createRequire } from 'node:module';
import type { FontFaces } from './fonts.ts';
import type { PairTableFile } from './pairTables.ts';
import type { PageMargins } from './geometry.ts';
import { A4 } from './geometry.ts';
import type { LaidOutPage } from './laidOut.ts';
import type { PdfInfo } from './metadata.ts';
import { TABLE_LAYOUTS, type TableLayout } from './tableLayouts.ts';
import type { PageFurniture, PdfNode, PdfSection, PdfStyle } from './types.ts';
import { type ShapingFont, shareShapedWords } from './shapedWords.ts';
import { bufferContentStrings } from './contentBuffer.ts';
import {
  type DrawingDocument,
  drawLinesWhole,
  type LineRenderer,
  type TextDecoratorClass,
} from './lineDrawer.ts';
import {
  installFastStyleLookup,
  type StyleContextStackClass,
  type TextInlinesClass,
} from './styleLookup.ts';
import type { InlinesDeps } from './textInlines.ts';
import { installWidowControl, type WidowControlLayoutBuilder } from './widowControl.ts';
import { type DocMeasureClass, installCellMeasure } from './cellMeasure.ts';
import { deferUnusedModules } from './deferredModules.ts';
import { readPngsByChunks } from './pngChunks.ts';
import { decodeTablesNatively } from './nativeDecoding.ts';
import { type GridTablesLayoutBuilder, installGridTables } from './gridTables.ts';
import {
  installRepeatedFurniture,
  type RepeatedFurnitureLayoutBuilder,
} from './repeatedFurniture.ts';
import { drawVectorsDirectly, type VectorDocument, type VectorRenderer } from './vectorDrawer.ts';
import {
  drawSvgWithDocumentFonts,
  type SvgDocument,
  type SvgRenderer,
  type SvgToPdf,
} from './svgDrawer.ts';
import {
  installLineBuilder,
  type LayoutBuilderClass as LayoutBuilderPatchClass,
  type LineClass,
} from './lineBuilder.ts';

type LineBreakerClass = InlinesDeps['LineBreaker'];

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
  /** The catalogue: a PDFKit reference (contentBuffer.ts finds their class through it). */
  _root: { data: { Pages: { data: { Kids: unknown[] } } } };
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

/** pdfmake's DocumentContext: the pages of one layout, and an event when one is added. */
interface DocumentContext {
  pages: LaidOutPage[];
  backgroundLength: number[];
  addListener(event: 'pageAdded', listener: () => void): void;
}

interface LayoutBuilder {
  registerTableLayouts(layouts: Record<string, TableLayout>): void;
  /** Header and footer blocks laid out so far in the document (repeatedFurniture.ts). */
  _furnitureBlocks?: Map<string, unknown>;
  writer: { context(): DocumentContext };
  /** Every node laid out, kept by pdfmake after layout. */
  linearNodeList: unknown[];
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

deferUnusedModules(require.resolve('pdfmake/js/PDFDocument.js'));
readPngsByChunks(require.resolve('pdfmake/js/PDFDocument.js'));
decodeTablesNatively(require.resolve('pdfmake/js/PDFDocument.js'));
const PdfMakeDocument = defaultExport<PdfMakeDocumentClass>('pdfmake/js/PDFDocument.js');
const LayoutBuilderImpl = defaultExport<LayoutBuilderClass>('pdfmake/js/LayoutBuilder.js');
const Renderer = defaultExport<RendererClass>('pdfmake/js/Renderer.js');
const SVGMeasure = defaultExport<new () => unknown>('pdfmake/js/SVGMeasure.js');
const TextDecorator = defaultExport<TextDecoratorClass>('pdfmake/js/TextDecorator.js');
const TextInlines = defaultExport<TextInlinesClass>('pdfmake/js/TextInlines.js');
const SvgToPdfImpl = defaultExport<SvgToPdf>('pdfmake/js/3rd-party/svg-to-pdfkit.js');
installLineBuilder(
  LayoutBuilderImpl as unknown as LayoutBuilderPatchClass,
  defaultExport<LineClass>('pdfmake/js/Line.js'),
  new (TextInlines as unknown as new (pdf: null) => Parameters<typeof installLineBuilder>[2])(null),
);
installWidowControl(LayoutBuilderImpl as unknown as WidowControlLayoutBuilder);
installFastStyleLookup(
  defaultExport<StyleContextStackClass>('pdfmake/js/StyleContextStack.js'),
  TextInlines,
  // The line breaker pdfmake's TextBreaker uses, resolved as pdfmake resolves it.
  createRequire(require.resolve('pdfmake/js/TextBreaker.js'))('linebreak') as LineBreakerClass,
);
installCellMeasure(defaultExport<DocMeasureClass>('pdfmake/js/DocMeasure.js'));
installRepeatedFurniture(
  LayoutBuilderImpl as unknown as RepeatedFurnitureLayoutBuilder,
  defaultExport<{ prototype: { addFragment: Parameters<typeof installRepeatedFurniture>[1] } }>(
    'pdfmake/js/ElementWriter.js',
  ).prototype.addFragment,
);
installGridTables(
  LayoutBuilderImpl as unknown as GridTablesLayoutBuilder,
  defaultExport<{ buildColumnWidths: Parameters<typeof installGridTables>[1] }>(
    'pdfmake/js/columnCalculator.js',
  ).buildColumnWidths,
);

export interface EngineOptions {
  fonts: Record<string, FontFaces>;
  /** The pair table of a face (pairTables.ts), if it has one. */
  pairTable(family: string, bold: boolean, italics: boolean): PairTableFile | undefined;
  images: Record<string, Buffer>;
  /** The family of chart text in a family the document lacks, as resvg falls back for Word. */
  chartFamily: string;
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

/** One page section, laid out on pages of its own. */
export interface LaidOutSection {
  /** The section's pages, to read and adjust before rendering. */
  pages: LaidOutPage[];
  /** The layout was stopped when a new page began (see layOutSection): `pages` are those begun. */
  stopped: boolean;
  /** Takes page `index` (of `pages`) out, e.g. a page left blank. */
  removePage(index: number): void;
  /**
   * Lays out a header and a footer on every page of the section, given the document
   * page number of its first page (null: none on that page).
   */
  addFurniture(header: PageFurniture, footer: PageFurniture, firstPageNumber: number): void;
}

/**
 * Lays out page sections and draws their pages into one PDF. Pages are drawn as
 * soon as they are final, in any order; the file lists them in document order.
 */
export interface PdfEngine {
  /**
   * Lays out one page section on new pages; nothing is drawn yet. `stopWhen` is asked
   * with the pages so far each time a page begins: true stops the layout there.
   */
  layOutSection(
    section: PdfSection,
    stopWhen?: (pages: readonly LaidOutPage[]) => boolean,
  ): LaidOutSection;
  /** Draws pages (furniture included) and lets go of their items. */
  draw(pages: readonly LaidOutPage[]): void;
  /** Lists the drawn pages in document order, adds the bookmarks and returns the file. */
  finish(pages: readonly LaidOutPage[], outline: readonly OutlineItem[]): Promise<Uint8Array>;
}

function addOutline(
  parent: PdfKitOutline,
  items: readonly OutlineItem[],
  pages: readonly LaidOutPage[],
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
function shapeWithSharedCache(pdf: PdfKitDocument, pairTable: EngineOptions['pairTable']): void {
  const provide = pdf.provideFont.bind(pdf);
  pdf.provideFont = (family, bold, italics) =>
    shareShapedWords(
      provide(family, bold, italics),
      `${family}/${bold ? 'b' : ''}${italics ? 'i' : ''}`,
      pairTable(family, bold, italics),
    );
}

/** Thrown from pdfmake's layout when a page begins and `stopWhen` says so; caught in layOutSection. */
class LayoutStopped extends Error {}

/**
 * Asks `stopWhen` each time the layout begins a page. pdfmake creates the writer (and
 * its document context, which announces new pages) inside layoutDocument, so the
 * listener goes on as the writer is set. The pages of unbreakable blocks belong to
 * contexts of their own: only pages of the document are seen. Returns the document's
 * context once the layout has begun.
 */
function watchPages(
  builder: LayoutBuilder,
  stopWhen: (pages: readonly LaidOutPage[]) => boolean,
): () => DocumentContext | undefined {
  let writer: LayoutBuilder['writer'] | undefined;
  let documentContext: DocumentContext | undefined;
  Object.defineProperty(builder, 'writer', {
    configurable: true,
    enumerable: true,
    get: () => writer,
    set(value: LayoutBuilder['writer']) {
      writer = value;
      const context = value.context();
      documentContext = context;
      context.addListener('pageAdded', () => {
        if (stopWhen(context.pages)) throw new LayoutStopped();
      });
    },
  });
  return () => documentContext;
}

/** A PDF document that lays out page sections one at a time and draws pages as they are given. */
export function createEngine(options: EngineOptions): PdfEngine {
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
  shapeWithSharedCache(pdf, options.pairTable);
  bufferContentStrings(pdf._root);
  // PDFKit writes each page out when the next one starts, so the file grows while drawing.
  const file = new Promise<Uint8Array>((resolve, reject) => {
    const chunks: Uint8Array[] = [];
    // Copied: a chunk is often a view of a much larger buffer (zlib's output, for
    // each page's content), which would otherwise stay alive until the end.
    pdf.on('data', (chunk) => chunks.push(Uint8Array.prototype.slice.call(chunk)));
    pdf.on('error', reject);
    pdf.on('end', () => resolve(Buffer.concat(chunks)));
  });
  // Awaited only by finish(); an error while drawing reaches the caller through draw() or finish().
  file.catch(() => undefined);
  const renderer = new Renderer(pdf, undefined);
  drawLinesWhole(
    renderer as unknown as LineRenderer,
    pdf as unknown as DrawingDocument,
    TextDecorator,
  );
  drawVectorsDirectly(renderer as unknown as VectorRenderer, pdf as unknown as VectorDocument);
  drawSvgWithDocumentFonts(
    renderer as unknown as SvgRenderer,
    pdf as unknown as SvgDocument,
    SvgToPdfImpl,
    options.chartFamily,
  );
  /** Each drawn page's place in PDFKit's list of pages. */
  const drawnAs = new Map<LaidOutPage, number>();
  /** Header and footer blocks laid out so far (repeatedFurniture.ts). */
  const furnitureBlocks = new Map<string, unknown>();

  return {
    layOutSection(section, stopWhen) {
      const builder = new LayoutBuilderImpl(
        { width: A4.width, height: A4.height, orientation: 'portrait' },
        options.margins,
        new SVGMeasure(),
      );
      builder.registerTableLayouts(TABLE_LAYOUTS);
      builder._furnitureBlocks = furnitureBlocks;
      const watched = stopWhen ? watchPages(builder, stopWhen) : undefined;
      let pages: LaidOutPage[];
      let stopped = false;
      try {
        // A builder's first section always starts a new page: no page is shared between sections.
        pages = builder.layoutDocument(
          { stack: [section] },
          pdf,
          options.styles,
          options.defaultStyle,
        );
      } catch (error) {
        const context = watched?.();
        if (!(error instanceof LayoutStopped) || !context) throw error;
        // The pages of the document, as the watch saw them when it stopped the layout.
        pages = context.pages;
        stopped = true;
      }
      // pdfmake keeps every laid-out node (with its measured words); the pages are all we need.
      builder.linearNodeList = [];
      return {
        pages,
        stopped,
        removePage(index) {
          if (stopped)
            throw new Error('PDF: halaman dari tata letak yang dihentikan tidak dipakai');
          pages.splice(index, 1);
          builder.writer.context().backgroundLength.splice(index, 1);
        },
        addFurniture(header, footer, firstPageNumber) {
          if (stopped)
            throw new Error('PDF: halaman dari tata letak yang dihentikan tidak dipakai');
          const offset = firstPageNumber - 1;
          builder.addHeadersAndFooters(
            (pageNumber) => header(offset + pageNumber),
            (pageNumber) => footer(offset + pageNumber),
          );
          builder.linearNodeList = [];
        },
      };
    },
    draw(pages) {
      for (const page of pages) {
        drawnAs.set(page, drawnAs.size);
        renderer.renderPages([page]);
        page.items = [];
      }
    },
    finish(pages, outline) {
      // PDFKit lists pages in the order they were added; the page tree's order is the document's.
      const kids = pdf._root.data.Pages.data.Kids;
      const drawn = [...kids];
      if (pages.length !== drawn.length)
        throw new Error(`PDF: ${drawn.length} halaman digambar, ${pages.length} diharapkan`);
      pages.forEach((page, index) => {
        const at = drawnAs.get(page);
        if (at === undefined) throw new Error(`PDF: halaman ${index + 1} belum digambar`);
        kids[index] = drawn[at];
      });
      addOutline(pdf.outline, outline, pages);
      pdf.end();
      return file;
    },
  };
}
