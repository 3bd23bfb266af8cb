/**
 * The pages pdfmake lays out, as far as this exporter reads or changes them
 * between layout and rendering (page labels, dot leaders, anchors).
 */
import type { Orientation, PdfLine } from './types.ts';

/** A font as PDFKit measures it. */
export interface MeasuringFont {
  widthOfString(text: string, size: number, features?: unknown): number;
}

export interface LaidOutInline {
  text: string;
  /** Offset from the line's x. */
  x: number;
  width: number;
  fontSize: number;
  font: MeasuringFont;
  characterSpacing?: number;
  fontFeatures?: unknown;
  linkToDestination?: string | null;
  /** Set on pdfmake's page-reference placeholders; the renderer would print the physical page. */
  _pageNodeRef?: unknown;
}

export interface LaidOutLine {
  x: number;
  /** Top of the line, from the top of the page. */
  y: number;
  /** The destination the line starts (a node id). */
  id?: string;
  inlines: LaidOutInline[];
  _pageNodeRef?: unknown;
  getHeight(): number;
  getAscenderHeight(): number;
  getWidth(): number;
}

/** A straight line as pdfmake's renderer draws it: a canvas line with its cap and dash. */
export interface LaidOutVector extends PdfLine {
  lineColor: string;
  lineCap: 'round';
  dash: { length: number; space: number; phase: number };
}

type OtherItemType =
  | 'vector'
  | 'image'
  | 'svg'
  | 'attachment'
  | 'beginClip'
  | 'endClip'
  | 'beginVerticalAlignment'
  | 'endVerticalAlignment';

export type PageItem = { type: 'line'; item: LaidOutLine } | { type: OtherItemType; item: unknown };

export interface LaidOutPage {
  items: PageItem[];
  pageSize: { width: number; height: number; orientation: Orientation };
}

/**
 * Every text line of a page, in the page's order. An array, not a generator: pages are
 * read several times on the way to the file, and a generator allocates for every line.
 */
export function linesOf(page: LaidOutPage): LaidOutLine[] {
  const lines: LaidOutLine[] = [];
  for (const entry of page.items) if (entry.type === 'line') lines.push(entry.item);
  return lines;
}
