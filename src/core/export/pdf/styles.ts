/**
 * Named styles, derived once from the export profile. Nodes name a style instead
 * of repeating sizes, which keeps the document definition small.
 */
import type { ExportProfile } from '../../template/types.ts';
import type { PdfStyle } from './types.ts';

/** Type sizes and spacing the blocks share. */
export interface Typography {
  size: number;
  /** pdfmake's lineHeight multiplies the font's own line height, as Word's "1.5 lines" does. */
  lineHeight: number;
  /** Space after a paragraph. */
  gap: number;
  /** Height of one body line. */
  lineStep: number;
}

/** Smaller type for tables, notes and page furniture, never below 7 pt. */
function smaller(size: number, by: number): number {
  return Math.max(7, size - by);
}

/** Sizes and spacing for a profile. */
export function typography(profile: ExportProfile): Typography {
  const size = profile.fontSizePt;
  // 1.15 em: the natural line height of Arial/Liberation Sans (ascender + descender + gap).
  return {
    size,
    lineHeight: profile.lineSpacing,
    gap: size / 2,
    lineStep: size * 1.15 * profile.lineSpacing,
  };
}

/** Line spacing of captions (single, a little open). */
export const CAPTION_LINE_HEIGHT = 1.15;

/** Font size of table and figure captions. */
export function captionFontSize(type: Typography): number {
  return smaller(type.size, 1);
}

/** The style dictionary handed to pdfmake. */
export function documentStyles(type: Typography) {
  const { size, lineHeight, gap } = type;
  const title: PdfStyle = { fontSize: size + 2, bold: true, alignment: 'center', lineHeight };
  const heading: PdfStyle = { bold: true, lineHeight, alignment: 'left' };
  return {
    body: { alignment: 'justify', lineHeight, margin: [0, 0, 0, gap] },
    list: { alignment: 'justify', lineHeight, margin: [0, 0, 0, gap] },
    subheading1: { bold: true, lineHeight, margin: [0, gap / 2, 0, gap / 2] },
    subheading2: { bold: true, italics: true, lineHeight, margin: [0, gap / 2, 0, gap / 2] },
    placeholder: { italics: true, color: '#7F7F7F', lineHeight, margin: [0, 0, 0, gap] },
    note: { fontSize: smaller(size, 2), italics: true, lineHeight: 1.15, margin: [0, 0, 0, gap] },
    bookTitle: { ...title, fontSize: size + 6 },
    chapterTitle: { ...title, margin: [0, 0, 0, size * 1.5] },
    frontTitle: { ...title, margin: [0, 0, 0, size * 1.5] },
    section: { ...heading, margin: [0, gap, 0, gap / 2] },
    subsection: { ...heading, margin: [0, gap, 0, gap / 2] },
    subsubsection: { ...heading, italics: true, margin: [0, gap, 0, gap / 2] },
    caption: {
      fontSize: captionFontSize(type),
      alignment: 'center',
      lineHeight: CAPTION_LINE_HEIGHT,
    },
    tableCell: { lineHeight: 1.1 },
    source: { fontSize: smaller(size, 2), italics: true, lineHeight: 1.15, margin: [0, 3, 0, gap] },
    tocEntry: { lineHeight: 1.3, alignment: 'left' },
    header: { fontSize: smaller(size, 3), italics: true, color: '#404040', alignment: 'right' },
    footer: { fontSize: smaller(size, 2), alignment: 'center' },
    footnote: { fontSize: smaller(size, 3), lineHeight: 1.15, alignment: 'justify' },
    coverTitle: { ...title, fontSize: size + 4 },
    coverLine: { ...title, fontSize: size + 2 },
    coverSmall: { ...title, fontSize: size + 1 },
    signature: { lineHeight: 1.15, alignment: 'left' },
  } satisfies Record<string, PdfStyle>;
}

export type StyleName = keyof ReturnType<typeof documentStyles>;
