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
import type { ExportProfile } from '../../template/types.ts';
import { HEADING_INDENT, HEADING_STYLE_IDS, HEADING_STYLE_LIST } from './headingNumbering.ts';
import { STYLE } from './styleIds.ts';
import { ptToHalfPoints, ptToTwips } from './units.ts';

const BLACK = '000000';

/** Line spacing as a multiple of single lines (Word's "auto" rule: 1.5 → line 360). */
export function lineSpacing(multiple: number): {
  line: number;
  lineRule: typeof LineRuleType.AUTO;
} {
  return { line: Math.round(240 * multiple), lineRule: LineRuleType.AUTO };
}

/** Line height of tables, notes and furniture. */
const SINGLE = lineSpacing(1);
/** A little air for captions and footnotes. */
const TIGHT = lineSpacing(1.15);

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
): IParagraphStyleOptions {
  return {
    id,
    name,
    basedOn: STYLE.normal,
    next: STYLE.normal,
    uiPriority: 39,
    paragraph: {
      alignment: AlignmentType.LEFT,
      indent,
      spacing: { before: ptToTwips(before), after: 0 },
    },
  };
}

function titleLook(size: number): Pick<IParagraphStyleOptions, 'run' | 'paragraph'> {
  return {
    run: { bold: true, size: ptToHalfPoints(size + 2), color: BLACK },
    paragraph: {
      alignment: AlignmentType.CENTER,
      keepNext: true,
      keepLines: true,
      spacing: { before: 0, after: ptToTwips(size * 2) },
    },
  };
}

function paragraphStyles(profile: ExportProfile): IParagraphStyleOptions[] {
  const size = profile.fontSizePt;
  const title = titleLook(size);
  const single = { ...SINGLE, before: 0, after: 0 };
  const sectionSpacing = { before: ptToTwips(size), after: ptToTwips(size / 2) };
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
        spacing: { ...lineSpacing(profile.lineSpacing), after: ptToTwips(size / 2) },
      },
    },
    headingStyle(0, size + 2, title.paragraph),
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
      run: { bold: true, size: ptToHalfPoints(size + 8), color: BLACK },
      paragraph: {
        alignment: AlignmentType.CENTER,
        outlineLevel: 0,
        keepNext: true,
        spacing: { before: ptToTwips(size * 12), after: ptToTwips(size * 2) },
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
        spacing: { before: ptToTwips(size / 2) },
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
      run: { italics: true, color: '7F7F7F' },
    },
    {
      id: STYLE.note,
      name: 'Catatan',
      basedOn: STYLE.normal,
      run: { italics: true, size: ptToHalfPoints(size - 2) },
      paragraph: { spacing: TIGHT },
    },
    {
      id: STYLE.listParagraph,
      name: 'List Paragraph',
      basedOn: STYLE.normal,
      uiPriority: 34,
      paragraph: { spacing: { after: ptToTwips(size / 4) } },
    },
    {
      id: STYLE.caption,
      name: 'caption',
      basedOn: STYLE.normal,
      next: STYLE.normal,
      uiPriority: 35,
      quickFormat: true,
      run: { bold: true, size: ptToHalfPoints(size - 1), color: BLACK },
      paragraph: {
        alignment: AlignmentType.CENTER,
        spacing: { ...TIGHT, before: ptToTwips(size / 2), after: ptToTwips(size / 2) },
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
      run: { italics: true, size: ptToHalfPoints(size - 2) },
      paragraph: {
        alignment: AlignmentType.LEFT,
        spacing: { ...SINGLE, before: ptToTwips(3), after: ptToTwips(size) },
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
        spacing: { ...single, before: ptToTwips(size / 2) },
      },
    },
    tocStyle(STYLE.toc1, 'toc 1', { left: 0, hanging: 0 }, size / 2),
    tocStyle(STYLE.toc2, 'toc 2', { left: 567 + HEADING_INDENT[1], hanging: HEADING_INDENT[1] }),
    tocStyle(STYLE.toc3, 'toc 3', {
      left: 567 + HEADING_INDENT[1] + HEADING_INDENT[2],
      hanging: HEADING_INDENT[2],
    }),
    tocStyle(STYLE.tableOfFigures, 'table of figures', { left: 1134, hanging: 1134 }),
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
      paragraph: { alignment: AlignmentType.LEFT, spacing: { ...TIGHT, after: 0 } },
    },
    {
      id: STYLE.header,
      name: 'header',
      basedOn: STYLE.normal,
      run: { italics: true, size: ptToHalfPoints(size - 3), color: '404040' },
      paragraph: {
        alignment: AlignmentType.RIGHT,
        spacing: single,
        border: { bottom: { style: BorderStyle.SINGLE, size: 4, color: '808080', space: 4 } },
      },
    },
    {
      id: STYLE.footer,
      name: 'footer',
      basedOn: STYLE.normal,
      run: { size: ptToHalfPoints(size - 2) },
      paragraph: { alignment: AlignmentType.CENTER, spacing: single },
    },
    {
      id: STYLE.footnoteText,
      name: 'footnote text',
      basedOn: STYLE.normal,
      run: { size: ptToHalfPoints(size - 3) },
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
        run: { color: '0563C1', underline: { type: 'single' } },
      },
    ],
  };
}
