/** The ids of the paragraph and character styles the document defines, in one place. */
export const STYLE = {
  normal: 'Normal',
  heading1: 'Heading1',
  heading2: 'Heading2',
  heading3: 'Heading3',
  heading4: 'Heading4',
  /** Title of a Buku in a whole-plan export; in the navigation pane and TOC by its outline level. */
  bookTitle: 'JudulBuku',
  /** Titles kept out of the table of contents, as Word's own "TOC Heading". */
  unlistedTitle: 'TOCHeading',
  subheading1: 'Subjudul1',
  subheading2: 'Subjudul2',
  placeholder: 'Placeholder',
  note: 'Catatan',
  caption: 'Caption',
  tableText: 'IsiTabel',
  tableSource: 'SumberTabel',
  /** The spacer paragraph after a table without a source line. */
  tableEnd: 'AkhirTabel',
  figure: 'Gambar',
  tableOfFigures: 'TableofFigures',
  toc1: 'TOC1',
  toc2: 'TOC2',
  toc3: 'TOC3',
  cover: 'Sampul',
  signature: 'TandaTangan',
  header: 'Header',
  footer: 'Footer',
  footnoteText: 'FootnoteText',
  listParagraph: 'ListParagraph',
  hyperlink: 'Hyperlink',
  footnoteReference: 'FootnoteReference',
  /** Word's base character style, which the others build on. */
  defaultParagraphFont: 'DefaultParagraphFont',
} as const;
