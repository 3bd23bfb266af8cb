/**
 * PDF export: translates a LayoutDocument into a PDF with pdfmake. Nothing here
 * decides content; it lays the model out, reads where everything landed, fills in
 * page labels (footer and TOC) and bookmarks, and renders.
 */
import type { LayoutDocument } from '../../layout/model.ts';
import { anchorPlaces } from './anchors.ts';
import { dropBlankPages } from './blankPages.ts';
import { buildContent, type BuiltContent } from './content.ts';
import { layOut, type LaidOutDocument } from './engine.ts';
import { familyFor, fontFaces } from './fonts.ts';
import { createFootnotes } from './footnotes.ts';
import { pageFooter, pageHeader } from './furniture.ts';
import { pageGeometry } from './geometry.ts';
import { takeStrandedRows, type RowBreaks } from './keptRows.ts';
import { createImageTable } from './images.ts';
import { rejustify } from './justify.ts';
import { pdfInfo } from './metadata.ts';
import { headingsOf, outlineTree } from './outline.ts';
import { pageInfos } from './pageLabels.ts';
import { documentStyles, typography } from './styles.ts';
import { fillTocNumbers } from './tocNumbers.ts';

/** Layouts tried at most: each further one splits tables before more stranded rows. */
const MAX_LAYOUTS = 4;

interface Layout {
  built: BuiltContent;
  laidOut: LaidOutDocument;
  stranded: Set<string>;
}

function layOutOnce(doc: LayoutDocument, rowBreaks: RowBreaks): Layout {
  const type = typography(doc.profile);
  const geometry = pageGeometry(doc.profile);
  const family = familyFor(doc.profile.font);
  const images = createImageTable();
  const footnotes = createFootnotes();
  const built = buildContent(doc, {
    profile: doc.profile,
    type,
    geometry,
    footnotes,
    images,
    rowBreaks,
  });
  const laidOut = layOut(built.content, {
    fonts: { [family]: fontFaces(family) },
    images: images.entries(),
    styles: documentStyles(type),
    defaultStyle: { font: family, fontSize: type.size },
    margins: geometry.margins,
    info: pdfInfo(doc.metadata),
    lang: doc.metadata.language,
  });
  return { built, laidOut, stranded: takeStrandedRows(laidOut.pages) };
}

/** Lays out until no kept row is parted from the next (or the passes run out). */
function layOutKeepingRows(doc: LayoutDocument): Layout {
  let breaks = new Set<string>();
  let layout = layOutOnce(doc, breaks);
  for (let pass = 1; pass < MAX_LAYOUTS && layout.stranded.size > 0; pass++) {
    breaks = new Set([...breaks, ...layout.stranded]);
    layout = layOutOnce(doc, breaks);
  }
  return layout;
}

/** Renders the document as PDF bytes. */
export async function renderPdf(doc: LayoutDocument): Promise<Uint8Array> {
  const { built, laidOut } = layOutKeepingRows(doc);
  const geometry = pageGeometry(doc.profile);
  dropBlankPages(laidOut.pages, built.sectionOfPage);
  const infos = pageInfos(doc.sections, built.sectionOfPage, laidOut.pages.length);
  rejustify(laidOut.pages);
  const places = anchorPlaces(laidOut.pages);
  fillTocNumbers(laidOut.pages, (anchor) => {
    const place = places.get(anchor);
    if (!place)
      throw new Error(`PDF: daftar isi merujuk ke "${anchor}", yang tidak ada di dokumen`);
    return infos[place.pageIndex]?.label ?? '';
  });
  laidOut.addFurniture(
    pageHeader(doc.headerText, infos, laidOut.pages, geometry),
    pageFooter(infos, geometry, doc.profile.fontSizePt),
  );
  return laidOut.render(outlineTree(headingsOf(doc), places));
}
