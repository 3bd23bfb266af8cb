/** Running header (the document title) and footer (the page number), or empty ones. */
import { Footer, Header, PageNumber, Paragraph, TextRun } from 'docx';
import { TextWatermark } from 'docx/watermarks';
import { WATERMARK } from '../../layout/style.ts';
import type { ExportProfile } from '../../template/types.ts';
import { STYLE } from './styleIds.ts';

export interface SectionFurniture {
  headers: { default: Header };
  footers: { default: Footer };
}

/**
 * Header and footer of a section. A section without them still gets empty ones,
 * as Word would otherwise repeat the previous section's. A watermark ("CONTOH")
 * sits in the header, as Word's Design › Watermark puts it.
 */
export function sectionFurniture(
  headerText: string | undefined,
  profile: ExportProfile,
  watermark?: string,
): SectionFurniture {
  const header = new Paragraph({
    // The header style draws a rule under the title; an empty header has none.
    style: headerText ? STYLE.header : STYLE.normal,
    children: [
      ...(headerText ? [new TextRun(headerText)] : []),
      ...(watermark
        ? [
            new TextWatermark({
              text: watermark,
              font: profile.font,
              color: WATERMARK.color,
              opacity: WATERMARK.opacity,
            }),
          ]
        : []),
    ],
  });
  const footer = new Paragraph({
    style: STYLE.footer,
    children: headerText === undefined ? [] : [new TextRun({ children: [PageNumber.CURRENT] })],
  });
  return {
    headers: { default: new Header({ children: [header] }) },
    footers: { default: new Footer({ children: [footer] }) },
  };
}
