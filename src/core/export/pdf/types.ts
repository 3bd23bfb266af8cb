/**
 * The part of pdfmake's document definition this exporter writes. pdfmake ships
 * no types; these name only what we use, so a typo is a compile error.
 */

import type { StyleName } from './styles.ts';

/** Left, top, right, bottom, in points. */
export type Margins = [number, number, number, number];

export type Alignment = 'left' | 'center' | 'right' | 'justify';

export type Orientation = 'portrait' | 'landscape';

/** Properties pdfmake reads from any node or named style. */
export interface StyleProps {
  font?: string;
  fontSize?: number;
  lineHeight?: number;
  bold?: boolean;
  italics?: boolean;
  color?: string;
  alignment?: Alignment;
  margin?: Margins;
  /** Cell shading. */
  fillColor?: string;
}

interface NodeBase {
  style?: StyleName;
  margin?: Margins;
  pageBreak?: 'before';
  /** Destination name: TOC entries, links and bookmarks point here. */
  id?: string;
}

/** One run of text inside a paragraph. */
export interface PdfInline extends StyleProps {
  text: string;
  decoration?: 'underline';
  link?: string;
  linkToDestination?: string;
  sup?: boolean;
}

export interface PdfText extends NodeBase, StyleProps {
  text: string | PdfInline[];
  linkToDestination?: string;
  /** Never wrapped (numbers before titles). */
  noWrap?: boolean;
  /** Table cells only. */
  colSpan?: number;
  /** Body paragraphs: no first or last line alone on a page (widowControl.ts). */
  keepLines?: boolean;
}

/** A page number filled in after layout (see tocNumbers.ts). */
export interface PdfPageReference extends NodeBase, StyleProps {
  pageReference: string;
}

export interface PdfStack extends NodeBase, StyleProps {
  stack: PdfNode[];
  /** Kept on one page; only for content that surely fits a page. */
  unbreakable?: boolean;
  /** Placed at these page coordinates, outside the flow. */
  absolutePosition?: { x: number; y: number };
}

export interface PdfColumn {
  width: number | 'auto' | '*';
}

export interface PdfColumns extends NodeBase, StyleProps {
  columns: (PdfNode & PdfColumn)[];
  columnGap?: number;
}

/** A cell covered by the colSpan of a cell to its left. */
export type PdfSpannedCell = Record<string, never>;

export type PdfCell = PdfText | PdfStack | PdfColumns | PdfPageReference | PdfSpannedCell;

/** A named layout registered with the engine (see tableLayouts.ts). */
export type TableLayoutName = 'grid' | 'plain';

export interface PdfTable extends NodeBase, StyleProps {
  table: {
    widths: (number | '*' | 'auto')[];
    body: PdfCell[][];
    headerRows?: number;
    keepWithHeaderRows?: number;
    dontBreakRows?: boolean;
  };
  layout: TableLayoutName;
}

export interface PdfImage extends NodeBase, StyleProps {
  /** Key in the engine's image table. */
  image: string;
  width: number;
  height: number;
}

/** A chart drawn as vectors (svgDrawer.ts), `width` × `height` points. */
export interface PdfSvg extends NodeBase, StyleProps {
  svg: string;
  width: number;
  height: number;
}

export interface PdfLine {
  type: 'line';
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  lineWidth: number;
  lineColor?: string;
}

export interface PdfCanvas extends NodeBase {
  canvas: PdfLine[];
}

export interface PdfWatermark {
  text: string;
  color: string;
  opacity: number;
  bold: boolean;
}

/** A run of pages with its own orientation (pdfmake 0.3 `section`). */
export interface PdfSection {
  section: PdfStack;
  pageOrientation: Orientation;
  watermark?: PdfWatermark;
}

export type PdfNode =
  PdfText | PdfPageReference | PdfStack | PdfColumns | PdfTable | PdfImage | PdfSvg | PdfCanvas;

/** A named style: the same properties a node may carry. */
export type PdfStyle = StyleProps;

/** Header or footer content for one page (1-based physical page number). */
export type PageFurniture = (pageNumber: number) => PdfNode | null;
