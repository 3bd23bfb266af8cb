/**
 * Named styles, derived once from the export profile and the layout's style
 * decisions (layout/style.ts). Nodes name a style instead of repeating sizes, which
 * keeps the document definition small.
 */
import {
  CAPTION,
  LINE_SPACING,
  PAGE_FURNITURE,
  SIZE_DELTA,
  TEXT_COLOR,
  spacing,
  type Spacing,
} from '../../layout/style.ts';
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
  space: Spacing;
}

/** Sizes and spacing for a profile. */
export function typography(profile: ExportProfile): Typography {
  const size = profile.fontSizePt;
  const space = spacing(size);
  // 1.15 em: the natural line height of Arial/Liberation Sans (ascender + descender + gap).
  return {
    size,
    lineHeight: profile.lineSpacing,
    gap: space.paragraphAfter,
    lineStep: size * 1.15 * profile.lineSpacing,
    space,
  };
}

/**
 * The top margin that gives `before` points under a body paragraph. Word puts the
 * larger of the two spaces between paragraphs; pdfmake adds margins, and the block
 * above has usually already left a paragraph's space after it.
 */
export function collapsedBefore(type: Typography, before: number): number {
  return Math.max(0, before - type.gap);
}

/** Font size of table and figure captions. */
export function captionFontSize(type: Typography): number {
  return type.size + SIZE_DELTA.caption;
}

/** `#RRGGBB` for a colour of the layout's style. */
export function cssColor(hex: string): string {
  return `#${hex}`;
}

/** The style dictionary handed to pdfmake. */
export function documentStyles(type: Typography) {
  const { size, lineHeight, gap, space } = type;
  const title: PdfStyle = {
    fontSize: size + SIZE_DELTA.title,
    bold: true,
    alignment: 'center',
    lineHeight,
  };
  const heading: PdfStyle = {
    bold: true,
    lineHeight,
    alignment: 'left',
    margin: [0, collapsedBefore(type, space.sectionBefore), 0, space.sectionAfter],
  };
  const subheading: PdfStyle = {
    bold: true,
    lineHeight,
    margin: [0, collapsedBefore(type, space.subheadingBefore), 0, gap],
  };
  const small = (delta: number, lines: number): PdfStyle => ({
    fontSize: size + delta,
    italics: true,
    lineHeight: lines,
  });
  return {
    body: { alignment: 'justify', lineHeight, margin: [0, 0, 0, gap] },
    listItem: { alignment: 'justify', lineHeight, margin: [0, 0, 0, space.listItemAfter] },
    listMarker: { alignment: 'left', lineHeight },
    subheading1: subheading,
    subheading2: { ...subheading, italics: true },
    placeholder: {
      italics: true,
      color: cssColor(TEXT_COLOR.placeholder),
      lineHeight,
      margin: [0, 0, 0, gap],
    },
    note: { ...small(SIZE_DELTA.note, LINE_SPACING.note), margin: [0, 0, 0, gap] },
    bookTitle: {
      ...title,
      fontSize: size + SIZE_DELTA.bookTitle,
      margin: [0, space.bookTitleBefore, 0, space.titleAfter],
    },
    chapterTitle: { ...title, margin: [0, 0, 0, space.titleAfter] },
    frontTitle: { ...title, margin: [0, 0, 0, space.titleAfter] },
    section: heading,
    subsection: heading,
    subsubsection: { ...heading, italics: true },
    caption: {
      fontSize: captionFontSize(type),
      bold: CAPTION.bold,
      alignment: CAPTION.align,
      lineHeight: LINE_SPACING.caption,
    },
    tableCell: { lineHeight: LINE_SPACING.single },
    source: {
      ...small(SIZE_DELTA.source, LINE_SPACING.single),
      margin: [0, space.sourceBefore, 0, space.sourceAfter],
    },
    tocEntry: { lineHeight, alignment: 'left' },
    header: {
      fontSize: size + SIZE_DELTA.header,
      italics: PAGE_FURNITURE.header.italic,
      color: cssColor(PAGE_FURNITURE.header.color),
      alignment: PAGE_FURNITURE.header.align,
    },
    footer: { fontSize: size + SIZE_DELTA.footer, alignment: PAGE_FURNITURE.footer.align },
    footnote: {
      fontSize: size + SIZE_DELTA.footnote,
      lineHeight: LINE_SPACING.single,
      alignment: 'justify',
    },
    cover: { bold: true, alignment: 'center', lineHeight: LINE_SPACING.single },
    signature: { lineHeight: LINE_SPACING.note, alignment: 'left' },
  } satisfies Record<string, PdfStyle>;
}

export type StyleName = keyof ReturnType<typeof documentStyles>;
