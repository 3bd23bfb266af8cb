/**
 * The layout model: what the exported document is, decided once. The DOCX and
 * PDF exporters only translate it; every text here is final (numbers, money and
 * dates already written the Indonesian way, captions already numbered).
 */
import type { ExportProfile } from '../template/types.ts';

/** Which part of the plan an export covers: the whole plan or one Buku. */
export type BookSelection = 'all' | number;

export interface Run {
  /** May contain "\n": a line break inside the paragraph, list item or table cell. */
  text: string;
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  /** An http(s) or mailto link. */
  link?: string;
  /** The run is a footnote reference; `text` is empty and this is the note. */
  footnote?: string;
}

/**
 * Heading roles. `book` is the divider of a Buku in a whole-plan export; `chapter`
 * is "BAB I"; `section`… are 1.1, 1.1.1, 1.1.1.1; `front` and `annex` are unnumbered
 * titles of front matter and annexes (KATA PENGANTAR, LAMPIRAN 1 …).
 */
export type HeadingRole =
  'front' | 'book' | 'chapter' | 'section' | 'subsection' | 'subsubsection' | 'annex';

export interface HeadingBlock {
  kind: 'heading';
  role: HeadingRole;
  /** "BAB II", "2.1", "2.1.1", "BUKU II", "LAMPIRAN 1" or "" for front matter. */
  number: string;
  /** As it is printed (chapter titles already in capitals). */
  text: string;
  /** Unique id for links, bookmarks and TOC entries. */
  anchor: string;
  /** Outline depth for bookmarks/navigation: 0 = top. */
  depth: number;
  /**
   * Starts a new page. Never set on the first block of a PageSection: a section
   * always begins on a new page, and a second break would leave a blank one.
   */
  pageBreakBefore: boolean;
  /** Listed in Daftar Isi. */
  toc: boolean;
  /** Numbering restarts at this heading (first chapter of each Buku). */
  restartNumbering?: boolean;
}

export type ParagraphStyle = 'body' | 'subheading1' | 'subheading2' | 'placeholder' | 'note';

export interface ParagraphBlock {
  kind: 'paragraph';
  style: ParagraphStyle;
  align?: 'left' | 'center' | 'right' | 'justify';
  runs: Run[];
}

export interface ListItem {
  runs: Run[];
  children?: ListBlock;
}

export interface ListBlock {
  kind: 'list';
  ordered: boolean;
  items: ListItem[];
}

export interface Caption {
  /** "Tabel 4.2" or "Gambar 2.1". */
  label: string;
  text: string;
  anchor: string;
}

export type CellShade = 'header' | 'group' | 'subtotal' | 'total' | 'active';

export interface TableCell {
  runs: Run[];
  align?: 'left' | 'center' | 'right';
  colSpan?: number;
  shade?: CellShade;
}

export interface TableColumn {
  /**
   * Relative width; exporters scale to the page. The layout gives points planned for
   * the section's text width (so they already add up to about that width) at the
   * table's `fontPt`, with 4 pt cell padding each side: the longest word of every
   * cell fits (see tableFit.ts).
   */
  width: number;
}

export interface TableBlock {
  kind: 'table';
  caption: Caption;
  columns: TableColumn[];
  /** Header rows, repeated on every page. */
  header: TableCell[][];
  body: TableCell[][];
  /**
   * Type size of the table's text: the profile size − 2 for ordinary tables, 8 pt for
   * matrices, 7 pt when a table's longest words would not fit otherwise.
   */
  fontPt: number;
  /** Source line under the table ("Sumber: …"). */
  source?: string;
}

export interface ImageData {
  mime: 'image/png' | 'image/jpeg';
  data: Uint8Array;
  widthPx: number;
  heightPx: number;
}

/**
 * A chart as drawn (SVG), with the font files its text is set in. The PDF draws it as
 * vector graphics; the DOCX embeds it as a PNG of `widthPx` × `heightPx`
 * (layout/rasterize.ts `figureRaster`).
 */
export interface ChartDrawing {
  mime: 'image/svg+xml';
  svg: string;
  fontFiles: string[];
  widthPx: number;
  heightPx: number;
}

export interface FigureBlock {
  kind: 'figure';
  image: ImageData | ChartDrawing;
  /** Printed width as a fraction of the text width (0–1). */
  widthFraction: number;
  caption: Caption;
}

export type TocKind = 'contents' | 'tables' | 'figures';

export interface TocEntry {
  /**
   * 0 = book, 1 = chapter / front / annex, 2 = section, 3 = subsection. In Daftar Tabel
   * and Daftar Gambar captions are level 1; in a whole-plan export a level-0 entry (the
   * Buku or Lampiran heading) opens each group, since "Tabel 2.1" exists in every Buku.
   */
  level: number;
  number: string;
  text: string;
  anchor: string;
  /** The printed page label estimated by the layout ("iii", "12"); exact in PDF. */
  pageEstimate: string;
}

export interface TocBlock {
  kind: 'toc';
  which: TocKind;
  title: string;
  entries: TocEntry[];
}

export interface CoverBlock {
  kind: 'cover';
  /** "RENCANA INDUK (MASTERPLAN) SMART CITY" */
  documentTitle: string;
  /** "KABUPATEN BANYUWANGI" (several lines for an agglomeration). */
  regionLines: string[];
  /** "BUKU II MASTERPLAN" or "" for the whole plan. */
  bookLine: string;
  /** "2026–2030" */
  period: string;
  /** The year of the document, printed at the foot. */
  year: string;
  /** Issuing agency line, e.g. "PEMERINTAH KABUPATEN BANYUWANGI". */
  issuer: string;
  logo?: ImageData;
  /** "CONTOH" for the sample plan. */
  watermark?: string;
}

export interface SignatureBlock {
  kind: 'signature';
  /** "Ditetapkan di Banyuwangi" */
  place: string;
  /** "pada tanggal 22 November 2026" */
  date: string;
  title: string;
  name: string;
}

export interface PageBreakBlock {
  kind: 'page-break';
}

export type Block =
  | CoverBlock
  | HeadingBlock
  | ParagraphBlock
  | ListBlock
  | TableBlock
  | FigureBlock
  | TocBlock
  | SignatureBlock
  | PageBreakBlock;

export type PageNumbering = 'none' | 'roman' | 'arabic';

/** A run of pages with one orientation and one page-number style (a Word section). */
export interface PageSection {
  orientation: 'portrait' | 'landscape';
  numbering: PageNumbering;
  /** Page numbering starts again at 1 (or i) here. */
  restartNumbering: boolean;
  /** Header and footer shown (not on the cover). */
  headerFooter: boolean;
  blocks: Block[];
}

export interface DocumentMetadata {
  title: string;
  subject: string;
  author: string;
  keywords: string[];
  language: 'id-ID';
  /** ISO date-time, fixed for reproducible output. */
  created: string;
}

export interface LayoutDocument {
  metadata: DocumentMetadata;
  profile: ExportProfile;
  /** The running header text. */
  headerText: string;
  /** Suggested file name without extension, e.g. "Masterplan-Smart-City-Kota-Semarang-2026-2030-Buku-II". */
  fileBaseName: string;
  sections: PageSection[];
}
