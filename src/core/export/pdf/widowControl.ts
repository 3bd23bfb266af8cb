/**
 * Widow and orphan control for body paragraphs, which pdfmake lacks: a paragraph's first
 * line never ends a page alone (an orphan) and its last line never starts one alone (a
 * widow), as Word does by default, so the PDF breaks pages as the DOCX opened in Word does
 * and as the page estimates assume (layout/paginate.ts). Without it the large plan had
 * single lines at the top of a page before a new chapter.
 *
 * pdfmake's LayoutBuilder.processLeaf places a text line by line, moving to the next page
 * when a line does not fit. For a text node marked `keepLines` (body paragraphs:
 * blocks/paragraph.ts) this builds the paragraph's lines first (they all have the width
 * of the text column, which a page break does not change for body text), then places them
 * as pdfmake would, but breaking the page one or two lines earlier where a line would be
 * left alone: a two-line paragraph moves whole; a longer one leaves at least two lines on
 * each page, and moves whole if that cannot be. From the top of a page a paragraph is never
 * moved whole (the next page could hold no more of it); a paragraph longer than a page still
 * sends two lines on together. Texts with pdfmake's outlines, TOC items, page
 * references, a maximum height, or in snaking columns go through pdfmake's own code.
 * Checked against pdfmake 0.3.11 (LayoutBuilder.js processLeaf, helpers/node.js).
 */

interface Line {
  id?: string;
  _node?: unknown;
  getHeight(): number;
}

interface Context {
  y: number;
  availableHeight: number;
  pageMargins: { top: number };
  inSnakingColumns(): boolean;
}

export interface KeptTextNode {
  keepLines?: boolean;
  id?: string;
  text?: unknown;
  outline?: unknown;
  tocItem?: unknown;
  maxHeight?: number;
  pageOrientation?: string;
  _tocItemRef?: unknown;
  _pageRef?: unknown;
  _inlines?: { _tocItemRef?: unknown; _pageRef?: unknown }[];
  positions: unknown[];
}

interface Builder {
  writer: {
    context(): Context;
    addLine(line: Line): unknown;
    moveToNextPage(orientation?: string): void;
  };
  buildNextLine(node: KeptTextNode): Line | null;
}

export interface WidowControlLayoutBuilder {
  prototype: Builder & { processLeaf(node: KeptTextNode): void };
}

/** As pdfmake's getNodeId: the node's id, or the first id among its runs. */
function nodeId(node: { id?: string; text?: unknown }): string | null {
  if (node.id) return node.id;
  if (Array.isArray(node.text)) {
    for (const run of node.text) {
      if (run && typeof run === 'object') {
        const id = nodeId(run as { id?: string; text?: unknown });
        if (id) return id;
      }
    }
  }
  return null;
}

/** Whether pdfmake's own processLeaf must place the node: features this does not reproduce. */
function needsPdfmake(node: KeptTextNode, context: Context): boolean {
  if (!node.keepLines || node.outline || node.tocItem || node._tocItemRef || node._pageRef)
    return true;
  if (node.maxHeight !== undefined && node.maxHeight !== -1) return true;
  if (
    Array.isArray(node.text) &&
    node.text.some((run) => run && typeof run === 'object' && 'outline' in run)
  )
    return true;
  if (node._inlines?.some((inline) => inline._tocItemRef || inline._pageRef)) return true;
  return context.inSnakingColumns();
}

/**
 * How many of `heights` (the lines still to place, `placed` of the paragraph's lines
 * placed before them) go on the current page, which has `room` points left; `atTop`:
 * the page has nothing above them.
 */
export function linesOnPage(
  heights: readonly number[],
  placed: number,
  room: number,
  atTop: boolean,
): number {
  let fit = 0;
  let used = 0;
  while (fit < heights.length && used + heights[fit]! <= room) used += heights[fit++]!;
  // pdfmake places a line that fits nowhere at the top of a page anyway.
  if (fit === 0) return atTop ? 1 : 0;
  const rest = heights.length - fit;
  if (rest === 0) return fit;
  const total = placed + heights.length;
  let kept = fit;
  // A widow: the last line alone on the next page; one more line goes with it.
  if (rest === 1 && total >= 3) kept -= 1;
  // An orphan: the first line alone at the end of this page; it goes with the rest.
  if (placed === 0 && kept === 1) kept = 0;
  // A page that starts with these lines keeps at least one of them (and two when the
  // paragraph starts here): moving them all would only leave the page empty.
  if (atTop && kept < (placed === 0 ? 2 : 1)) return fit;
  return kept;
}

let installed = false;

/** Replaces LayoutBuilder.processLeaf (once per process); unmarked texts keep pdfmake's. */
export function installWidowControl(LayoutBuilder: WidowControlLayoutBuilder): void {
  if (installed) return;
  installed = true;
  const pdfmakeProcessLeaf = LayoutBuilder.prototype.processLeaf;
  LayoutBuilder.prototype.processLeaf = function (node) {
    const writer = this.writer;
    if (needsPdfmake(node, writer.context())) return pdfmakeProcessLeaf.call(this, node);
    const lines: Line[] = [];
    for (let line = this.buildNextLine(node); line; line = this.buildNextLine(node))
      lines.push(line);
    if (lines.length === 0) return;
    const first = lines[0]!;
    const id = nodeId(node);
    if (node.id) first._node = node;
    if (id) first.id = id;
    const heights = lines.map((line) => line.getHeight());
    let placed = 0;
    while (placed < lines.length) {
      const context = writer.context();
      const atTop = !(context.y > context.pageMargins.top);
      const count = linesOnPage(heights.slice(placed), placed, context.availableHeight, atTop);
      for (let i = 0; i < count; i++) node.positions.push(writer.addLine(lines[placed + i]!));
      placed += count;
      if (placed < lines.length) writer.moveToNextPage(node.pageOrientation);
    }
  };
}
