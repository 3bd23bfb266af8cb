/**
 * PDF export: translates a LayoutDocument into a PDF with pdfmake. Nothing here
 * decides content; it lays the model out, reads where everything landed, fills in
 * page labels (footer and TOC) and bookmarks, and renders.
 */
import type { LayoutDocument } from '../../layout/model.ts';
import type { PdfSection } from './types.ts';
import { type AnchorPlace, anchorPlaces } from './anchors.ts';
import { dropBlankPages } from './blankPages.ts';
import { mayReferToPages } from './blocks/toc.ts';
import { buildSection, splitAtPageBreaks } from './content.ts';
import type { BuildContext } from './context.ts';
import { createEngine, type LaidOutSection, type PdfEngine } from './engine.ts';
import {
  CHART_FAMILY,
  faceFileName,
  familyFor,
  type FontFamily,
  fontFaces,
  fontStyle,
} from './fonts.ts';
import { createFootnotes } from './footnotes.ts';
import { pageFooter, pageHeader } from './furniture.ts';
import { pageGeometry } from './geometry.ts';
import { shippedPairTable } from './pairTables.ts';
import { rowsToSplit, strandedRowWatch, takeStrandedRows } from './keptRows.ts';
import { createImageTable } from './images.ts';
import { rejustify } from './justify.ts';
import type { LaidOutPage } from './laidOut.ts';
import { pdfInfo } from './metadata.ts';
import { headingsOf, outlineTree } from './outline.ts';
import { type PageInfo, pageInfos } from './pageLabels.ts';
import { documentStyles, typography } from './styles.ts';
import { fillTocNumbers, hasPageReferences } from './tocNumbers.ts';

/** Layouts of one part tried at most: each further one splits tables before more stranded rows. */
const MAX_LAYOUTS = 4;

/**
 * Lays out the document's page sections in order, a part at a time (a section cut at
 * its page breaks, see splitAtPageBreaks), handing each part with pages to `placed`
 * with its section's index in doc.sections. A part in which a kept row is parted
 * from the next is laid out again with its table split before that row (keptRows.ts),
 * until none is or the passes run out; the parts before it are not touched. Such a
 * layout stops at the page where the parted row is seen: the pages after it would be
 * thrown away.
 */
function layOutSections(
  doc: LayoutDocument,
  engine: PdfEngine,
  base: Omit<BuildContext, 'orientation' | 'footnotes' | 'rowBreaks'>,
  placed: (index: number, layout: LaidOutSection) => void,
): void {
  // Footnote numbers run through the document; a section's notes are all printed within it.
  let notesBefore = 0;
  for (const [index, section] of doc.sections.entries()) {
    let rowBreaks = new Set<string>();
    let notesAfter = notesBefore;
    const build = (): PdfSection[] => {
      const footnotes = createFootnotes(notesBefore);
      const node = buildSection(section, {
        ...base,
        orientation: section.orientation,
        footnotes,
        rowBreaks,
      });
      notesAfter = footnotes.count();
      return node ? splitAtPageBreaks(node) : [];
    };
    let parts = build();
    let pass = 1;
    /** Kept rows a split did not keep with their next row: no further pass is spent on them. */
    const unfixable = new Set<string>();
    for (let at = 0; at < parts.length;) {
      // Laid out only until a kept row is parted from the next, while a further pass may split it.
      const layout = engine.layOutSection(
        parts[at]!,
        pass < MAX_LAYOUTS ? strandedRowWatch(unfixable) : undefined,
      );
      if (!layout.stopped) dropBlankPages(layout.pages, (page) => layout.removePage(page));
      const stranded = takeStrandedRows(layout.pages, unfixable);
      // A stopped layout is never placed: its pages end where it stopped.
      if (layout.stopped && stranded.size === 0)
        throw new Error('PDF: tata letak berhenti tanpa baris tabel yang terpisah');
      if (stranded.size > 0 && pass < MAX_LAYOUTS) {
        const split = rowsToSplit(stranded, rowBreaks, unfixable);
        // Splitting a table of this part only cuts this part: those before stay as laid out.
        if (split.size > 0) {
          rowBreaks = new Set([...rowBreaks, ...split]);
          parts = build();
        }
        // A whole layout whose parted rows no split can keep is placed as it is.
        if (split.size > 0 || layout.stopped) {
          pass += 1;
          continue;
        }
      }
      if (layout.pages.length > 0) placed(index, layout);
      at += 1;
      pass = 1;
    }
    notesBefore = notesAfter;
  }
}

/** The items that pass `test`, and the others. */
function partition<T>(items: readonly T[], test: (item: T) => boolean): [T[], T[]] {
  const passed: T[] = [];
  const failed: T[] = [];
  for (const item of items) (test(item) ? passed : failed).push(item);
  return [passed, failed];
}

/**
 * Renders the document as PDF bytes. A section's pages are drawn as soon as it is
 * laid out, so only one section's pages are held at a time; pages that print page
 * numbers of others (Daftar Isi, Tabel, Gambar) wait until every page is known.
 */
export async function renderPdf(doc: LayoutDocument): Promise<Uint8Array> {
  const type = typography(doc.profile);
  const geometry = pageGeometry(doc.profile);
  const family = familyFor(doc.profile.font);
  // The document's family, and the charts' (only what a page uses is embedded).
  const families = new Set<FontFamily>([family, CHART_FAMILY]);
  const images = createImageTable();
  const engine = createEngine({
    fonts: Object.fromEntries([...families].map((name) => [name, fontFaces(name)])),
    pairTable: (asked, bold, italics) => {
      if (!families.has(asked as FontFamily)) return undefined;
      const style = fontStyle(bold, italics);
      const known = asked as FontFamily;
      return shippedPairTable(faceFileName(known, style), fontFaces(known)[style]);
    },
    // Filled as sections are translated; pdfmake reads an image when it measures it.
    images: images.entries(),
    chartFamily: CHART_FAMILY,
    styles: documentStyles(type),
    defaultStyle: { font: family, fontSize: type.size },
    margins: geometry.margins,
    info: pdfInfo(doc.metadata),
    lang: doc.metadata.language,
  });

  // Document order; the header reads each page's orientation, header and footer its label.
  const pages: LaidOutPage[] = [];
  const sectionOfPage: number[] = [];
  const infos: PageInfo[] = [];
  const places = new Map<string, AnchorPlace>();
  const header = pageHeader(doc.headerText, infos, pages, geometry);
  const footer = pageFooter(infos, geometry, doc.profile.fontSizePt);
  /** Pages printing page numbers of others: drawn once every page is known. */
  const waiting: LaidOutPage[] = [];

  layOutSections(doc, engine, { profile: doc.profile, type, geometry, images }, (index, layout) => {
    const firstPage = pages.length + 1;
    pages.push(...layout.pages);
    sectionOfPage.push(...layout.pages.map(() => index));
    // Labels count on from the pages before; earlier labels never change.
    infos.push(...pageInfos(doc.sections, sectionOfPage, pages.length).slice(infos.length));
    rejustify(layout.pages);
    anchorPlaces(layout.pages, firstPage - 1, places);
    layout.addFurniture(header, footer, firstPage);
    const [later, now] = mayReferToPages(doc.sections[index]!)
      ? partition(layout.pages, hasPageReferences)
      : [[], layout.pages];
    waiting.push(...later);
    engine.draw(now);
  });

  fillTocNumbers(waiting, (anchor) => {
    const place = places.get(anchor);
    if (!place)
      throw new Error(`PDF: daftar isi merujuk ke "${anchor}", yang tidak ada di dokumen`);
    return infos[place.pageIndex]?.label ?? '';
  });
  engine.draw(waiting);
  return engine.finish(pages, outlineTree(headingsOf(doc), places));
}
