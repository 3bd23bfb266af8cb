/**
 * PDF export: translates a LayoutDocument into a PDF with pdfmake. Nothing here
 * decides content; it lays the model out, reads where everything landed, fills in
 * page labels (footer and TOC) and bookmarks, and renders.
 */
import type { LayoutDocument } from '../../layout/model.ts';
import { anchorPlaces } from './anchors.ts';
import { dropBlankPages } from './blankPages.ts';
import { buildSection } from './content.ts';
import type { BuildContext } from './context.ts';
import { createEngine, type LaidOutSection, type PdfEngine } from './engine.ts';
import { familyFor, fontFaces } from './fonts.ts';
import { createFootnotes } from './footnotes.ts';
import { pageFooter, pageHeader } from './furniture.ts';
import { pageGeometry } from './geometry.ts';
import { takeStrandedRows } from './keptRows.ts';
import { createImageTable } from './images.ts';
import { rejustify } from './justify.ts';
import type { LaidOutPage } from './laidOut.ts';
import { pdfInfo } from './metadata.ts';
import { headingsOf, outlineTree } from './outline.ts';
import { pageInfos } from './pageLabels.ts';
import { documentStyles, typography } from './styles.ts';
import { fillTocNumbers } from './tocNumbers.ts';

/** Layouts of one page section tried at most: each further one splits tables before more stranded rows. */
const MAX_LAYOUTS = 4;

/** A page section as laid out, and which of the model's sections it is. */
interface PlacedSection {
  index: number;
  layout: LaidOutSection;
}

/**
 * Lays out one page section until no kept row is parted from the next (or the
 * passes run out). Every section starts on a page of its own, so a stranded row
 * only ever means laying out its own section again.
 */
function layOutKeepingRows(
  engine: PdfEngine,
  build: (rowBreaks: ReadonlySet<string>) => ReturnType<typeof buildSection>,
): LaidOutSection | undefined {
  let breaks = new Set<string>();
  for (let pass = 1; ; pass++) {
    const node = build(breaks);
    if (!node) return undefined;
    const layout = engine.layOutSection(node);
    dropBlankPages(layout.pages, (index) => layout.removePage(index));
    const stranded = takeStrandedRows(layout.pages);
    if (stranded.size === 0 || pass === MAX_LAYOUTS) return layout;
    breaks = new Set([...breaks, ...stranded]);
  }
}

function layOutSections(
  doc: LayoutDocument,
  engine: PdfEngine,
  base: Omit<BuildContext, 'orientation' | 'footnotes' | 'rowBreaks'>,
): PlacedSection[] {
  const placed: PlacedSection[] = [];
  // Footnote numbers run through the document; a section's notes are all printed within it.
  let notesBefore = 0;
  doc.sections.forEach((section, index) => {
    let notesAfter = notesBefore;
    const layout = layOutKeepingRows(engine, (rowBreaks) => {
      const footnotes = createFootnotes(notesBefore);
      const node = buildSection(section, {
        ...base,
        orientation: section.orientation,
        footnotes,
        rowBreaks,
      });
      notesAfter = footnotes.count();
      return node;
    });
    notesBefore = notesAfter;
    if (layout && layout.pages.length > 0) placed.push({ index, layout });
  });
  return placed;
}

/** Renders the document as PDF bytes. */
export async function renderPdf(doc: LayoutDocument): Promise<Uint8Array> {
  const type = typography(doc.profile);
  const geometry = pageGeometry(doc.profile);
  const family = familyFor(doc.profile.font);
  const images = createImageTable();
  const engine = createEngine({
    fonts: { [family]: fontFaces(family) },
    // Filled as sections are translated; pdfmake reads an image when it measures it.
    images: images.entries(),
    styles: documentStyles(type),
    defaultStyle: { font: family, fontSize: type.size },
    margins: geometry.margins,
    info: pdfInfo(doc.metadata),
    lang: doc.metadata.language,
  });
  const sections = layOutSections(doc, engine, {
    profile: doc.profile,
    type,
    geometry,
    images,
  });

  const pages: LaidOutPage[] = [];
  const sectionOfPage: number[] = [];
  for (const { index, layout } of sections) {
    pages.push(...layout.pages);
    sectionOfPage.push(...layout.pages.map(() => index));
  }
  const infos = pageInfos(doc.sections, sectionOfPage, pages.length);
  rejustify(pages);
  const places = anchorPlaces(pages);
  fillTocNumbers(pages, (anchor) => {
    const place = places.get(anchor);
    if (!place)
      throw new Error(`PDF: daftar isi merujuk ke "${anchor}", yang tidak ada di dokumen`);
    return infos[place.pageIndex]?.label ?? '';
  });
  const header = pageHeader(doc.headerText, infos, pages, geometry);
  const footer = pageFooter(infos, geometry, doc.profile.fontSizePt);
  let firstPage = 1;
  for (const { layout } of sections) {
    layout.addFurniture(header, footer, firstPage);
    firstPage += layout.pages.length;
  }
  return engine.render(pages, outlineTree(headingsOf(doc), places));
}
