/**
 * The document's styles, from the export profile: the profile's font and size,
 * its line spacing (1.5 → line 360), justified body text, real Word heading
 * styles with the heading list attached, captions, TOC levels and page furniture.
 * Built-in styles keep Word's own names ("heading 1", "toc 1", "caption") so Word
 * knows them as its own.
 */
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
import type { Numbering } from './numbering.ts';
import {
  paragraphProperties,
  runProperties,
  type BottomRule,
  type ParagraphProps,
  type RunProps,
  type Spacing,
} from './properties.ts';
import { STYLE } from './styleIds.ts';
import { tocIndents } from './tocIndents.ts';
import { ptToHalfPoints, ptToTwips } from './units.ts';
import { XML_DECLARATION, escapeXml } from './xml.ts';

const BLACK = '000000';

/** A paragraph style: how Word names it, what it builds on, and its look. */
interface ParagraphStyle {
  id: string;
  name: string;
  basedOn?: string;
  next?: string;
  uiPriority?: number;
  quickFormat?: boolean;
  run?: RunProps;
  paragraph?: Omit<ParagraphProps, 'style' | 'section'>;
}

/** The thin rule under the running header; Word gives border widths in eighths of a point. */
function headerRule(): BottomRule {
  const { color, widthPt, gapPt } = PAGE_FURNITURE.header.rule;
  return { size: Math.round(widthPt * 8), color, space: gapPt };
}

/** Line spacing as a multiple of single lines (Word's "auto" rule: 1.5 → line 360). */
export function lineSpacing(multiple: number): Spacing {
  return { line: Math.round(240 * multiple), lineRule: 'auto' };
}

/** Line height of tables and furniture. */
const SINGLE = lineSpacing(LINE_SPACING.single);
/** A little air for captions and notes. */
const CAPTION_LINES = lineSpacing(LINE_SPACING.caption);
const NOTE_LINES = lineSpacing(LINE_SPACING.note);

function headingStyle(
  level: 0 | 1 | 2 | 3,
  size: number,
  headingList: number,
  paragraph: ParagraphStyle['paragraph'],
  italic = false,
): ParagraphStyle {
  return {
    id: HEADING_STYLE_IDS[level],
    name: `heading ${level + 1}`,
    basedOn: STYLE.normal,
    next: STYLE.normal,
    quickFormat: true,
    uiPriority: 9,
    run: { bold: true, italic, size: ptToHalfPoints(size), color: BLACK },
    paragraph: {
      keepNext: true,
      keepLines: true,
      outlineLevel: level,
      numbering: { numId: headingList, level },
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
): ParagraphStyle {
  return {
    id,
    name,
    basedOn: STYLE.normal,
    next: STYLE.normal,
    uiPriority: 39,
    ...(bold ? { run: { bold: true } } : {}),
    paragraph: {
      align: 'left',
      indent,
      spacing: { before: ptToTwips(before), after: 0 },
    },
  };
}

function titleLook(size: number): Pick<ParagraphStyle, 'run' | 'paragraph'> {
  return {
    run: { bold: true, size: ptToHalfPoints(size + SIZE_DELTA.title), color: BLACK },
    paragraph: {
      align: 'center',
      keepNext: true,
      keepLines: true,
      spacing: { before: 0, after: ptToTwips(spacing(size).titleAfter) },
    },
  };
}

function paragraphStyles(profile: ExportProfile, headingList: number): ParagraphStyle[] {
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
        align: 'justify',
        spacing: { ...lineSpacing(profile.lineSpacing), after: ptToTwips(space.paragraphAfter) },
      },
    },
    headingStyle(0, size + SIZE_DELTA.title, headingList, title.paragraph),
    headingStyle(1, size, headingList, {
      spacing: sectionSpacing,
      indent: hanging(1),
      align: 'left',
    }),
    headingStyle(2, size, headingList, {
      spacing: sectionSpacing,
      indent: hanging(2),
      align: 'left',
    }),
    headingStyle(
      3,
      size,
      headingList,
      { spacing: sectionSpacing, indent: hanging(3), align: 'left' },
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
        align: 'center',
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
        align: 'left',
        keepNext: true,
        spacing: { before: ptToTwips(space.subheadingBefore) },
      },
    },
    {
      id: STYLE.subheading2,
      name: 'Subjudul 2',
      basedOn: STYLE.subheading1,
      next: STYLE.normal,
      run: { bold: true, italic: true },
    },
    {
      id: STYLE.placeholder,
      name: 'Isian Kosong',
      basedOn: STYLE.normal,
      run: { italic: true, color: TEXT_COLOR.placeholder },
    },
    {
      id: STYLE.note,
      name: 'Catatan',
      basedOn: STYLE.normal,
      run: { italic: true, size: ptToHalfPoints(size + SIZE_DELTA.note) },
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
        align: 'center',
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
      paragraph: { align: 'left', spacing: single },
    },
    {
      id: STYLE.tableSource,
      name: 'Sumber Tabel',
      basedOn: STYLE.normal,
      next: STYLE.normal,
      run: { italic: true, size: ptToHalfPoints(size + SIZE_DELTA.source) },
      paragraph: {
        align: 'left',
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
          lineRule: 'exact',
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
        align: 'center',
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
      paragraph: { align: 'center', spacing: { ...single, after: ptToTwips(4) } },
    },
    {
      id: STYLE.signature,
      name: 'Tanda Tangan',
      basedOn: STYLE.normal,
      paragraph: { align: 'left', spacing: { ...CAPTION_LINES, after: 0 } },
    },
    {
      id: STYLE.header,
      name: 'header',
      basedOn: STYLE.normal,
      run: {
        italic: PAGE_FURNITURE.header.italic,
        size: ptToHalfPoints(size + SIZE_DELTA.header),
        color: PAGE_FURNITURE.header.color,
      },
      paragraph: {
        align: PAGE_FURNITURE.header.align,
        spacing: single,
        bottomRule: headerRule(),
      },
    },
    {
      id: STYLE.footer,
      name: 'footer',
      basedOn: STYLE.normal,
      run: { size: ptToHalfPoints(size + SIZE_DELTA.footer) },
      paragraph: { align: PAGE_FURNITURE.footer.align, spacing: single },
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

/** Word's base character style, the table style and the footnote mark, which Word expects every document to define. */
const BUILT_IN_STYLES =
  `<w:style w:type="character" w:default="1" w:styleId="${STYLE.defaultParagraphFont}"><w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/><w:unhideWhenUsed/></w:style>` +
  '<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>' +
  `<w:style w:type="character" w:styleId="${STYLE.footnoteReference}"><w:name w:val="footnote reference"/><w:basedOn w:val="${STYLE.defaultParagraphFont}"/><w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/><w:rPr><w:vertAlign w:val="superscript"/></w:rPr></w:style>`;

function paragraphStyleXml(style: ParagraphStyle): string {
  const isDefault = style.id === STYLE.normal ? ' w:default="1"' : '';
  return (
    `<w:style w:type="paragraph"${isDefault} w:styleId="${style.id}"><w:name w:val="${escapeXml(style.name)}"/>` +
    (style.basedOn ? `<w:basedOn w:val="${style.basedOn}"/>` : '') +
    (style.next ? `<w:next w:val="${style.next}"/>` : '') +
    (style.uiPriority !== undefined ? `<w:uiPriority w:val="${style.uiPriority}"/>` : '') +
    (style.quickFormat ? '<w:qFormat/>' : '') +
    paragraphProperties(style.paragraph ?? {}) +
    runProperties(style.run ?? {}) +
    '</w:style>'
  );
}

/** Links: the colour and underline Word gives them. */
function hyperlinkStyleXml(): string {
  return (
    `<w:style w:type="character" w:styleId="${STYLE.hyperlink}"><w:name w:val="Hyperlink"/>` +
    `<w:basedOn w:val="${STYLE.defaultParagraphFont}"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/>` +
    `${runProperties({ color: TEXT_COLOR.link, underline: true })}</w:style>`
  );
}

/**
 * The styles part, with `language` as the language of the text. The heading
 * styles carry the heading list, whose instance `numbering` hands out.
 */
export function stylesXml(profile: ExportProfile, language: string, numbering: Numbering): string {
  const defaults =
    '<w:docDefaults><w:rPrDefault>' +
    runProperties({
      font: profile.font,
      size: ptToHalfPoints(profile.fontSizePt),
      language,
    }) +
    `</w:rPrDefault><w:pPrDefault>${paragraphProperties({ spacing: lineSpacing(profile.lineSpacing) })}</w:pPrDefault></w:docDefaults>`;
  const styles = paragraphStyles(profile, numbering.numIdOf(HEADING_STYLE_LIST)).map(
    paragraphStyleXml,
  );
  return (
    `${XML_DECLARATION}<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">` +
    `${defaults}${BUILT_IN_STYLES}${styles.join('')}${hyperlinkStyleXml()}</w:styles>`
  );
}
