/**
 * The plan's ruled tables placed by our code inside pdfmake's page flow.
 *
 * pdfmake lays a table out cell by cell through its general machinery: every cell goes
 * through processNode (margins, page breaks, positions, listeners), every row through a
 * column group with row-span bookkeeping, and a table whose rows are kept whole builds
 * each row in a document context of its own, asking the table layout for every rule and
 * padding along the way. The plan's tables use little of that: text cells, column spans,
 * shading, header rows repeated on each page, rows kept whole. For such a table (see
 * `placesAsGrid`) this builds each row's lines and rules as pdfmake's TableProcessor and
 * processRow would, in the same order and with the same arithmetic, and hands each kept
 * block to pdfmake's writer as the fragment pdfmake would have committed: page breaks,
 * repeated headers, the watch for new pages and every other table are pdfmake's own.
 * The pages are the same, item for item (gridTables.test.ts compares them, and the
 * sample plan's file, with pdfmake's own placement). Two things are added: a row kept with
 * the next (a group title, a last programme before its total) goes to a new page with
 * the rows it keeps with when they do not fit together, which pdfmake cannot do (it
 * needed the part laid out again with the table split, keptRows.ts); and a rule's pieces
 * that continue each other are drawn as one line (ColumnRules, horizontalRules), which
 * covers the same and draws the same pixels with a sixth of the lines.
 * Checked against pdfmake 0.3.11 (LayoutBuilder.js processTable and processRow,
 * TableProcessor.js, PageElementWriter.js, ElementWriter.js, DocumentContext.js).
 */
import { isKeptMark } from './keptRows.ts';
import { nextLine, type LineInline, type PdfMakeLine } from './lineBuilder.ts';

interface Line extends PdfMakeLine {
  x?: number;
  y?: number;
  id?: string;
  _node?: unknown;
  inlines: (LineInline & { alignment?: string; x: number; justifyShift?: number })[];
  getHeight(): number;
  getWidth(): number;
}

type Vector = Record<string, unknown>;

/** Where a rule or a shading is: what moving it onto the page changes. */
interface VectorPlace {
  type: string;
  x: number;
  y: number;
  x1: number;
  x2: number;
  y1: number;
  y2: number;
  _isFillColorFromUnbreakable?: boolean;
}

/** A rule as ColumnRules joins it: where it is, and its width. */
type RulePiece = VectorPlace & { lineWidth?: unknown };

type Item = { type: 'line'; item: Line } | { type: 'vector'; item: Vector };

interface Cell extends Record<string, unknown> {
  _span?: boolean;
  _inlines?: LineInline[];
  colSpan?: number;
  _colSpan?: number;
  fillColor?: unknown;
  fillOpacity?: unknown;
  id?: string;
  text?: unknown;
  positions?: { pageNumber: number; left: number; top: number }[];
}

type ByIndex<T> = (index: number, node: TableNode, column?: number) => T;

interface PackedLayout {
  hLineWidth: ByIndex<number>;
  vLineWidth: ByIndex<number>;
  hLineColor: ByIndex<string> | string;
  vLineColor: ByIndex<string> | string;
  hLineStyle: ByIndex<{ dash?: unknown } | null>;
  vLineStyle: ByIndex<{ dash?: unknown } | null>;
  paddingLeft: ByIndex<number>;
  paddingRight: ByIndex<number>;
  paddingTop: ByIndex<number>;
  paddingBottom: ByIndex<number>;
  fillColor: ByIndex<unknown> | unknown;
  fillOpacity: ByIndex<unknown> | unknown;
  defaultBorder: unknown;
  hLineWhenBroken?: boolean;
}

interface TableNode {
  table: {
    body: Cell[][];
    widths: { _calcWidth: number }[];
    headerRows?: unknown;
    keepWithHeaderRows?: unknown;
    dontBreakRows?: unknown;
    heights?: unknown;
  };
  _layout: PackedLayout;
  _offsets: { total: number; offsets: number[] };
}

interface DocumentContext {
  x: number;
  y: number;
  page: number;
  availableWidth: number;
  availableHeight: number;
  snapshots: unknown[];
  backgroundLength: number[];
  pageMargins: { top: number; bottom: number };
  getCurrentPage(): { items: Item[]; pageSize: { height: number } };
  moveDown(offset: number): void;
  inSnakingColumns(): boolean;
  resetMarginXTopParent(): void;
}

interface Writer {
  transactionLevel: number;
  originalX: number;
  context(): DocumentContext;
  listenerCount(event: string): number;
  addListener(event: string, listener: () => void): void;
  removeListener(event: string, listener: () => void): void;
  addVector(vector: Vector): unknown;
  addFragment(fragment: { items: Item[]; height: number }): unknown;
  moveToNextPage(): void;
  pushToRepeatables(repeatable: Repeatable): void;
  popFromRepeatables(): void;
}

interface Repeatable {
  items: Item[];
  xOffset: number;
  height: number;
  insertedOnPages: boolean[];
}

interface Builder {
  writer: Writer;
  nestedLevel: number;
}

type BuildColumnWidths = (
  columns: unknown[],
  availableWidth: number,
  offsetTotal: number,
  tableNode: unknown,
) => void;

export interface GridTablesLayoutBuilder {
  prototype: { processTable(this: Builder, node: TableNode): void };
}

/**
 * What a plain text cell may carry once measured: its text and the style its words were
 * measured with, its span, shading and destination, and pdfmake's own bookkeeping. Any
 * other property (a row span, borders, vertical alignment, a stack…) leaves the table to
 * pdfmake.
 */
const PLAIN_CELL = new Set([
  'text',
  'alignment',
  'colSpan',
  'fillColor',
  'fillOpacity',
  'id',
  'bold',
  'italics',
  'color',
  'font',
  'fontSize',
  'lineHeight',
  'characterSpacing',
  'decoration',
  'noWrap',
  'link',
  '_margin',
  '_inlines',
  '_minWidth',
  '_maxWidth',
  // Set by this file's own placement when the same nodes are laid out again.
  'positions',
]);

function isPositiveInteger(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value > 0;
}

function isPlainCell(cell: Cell): boolean {
  if (typeof cell !== 'object' || cell === null) return false;
  if (cell._span) return cell.rowSpan === undefined;
  if (cell.text === undefined || !Array.isArray(cell._inlines)) return false;
  if (cell._margin !== null && cell._margin !== undefined) return false;
  for (const key in cell) if (!PLAIN_CELL.has(key)) return false;
  if (Array.isArray(cell.text))
    for (const run of cell.text as unknown[]) {
      // A run that is a destination (or an outline entry) is the cell's for pdfmake, which
      // records a position for each of its lines: left to pdfmake.
      if (typeof run !== 'object' || run === null) continue;
      const { outline, id, tocItem } = run as {
        outline?: unknown;
        id?: unknown;
        tocItem?: unknown;
      };
      if (outline || id || tocItem) return false;
    }
  return true;
}

/** A table this file places: top level, rows kept whole, ruled by default, text cells only. */
function placesAsGrid(builder: Builder, node: TableNode): boolean {
  const { writer } = builder;
  const { table, _layout: layout } = node;
  if (builder.nestedLevel !== 0 || writer.transactionLevel !== 0) return false;
  // A table that is a destination has its cells' positions in pdfmake's.
  if ((node as { id?: unknown }).id) return false;
  if (table.dontBreakRows !== true || table.heights !== undefined) return false;
  if (layout.defaultBorder !== true) return false;
  if (writer.context().inSnakingColumns() || writer.listenerCount('lineAdded') > 0) return false;
  const body = table.body;
  if (body.length === 0) return false;
  const headerRows = table.headerRows;
  if (headerRows !== undefined && headerRows !== 0) {
    if (!isPositiveInteger(headerRows) || headerRows > body.length) return false;
  }
  const columns = body[0]!.length;
  if (table.widths.length !== columns) return false;
  for (const row of body) {
    if (row.length !== columns) return false;
    for (const cell of row) if (!isPlainCell(cell)) return false;
  }
  return true;
}

/** As pdfmake's helpers/node.js getNodeId. */
function nodeId(node: { id?: unknown; text?: unknown }): string | null {
  if (node.id) return node.id as string;
  if (Array.isArray(node.text)) {
    for (const run of node.text as { id?: unknown; text?: unknown }[]) {
      const id = typeof run === 'object' && run !== null ? nodeId(run) : null;
      if (id) return id;
    }
  }
  return null;
}

/** As ElementWriter.alignLine, in a column `width` wide. */
function alignLine(line: Line, width: number): void {
  const lineWidth = line.getWidth();
  const alignment = line.inlines && line.inlines.length > 0 && line.inlines[0]!.alignment;
  let offset = 0;
  switch (alignment) {
    case 'right':
      offset = width - lineWidth;
      break;
    case 'center':
      offset = (width - lineWidth) / 2;
      break;
  }
  if (offset) line.x = (line.x || 0) + offset;
  if (
    alignment === 'justify' &&
    !line.newLineForced &&
    !line.lastLineInParagraph &&
    line.inlines.length > 1
  ) {
    const additionalSpacing = (width - lineWidth) / (line.inlines.length - 1);
    for (let i = 1, l = line.inlines.length; i < l; i++) {
      line.inlines[i]!.x += i * additionalSpacing;
      line.inlines[i]!.justifyShift = additionalSpacing;
    }
  }
}

/**
 * A block being built as pdfmake builds it in an unbreakable context: its own page, x at
 * 0, y from 0, items in the order they are added (shading first, newest first).
 */
interface Block {
  items: Item[];
  y: number;
}

/**
 * The colour of every rule of a block when they are all plain strokes of one colour (no
 * dash, no opacity); null otherwise.
 */
function plainStroke(items: readonly Item[]): string | null {
  let colour: string | null = null;
  for (const entry of items) {
    if (entry.type !== 'vector' || entry.item.type !== 'line') continue;
    const { lineColor, dash, strokeOpacity } = entry.item;
    if (typeof lineColor !== 'string' || dash || strokeOpacity !== undefined) return null;
    if (colour === null) colour = lineColor;
    else if (colour !== lineColor) return null;
  }
  return colour ?? '';
}

/**
 * The rules between the columns of rows placed one under the other on a page, joined.
 *
 * pdfmake draws each row's piece of every rule between columns (TableProcessor.endRow), and
 * the large plan's tables had about 30,000 of them: a row's piece overlaps the one above
 * by the width of the rule between the rows, and each is written, deflated and stroked on
 * its own, leaving a faint seam where an anti-aliasing viewer joins them. Here a row's
 * piece that continues the rule above it (same x, same width, starting on it) lengthens
 * that rule instead of being added. The line stays where the first piece was drawn, before
 * the later rows' text and the rules between them; that changes nothing on the page, since
 * the rows' shading is drawn first on the page anyway, text stays inside its cell, and the
 * rules crossing it are of its colour (rules of different colours, dashes or opacities are
 * not joined: `plainStroke`).
 */
class ColumnRules {
  /** The last line at each x, by x. */
  private readonly lines = new Map<number, RulePiece>();
  /** How many items the page had when the last block was placed. */
  private itemsAfter = -1;

  constructor(
    private readonly page: { items: Item[] },
    private readonly stroke: string,
  ) {}

  /** Whether a block on `page` whose rules are stroked `stroke` may continue these rules. */
  continues(page: { items: Item[] }, stroke: string): boolean {
    return page === this.page && stroke === this.stroke && page.items.length === this.itemsAfter;
  }

  /** Lengthens the rule `piece` continues and returns true; otherwise it starts one at its x. */
  continued(piece: RulePiece): boolean {
    const line = this.lines.get(piece.x1);
    if (
      line &&
      line.lineWidth === piece.lineWidth &&
      piece.y1 >= line.y1 &&
      piece.y1 <= line.y2 &&
      piece.y2 >= line.y2
    ) {
      line.y2 = piece.y2;
      return true;
    }
    this.lines.set(piece.x1, piece);
    return false;
  }

  /** A block was placed; the page has `items` items. */
  placed(items: number): void {
    this.itemsAfter = items;
  }
}

/** One table's placement; the methods follow TableProcessor's and processRow's steps. */
class GridTable {
  private readonly body: Cell[][];
  private readonly layout: PackedLayout;
  private readonly widths: number[];
  private readonly gaps: number[];
  /** TableProcessor's rowSpanData: each column's left edge and width with padding and rule. */
  private readonly lefts: number[] = [0];
  private readonly spans: number[] = [];
  /** Height of the header rows pdfmake repeats on each new page (0 without). */
  headerHeight = 0;
  /** The rules between columns of the rows placed last, while later rows may continue them. */
  private columnRules: ColumnRules | undefined;

  constructor(
    private readonly node: TableNode,
    private readonly writer: Writer,
  ) {
    this.body = node.table.body;
    this.layout = node._layout;
    this.widths = node.table.widths.map((width) => width._calcWidth);
    this.gaps = node._offsets.offsets;
    let x = 0;
    for (let i = 0, l = this.body[0]!.length; i < l; i++) {
      const paddings = this.layout.paddingLeft(i, node) + this.layout.paddingRight(i, node);
      const border = this.layout.vLineWidth(i, node);
      const width = paddings + border + this.widths[i]!;
      this.spans.push(width);
      x += width;
      this.lefts.push(x);
    }
    this.spans.push(0);
  }

  private color(value: ByIndex<unknown> | unknown, index: number, column: number): unknown {
    return typeof value === 'function'
      ? (value as ByIndex<unknown>)(index, this.node, column)
      : value;
  }

  /**
   * TableProcessor.drawHorizontalLine: the rule above row `lineIndex`, one piece per cell as
   * pdfmake draws it, or (joining rules) one line where the pieces continue each other in
   * the same colour.
   */
  horizontalRules(lineIndex: number): { vectors: Vector[]; width: number } {
    const { body, layout, node } = this;
    const lineWidth = layout.hLineWidth(lineIndex, node);
    if (!lineWidth) return { vectors: [], width: 0 };
    const style = layout.hLineStyle(lineIndex, node);
    const dash = style && style.dash ? style.dash : undefined;
    const offset = lineWidth / 2;
    const vectors: Vector[] = [];
    let current: { left: number; width: number } | null = null;
    let above: Cell | null | undefined;
    let cell: Cell | null | undefined;
    let topBorder: unknown = false;
    let bottomBorder: unknown = false;
    for (let i = 0, l = this.lefts.length; i < l; i++) {
      let draw: unknown = true;
      if (i < l - 1) {
        topBorder = false;
        bottomBorder = false;
        if (lineIndex > 0) {
          above = body[lineIndex - 1]![i];
          bottomBorder = layout.defaultBorder;
        }
        if (lineIndex < body.length) {
          cell = body[lineIndex]![i];
          topBorder = layout.defaultBorder;
        }
        draw = topBorder || bottomBorder;
      }
      const color = this.color(layout.hLineColor, lineIndex, i);
      if (!current && draw) current = { left: this.lefts[i]!, width: 0 };
      if (draw && current) {
        let spanned = 0;
        if (above && above.colSpan && bottomBorder) {
          while (above.colSpan > spanned) current.width += this.spans[i + spanned++] || 0;
          i += spanned - 1;
        } else if (cell && cell.colSpan && topBorder) {
          while (cell.colSpan > spanned) current.width += this.spans[i + spanned++] || 0;
          i += spanned - 1;
        } else {
          current.width += this.spans[i] || 0;
        }
        if (current.width) {
          const previous = vectors[vectors.length - 1];
          if (
            gridTableSwitch.joinsRules &&
            previous &&
            !dash &&
            previous.lineColor === color &&
            previous.x2 === current.left
          ) {
            // The piece continues the one before: one line (pdfmake draws one per cell).
            previous.x2 = current.left + current.width;
          } else {
            vectors.push({
              type: 'line',
              x1: current.left,
              x2: current.left + current.width,
              y1: offset,
              y2: offset,
              lineWidth,
              dash,
              lineColor: color,
            });
          }
          current = null;
          above = null;
          cell = null;
        }
      }
    }
    return { vectors, width: lineWidth };
  }

  /** The rule under a row, or the table's top rule, added to a block at its current y. */
  ruleInBlock(block: Block, lineIndex: number): void {
    const { vectors, width } = this.horizontalRules(lineIndex);
    for (const vector of vectors) {
      (vector.x1 as number) += 0;
      (vector.x2 as number) += 0;
      (vector.y1 as number) += block.y;
      (vector.y2 as number) += block.y;
      block.items.push({ type: 'vector', item: vector });
    }
    block.y += width;
  }

  /** The rule above row `lineIndex` where the page's context stands (a row moved to a new page). */
  ruleOnPage(lineIndex: number): void {
    const { vectors, width } = this.horizontalRules(lineIndex);
    for (const vector of vectors) this.writer.addVector(vector);
    // ElementWriter.addVector offsets by the context; moveDown as drawHorizontalLine does.
    if (width) this.writer.context().moveDown(width);
  }

  /** processLeaf for a plain cell: its lines from the top of the column down; returns its bottom. */
  private cellLines(block: Block, cell: Cell, x: number, top: number, width: number): number {
    let y = top;
    let line = nextLine(cell._inlines, width) as Line | null;
    if (line && cell.id) line._node = cell;
    if (line) {
      const id = nodeId(cell);
      if (id) line.id = id;
      for (const inline of line.inlines as unknown as Record<string, unknown>[]) {
        if (inline._tocItemRef) inline._pageNodeRef = inline._tocItemRef;
        if (inline._pageRef)
          inline._pageNodeRef = (inline._pageRef as { _nodeRef: unknown })._nodeRef;
      }
    }
    cell.positions = [];
    while (line) {
      // Where a line starts, as DocumentContext.getCurrentPosition gives it on the block's page.
      if (line._node) cell.positions.push({ pageNumber: 1, left: x, top: y });
      line.x = x + (line.x || 0);
      line.y = y + (line.y || 0);
      alignLine(line, width);
      block.items.push({ type: 'line', item: line });
      y += line.getHeight();
      line = nextLine(cell._inlines, width) as Line | null;
    }
    return y;
  }

  /** beginRow, processRow and endRow (without the rule under it) for row `index`. */
  row(block: Block, index: number): void {
    const { body, layout, node, gaps } = this;
    const cells = body[index]!;
    const topLineWidth = layout.hLineWidth(index, node);
    const paddingTop = layout.paddingTop(index, node);
    const bottomLineWidth = layout.hLineWidth(index + 1, node);
    const rowTop = block.y;
    block.y += paddingTop;

    // processRow: one column per cell (a span takes the columns it covers).
    const top = block.y;
    let bottom = top;
    let x = 0;
    let lastWidth = 0;
    for (let i = 0, l = cells.length; i < l; i++) {
      const cell = cells[i]!;
      let width = this.widths[i]!;
      const offset = gaps.length > i ? gaps[i]! : 0;
      if (cell.colSpan && cell.colSpan > 1) {
        for (let j = 1; j < cell.colSpan; j++) width += this.widths[++i]! + gaps[i]!;
      }
      x = x + lastWidth + (offset || 0);
      lastWidth = width;
      if (!cell._span) {
        const end = this.cellLines(block, cell, x, top, width);
        if (end > bottom) bottom = end;
      }
    }
    block.y = bottom;

    // endRow
    block.y += layout.paddingBottom(index, node);
    const rowBottom = block.y;
    if (rowBottom - rowTop === paddingTop) return;
    const xs: { x: number; index: number }[] = [];
    let covered = 0;
    for (let i = 0, l = cells.length; i < l; i++) {
      if (!covered) {
        xs.push({ x: this.lefts[i]!, index: i });
        const cell = cells[i]!;
        covered = cell._colSpan || cell.colSpan || 0;
      }
      if (covered > 0) covered--;
    }
    xs.push({ x: this.lefts[this.lefts.length - 1]!, index: this.lefts.length - 1 });
    for (let i = 0, l = xs.length; i < l; i++) {
      const column = xs[i]!.index;
      const ruleWidth = layout.vLineWidth(column, node);
      if (ruleWidth !== 0) {
        const style = layout.vLineStyle(column, node);
        block.items.push({
          type: 'vector',
          item: {
            type: 'line',
            x1: xs[i]!.x + ruleWidth / 2 + 0,
            x2: xs[i]!.x + ruleWidth / 2 + 0,
            y1: rowTop - topLineWidth,
            y2: rowBottom + bottomLineWidth,
            lineWidth: ruleWidth,
            dash: style && style.dash ? style.dash : undefined,
            lineColor: this.color(layout.vLineColor, column, index),
          },
        });
      }
      if (i < l - 1) {
        const cell = cells[column]!;
        const fillColor = cell.fillColor || this.color(layout.fillColor, index, column);
        if (!fillColor) continue;
        const fillOpacity =
          typeof cell.fillOpacity === 'number'
            ? cell.fillOpacity
            : this.color(layout.fillOpacity, index, column);
        const left = xs[i]!.x + layout.vLineWidth(column, node);
        const right = xs[i + 1]!.x + layout.vLineWidth(column + 1, node) / 2;
        const y2 = rowBottom + bottomLineWidth;
        // Shading goes first on the block's page, the newest first (index 0).
        block.items.unshift({
          type: 'vector',
          item: {
            type: 'rect',
            x: left + 0,
            y: rowTop + 0,
            w: right - left,
            h: y2 - rowTop,
            lineWidth: 0,
            color: fillColor,
            fillOpacity,
            _isFillColorFromUnbreakable: true,
          },
        });
      }
    }
  }

  /** Whether row `index` is kept with the next (blocks/table.ts marks it, keptRows.ts). */
  keepsWithNext(index: number): boolean {
    if (index + 1 >= this.body.length) return false;
    for (const cell of this.body[index]!) if (isKeptMark(cell.id)) return true;
    return false;
  }

  /** Room for rows on a new page: the page's text height less the header repeated there. */
  private roomOnNewPage(ruleAboveOnNewPage: number | null): number {
    const context = this.writer.context();
    const { top, bottom } = context.pageMargins;
    const rule =
      ruleAboveOnNewPage === null ? 0 : this.layout.hLineWidth(ruleAboveOnNewPage, this.node);
    return context.getCurrentPage().pageSize.height - top - bottom - this.headerHeight - rule;
  }

  /**
   * commitUnbreakableBlock: the block onto the page, a new page first if it does not fit
   * (with the rule above row `ruleAboveOnNewPage` there, when given). A block whose items
   * a repeated header shares is copied, as pdfmake copies every block; any other is placed
   * as it is, nothing else holding it.
   *
   * `together` is the height of the block with the rows kept with it (a group title with
   * the first programme under it, the last programme with its total): when they do not
   * fit on this page together but do on a new one, the block goes to the new page, so the
   * rows are never parted. pdfmake cannot keep a row with the next; for the tables it
   * places, a part is laid out again with the table split instead (keptRows.ts).
   */
  commit(
    block: Block,
    ruleAboveOnNewPage: number | null,
    shared: boolean,
    together = block.y,
  ): void {
    const context = this.writer.context();
    if (shared || context.snapshots.length > 0) {
      this.commitCopy(block, ruleAboveOnNewPage);
      return;
    }
    const parted =
      together > context.availableHeight && together <= this.roomOnNewPage(ruleAboveOnNewPage);
    // PageElementWriter._fitOnPage around ElementWriter.addFragment, outside column groups.
    if (block.y > context.availableHeight || parted) {
      this.writer.moveToNextPage();
      if (ruleAboveOnNewPage !== null) this.ruleOnPage(ruleAboveOnNewPage);
      // Taller than a page: pdfmake leaves such a block out too (rows kept whole are at
      // most a third of a page, see blocks/table.ts).
      if (block.y > context.availableHeight) return;
    }
    const page = context.getCurrentPage();
    const { x, y } = context;
    const rules = this.rulesFor(page, block);
    for (const entry of block.items) {
      if (entry.type === 'line') {
        const line = entry.item;
        if (line._node) (line._node as Cell).positions![0]!.pageNumber = context.page + 1;
        line.x = (line.x || 0) + x;
        line.y = (line.y || 0) + y;
        page.items.push(entry);
      } else {
        const vector = entry.item as unknown as VectorPlace;
        if (vector.type === 'rect') {
          vector.x += x;
          vector.y += y;
        } else {
          vector.x1 += x;
          vector.x2 += x;
          vector.y1 += y;
          vector.y2 += y;
          if (rules && vector.x1 === vector.x2 && rules.continued(vector)) continue;
        }
        if (vector._isFillColorFromUnbreakable) {
          delete vector._isFillColorFromUnbreakable;
          page.items.splice(context.backgroundLength[context.page]!, 0, entry);
        } else {
          page.items.push(entry);
        }
      }
    }
    context.moveDown(block.y);
    if (rules) rules.placed(page.items.length);
  }

  /**
   * The rules between columns that this block's pieces may continue: those of the block
   * placed just before on the same page, when nothing came between them and every rule of
   * both is stroked alike (see ColumnRules); otherwise a new set. Undefined when rules are
   * not joined, or the block has a rule that is not a plain stroke.
   */
  private rulesFor(page: { items: Item[] }, block: Block): ColumnRules | undefined {
    const stroke = gridTableSwitch.joinsRules ? plainStroke(block.items) : null;
    if (stroke === null) {
      this.columnRules = undefined;
      return undefined;
    }
    const open = this.columnRules;
    if (open && open.continues(page, stroke)) return open;
    return (this.columnRules = new ColumnRules(page, stroke));
  }

  /** The block handed to pdfmake's writer, which copies its items onto the page. */
  private commitCopy(block: Block, ruleAboveOnNewPage: number | null): void {
    const fragment = { items: block.items, height: block.y };
    if (ruleAboveOnNewPage === null) {
      this.writer.addFragment(fragment);
      return;
    }
    const onNewPage = () => this.ruleOnPage(ruleAboveOnNewPage);
    this.writer.addListener('pageChanged', onNewPage);
    try {
      this.writer.addFragment(fragment);
    } finally {
      this.writer.removeListener('pageChanged', onNewPage);
    }
  }
}

/** processTable for a table `placesAsGrid` accepts. */
function placeGridTable(builder: Builder, node: TableNode, buildColumnWidths: BuildColumnWidths) {
  const { writer } = builder;
  const { table, _layout: layout } = node;
  builder.nestedLevel++;
  buildColumnWidths(
    table.widths,
    writer.context().availableWidth - node._offsets.total,
    node._offsets.total,
    node,
  );
  const grid = new GridTable(node, writer);
  const rows = table.body.length;
  const headerRows = isPositiveInteger(table.headerRows) ? table.headerRows : 0;
  const keptWithHeader =
    headerRows && isPositiveInteger(table.keepWithHeaderRows) ? table.keepWithHeaderRows : 0;
  // The header and the rows kept with it are one block; every later row is a block of its own.
  const firstBlockRows = headerRows ? Math.min(headerRows + keptWithHeader, rows) : 1;
  writer.originalX = writer.context().x;
  let block: Block = { items: [], y: 0 };
  grid.ruleInBlock(block, 0);
  let repeatable: Repeatable | null = null;
  /** Blocks of rows after the first block, built ahead to know what a kept row needs. */
  const ahead = new Map<number, Block>();
  const rowBlock = (index: number): Block => {
    let built = ahead.get(index);
    if (!built) {
      built = { items: [], y: 0 };
      grid.row(built, index);
      grid.ruleInBlock(built, index + 1);
      ahead.set(index, built);
    }
    return built;
  };
  for (let i = 0; i < rows; i++) {
    if (i >= firstBlockRows) {
      writer.originalX = writer.context().x;
      block = rowBlock(i);
      ahead.delete(i);
    } else {
      grid.row(block, i);
      grid.ruleInBlock(block, i + 1);
    }
    if (headerRows && i === headerRows - 1) {
      repeatable = {
        items: [...block.items],
        xOffset: writer.originalX,
        height: block.y,
        insertedOnPages: [],
      };
      grid.headerHeight = block.y;
    }
    if (i < firstBlockRows - 1) continue;
    // The rows a chain of kept rows starting here needs on one page (one kept before it went with it).
    let together = block.y;
    if (gridTableSwitch.keepsRows && i >= firstBlockRows && !grid.keepsWithNext(i - 1))
      for (let next = i; grid.keepsWithNext(next); next++) together += rowBlock(next + 1).y;
    // A row moved to a new page gets the rule above it there, unless a header repeats.
    const ruleAbove = i > 0 && !headerRows && layout.hLineWhenBroken !== false ? i : null;
    grid.commit(
      block,
      i >= firstBlockRows ? ruleAbove : null,
      repeatable !== null && i < firstBlockRows,
      together,
    );
    if (repeatable && i === firstBlockRows - 1) writer.pushToRepeatables(repeatable);
  }
  if (repeatable) writer.popFromRepeatables();
  builder.nestedLevel--;
  if (builder.nestedLevel === 0) writer.context().resetMarginXTopParent();
}

/**
 * For tests comparing the two: when `enabled` is false, every table is placed by pdfmake;
 * `placed` counts the tables placed here; when `keepsRows` is false, rows kept with the
 * next are left to the split of keptRows.ts, as for pdfmake's tables; when `joinsRules` is
 * false, rules are drawn one piece per cell, as pdfmake draws them.
 */
export const gridTableSwitch = { enabled: true, placed: 0, keepsRows: true, joinsRules: true };

let installed = false;

/** Installs the placement of plain ruled tables on pdfmake's LayoutBuilder (once per process). */
export function installGridTables(
  LayoutBuilder: GridTablesLayoutBuilder,
  buildColumnWidths: BuildColumnWidths,
): void {
  if (installed) return;
  installed = true;
  const processTable = LayoutBuilder.prototype.processTable;
  LayoutBuilder.prototype.processTable = function (node) {
    if (!gridTableSwitch.enabled || !placesAsGrid(this, node)) return processTable.call(this, node);
    gridTableSwitch.placed++;
    placeGridTable(this, node, buildColumnWidths);
  };
}
