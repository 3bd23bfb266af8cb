/**
 * The document's styles, from the export profile: the profile's font and size,
 * its line spacing (1.5 → line 360), justified body text, real Word heading
 * styles with the heading list attached, captions, TOC levels and page furniture.
 * Built-in styles keep Word's own names ("heading 1", "toc 1", "caption") so Word
 * knows them as its own.
 */
import {
  AlignmentType,
  BorderStyle,
  LineRuleType,
  type IParagraphStyleOptions,
  type IStylesOptions,
} from 'docx';
import {
  CAPTION,
  LINE_SPACING,
  PAGE_FURNITURE,
  SIZE_DELTA,
  TABLE_END_PT,
  TEXT_COLOR,
  spacing,
} from '../../layout/style.ts';
import type { ExportProfile } from '../../template/types.ts';
import { HEADING_INDENT, HEADING_STYLE_IDS, HEADING_STYLE_LIST } from './headingNumbering.ts';
import { wordAlignment } from './alignment.ts';
import { STYLE } from './styleIds.ts';
import { tocIndents } from './tocIndents.ts';
import { ptToHalfPoints, ptToTwips } from './units.ts';

const BLACK = '000000';

/** The thin rule under the running header; Word gives border widths in eighths of a point. */
function headerRule() {
  const { color, widthPt, gapPt } = PAGE_FURNITURE.header.rule;
  return { style: BorderStyle.SINGLE, size: Math.round(widthPt * 8), color, space: gapPt };
}

/** Line spacing as a multiple of single lines (Word's "auto" rule: 1.5 → line 360). */
export function lineSpacing(multiple: number): {
  line: number;
  lineRule: typeof LineRuleType.AUTO;
} {
  return { line: Math.round(240 * multiple), lineRule: LineRuleType.AUTO };
}

/** Line height of tables and furniture. */
const SINGLE = lineSpacing(LINE_SPACING.single);
/** A little air for captions and notes. */
const CAPTION_LINES = lineSpacing(LINE_SPACING.caption);
const NOTE_LINES = lineSpacing(LINE_SPACING.note);

function headingStyle(
  level: 0 | 1 | 2 | 3,
  size: number,
  paragraph: IParagraphStyleOptions['paragraph'],
  italics = false,
): IParagraphStyleOptions {
  return {
    id: HEADING_STYLE_IDS[level],
    name: `heading ${level + 1}`,
    basedOn: STYLE.normal,
    next: STYLE.normal,
    quickFormat: true,
    uiPriority: 9,
    run: { bold: true, italics, size: ptToHalfPoints(size), color: BLACK },
    paragraph: {
      keepNext: true,
      keepLines: true,
      outlineLevel: level,
      numbering: { reference: HEADING_STYLE_LIST, level },
      ...paragraph,
    },
  };
}

/** A level of the lists; the entries carry the page-number tab themselves, as Word writes them. */
function tocStyle(
  id: string,
  name: string,
  indent: { left: number; hanging: number },
  before = 0,
  bold = false,
): IParagraphStyleOptions {
  return {
    id,
    name,
    basedOn: STYLE.normal,
    next: STYLE.normal,
    uiPriority: 39,
    ...(bold ? { run: { bold: true } } : {}),
    paragraph: {
      alignment: AlignmentType.LEFT,
      indent,
      spacing: { before: ptToTwips(before), after: 0 },
    },
  };
}

function titleLook(size: number): Pick<IParagraphStyleOptions, 'run' | 'paragraph'> {
  return {
    run: { bold: true, size: ptToHalfPoints(size + SIZE_DELTA.title), color: BLACK },
    paragraph: {
      alignment: AlignmentType.CENTER,
      keepNext: true,
      keepLines: true,
      spacing: { before: 0, after: ptToTwips(spacing(size).titleAfter) },
    },
  };
}

function paragraphStyles(profile: ExportProfile): IParagraphStyleOptions[] {
  const size = profile.fontSizePt;
  const space = spacing(size);
  const title = titleLook(size);
  const single = { ...SINGLE, before: 0, after: 0 };
  const sectionSpacing = {
    before: ptToTwips(space.sectionBefore),
    after: ptToTwips(space.sectionAfter),
  };
  const indents = tocIndents(size);
  const tocIndent = (id: string) => indents[id] ?? { left: 0, hanging: 0 };
  const hanging = (level: number) => ({
    left: HEADING_INDENT[level] ?? 0,
    hanging: HEADING_INDENT[level] ?? 0,
  });
  return [
    {
      id: STYLE.normal,
      name: 'Normal',
      quickFormat: true,
      paragraph: {
        alignment: AlignmentType.JUSTIFIED,
        spacing: { ...lineSpacing(profile.lineSpacing), after: ptToTwips(space.paragraphAfter) },
      },
    },
    headingStyle(0, size + SIZE_DELTA.title, title.paragraph),
    headingStyle(1, size, {
      spacing: sectionSpacing,
      indent: hanging(1),
      alignment: AlignmentType.LEFT,
    }),
    headingStyle(2, size, {
      spacing: sectionSpacing,
      indent: hanging(2),
      alignment: AlignmentType.LEFT,
    }),
    headingStyle(
      3,
      size,
      { spacing: sectionSpacing, indent: hanging(3), alignment: AlignmentType.LEFT },
      true,
    ),
    {
      id: STYLE.bookTitle,
      name: 'Judul Buku',
      basedOn: STYLE.normal,
      next: STYLE.normal,
      quickFormat: true,
      run: { bold: true, size: ptToHalfPoints(size + SIZE_DELTA.bookTitle), color: BLACK },
      paragraph: {
        alignment: AlignmentType.CENTER,
        outlineLevel: 0,
        keepNext: true,
        spacing: { before: ptToTwips(space.bookTitleBefore), after: ptToTwips(space.titleAfter) },
      },
    },
    {
      id: STYLE.unlistedTitle,
      name: 'TOC Heading',
      basedOn: STYLE.normal,
      next: STYLE.normal,
      uiPriority: 39,
      ...title,
    },
    {
      id: STYLE.subheading1,
      name: 'Subjudul 1',
      basedOn: STYLE.normal,
      next: STYLE.normal,
      run: { bold: true },
      paragraph: {
        alignment: AlignmentType.LEFT,
        keepNext: true,
        spacing: { before: ptToTwips(space.subheadingBefore) },
      },
    },
    {
      id: STYLE.subheading2,
      name: 'Subjudul 2',
      basedOn: STYLE.subheading1,
      next: STYLE.normal,
      run: { bold: true, italics: true },
    },
    {
      id: STYLE.placeholder,
      name: 'Isian Kosong',
      basedOn: STYLE.normal,
      run: { italics: true, color: TEXT_COLOR.placeholder },
    },
    {
      id: STYLE.note,
      name: 'Catatan',
      basedOn: STYLE.normal,
      run: { italics: true, size: ptToHalfPoints(size + SIZE_DELTA.note) },
      paragraph: { spacing: NOTE_LINES },
    },
    {
      id: STYLE.listParagraph,
      name: 'List Paragraph',
      basedOn: STYLE.normal,
      uiPriority: 34,
      paragraph: { spacing: { after: ptToTwips(space.listItemAfter) } },
    },
    {
      id: STYLE.caption,
      name: 'caption',
      basedOn: STYLE.normal,
      next: STYLE.normal,
      uiPriority: 35,
      quickFormat: true,
      run: { bold: CAPTION.bold, size: ptToHalfPoints(size + SIZE_DELTA.caption), color: BLACK },
      paragraph: {
        alignment: AlignmentType.CENTER,
        spacing: {
          ...CAPTION_LINES,
          before: ptToTwips(space.captionBefore),
          after: ptToTwips(space.captionAfter),
        },
      },
    },
    {
      id: STYLE.tableText,
      name: 'Isi Tabel',
      basedOn: STYLE.normal,
      paragraph: { alignment: AlignmentType.LEFT, spacing: single },
    },
    {
      id: STYLE.tableSource,
      name: 'Sumber Tabel',
      basedOn: STYLE.normal,
      next: STYLE.normal,
      run: { italics: true, size: ptToHalfPoints(size + SIZE_DELTA.source) },
      paragraph: {
        alignment: AlignmentType.LEFT,
        spacing: {
          ...SINGLE,
          before: ptToTwips(space.sourceBefore),
          after: ptToTwips(space.sourceAfter),
        },
      },
    },
    {
      id: STYLE.tableEnd,
      name: 'Akhir Tabel',
      basedOn: STYLE.normal,
      next: STYLE.normal,
      run: { size: ptToHalfPoints(TABLE_END_PT) },
      paragraph: {
        spacing: {
          line: ptToTwips(TABLE_END_PT),
          lineRule: LineRuleType.EXACT,
          before: 0,
          after: ptToTwips(space.paragraphAfter),
        },
      },
    },
    {
      id: STYLE.figure,
      name: 'Gambar',
      basedOn: STYLE.normal,
      next: STYLE.caption,
      paragraph: {
        alignment: AlignmentType.CENTER,
        keepNext: true,
        spacing: { ...single, before: ptToTwips(space.figureBefore) },
      },
    },
    // TOC 1 holds the group entries (see isTocGroupEntry): bold, with space above.
    tocStyle(STYLE.toc1, 'toc 1', tocIndent(STYLE.toc1), space.tocGroupBefore, true),
    tocStyle(STYLE.toc2, 'toc 2', tocIndent(STYLE.toc2)),
    tocStyle(STYLE.toc3, 'toc 3', tocIndent(STYLE.toc3)),
    tocStyle(STYLE.tableOfFigures, 'table of figures', tocIndent(STYLE.tableOfFigures)),
    {
      id: STYLE.cover,
      name: 'Sampul',
      basedOn: STYLE.normal,
      paragraph: { alignment: AlignmentType.CENTER, spacing: { ...single, after: ptToTwips(4) } },
    },
    {
      id: STYLE.signature,
      name: 'Tanda Tangan',
      basedOn: STYLE.normal,
      paragraph: { alignment: AlignmentType.LEFT, spacing: { ...CAPTION_LINES, after: 0 } },
    },
    {
      id: STYLE.header,
      name: 'header',
      basedOn: STYLE.normal,
      run: {
        italics: PAGE_FURNITURE.header.italic,
        size: ptToHalfPoints(size + SIZE_DELTA.header),
        color: PAGE_FURNITURE.header.color,
      },
      paragraph: {
        alignment: wordAlignment(PAGE_FURNITURE.header.align),
        spacing: single,
        border: { bottom: headerRule() },
      },
    },
    {
      id: STYLE.footer,
      name: 'footer',
      basedOn: STYLE.normal,
      run: { size: ptToHalfPoints(size + SIZE_DELTA.footer) },
      paragraph: { alignment: wordAlignment(PAGE_FURNITURE.footer.align), spacing: single },
    },
    {
      id: STYLE.footnoteText,
      name: 'footnote text',
      basedOn: STYLE.normal,
      run: { size: ptToHalfPoints(size + SIZE_DELTA.footnote) },
      paragraph: { spacing: single },
    },
  ];
}

/** All styles of the document, with `language` as the language of its text. */
export function documentStyles(profile: ExportProfile, language: string): IStylesOptions {
  return {
    default: {
      document: {
        run: {
          font: profile.font,
          size: ptToHalfPoints(profile.fontSizePt),
          language: { value: language },
        },
        paragraph: { spacing: lineSpacing(profile.lineSpacing) },
      },
    },
    paragraphStyles: paragraphStyles(profile),
    characterStyles: [
      {
        id: STYLE.hyperlink,
        name: 'Hyperlink',
        uiPriority: 99,
        unhideWhenUsed: true,
        run: { color: TEXT_COLOR.link, underline: { type: 'single' } },
      },
    ],
  };
}
