/**
 * PDF export: translates a LayoutDocument into a PDF with pdfmake. Nothing here
 * decides content; it lays the model out, reads where everything landed, fills in
 * page labels (footer and TOC) and bookmarks, and renders.
 */
import type { LayoutDocument } from '../../layout/model.ts';
import { anchorPlaces } from './anchors.ts';
import { buildContent } from './content.ts';
import { layOut } from './engine.ts';
import { familyFor, fontFaces } from './fonts.ts';
import { createFootnotes } from './footnotes.ts';
import { pageFooter, pageHeader } from './furniture.ts';
import { pageGeometry } from './geometry.ts';
import { createImageTable } from './images.ts';
import { rejustify } from './justify.ts';
import { pdfInfo } from './metadata.ts';
import { headingsOf, outlineTree } from './outline.ts';
import { pageInfos } from './pageLabels.ts';
import { documentStyles, typography } from './styles.ts';
import { fillTocNumbers } from './tocNumbers.ts';

/** Renders the document as PDF bytes. */
export async function renderPdf(doc: LayoutDocument): Promise<Uint8Array> {
  const type = typography(doc.profile);
  const geometry = pageGeometry(doc.profile);
  const family = familyFor(doc.profile.font);
  const images = createImageTable();
  const footnotes = createFootnotes();
  const built = buildContent(doc, { profile: doc.profile, type, geometry, footnotes, images });

  const laidOut = layOut(built.content, {
    fonts: { [family]: fontFaces(family) },
    images: images.entries(),
    styles: documentStyles(type),
    defaultStyle: { font: family, fontSize: type.size },
    margins: geometry.margins,
    info: pdfInfo(doc.metadata),
    lang: doc.metadata.language,
  });

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
    pageFooter(infos, geometry),
  );
  return laidOut.render(outlineTree(headingsOf(doc), places));
}
