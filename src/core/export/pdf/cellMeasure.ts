/**
 * Measuring a table's text cells with the table's style answers shared between them.
 *
 * pdfmake measures every cell on the style stack as it stands inside the table, with the
 * cell pushed on it three times (DocMeasure.measureTable, measureNode, measureLeaf). Each
 * cell then asks its twenty-odd style questions anew, each walking the stack down through
 * the table, its section and the named styles, and copies the stack to do so. A plain
 * text cell (no named style, no margin, nothing but text and its own properties) is
 * answered by its own property when it has one, and otherwise by the stack under it,
 * which is the same for every cell of the table. Here that stack is copied once per table
 * and its answers are remembered for all its cells. Any other cell, and everything inside
 * one, is measured by pdfmake itself. The inlines, widths and margins are those pdfmake
 * computes (cellMeasure.test.ts renders documents both ways and compares the files).
 * Checked against pdfmake 0.3.11 (DocMeasure.js, StyleContextStack.js, helpers/node.js).
 */
import { buildAnsweredInlines, type StyleStack, type TextInlinesClass } from './styleLookup.ts';

interface Cell extends Record<string, unknown> {
  text?: unknown;
  _margin?: unknown;
  _inlines?: unknown;
  _minWidth?: number;
  _maxWidth?: number;
}

interface TableNode {
  table: { body: unknown[][] };
}

/** What measureTable sets up for the cells of the table being measured. */
interface TableAnswers {
  cells: Set<unknown>;
  /** The stack under the cells, copied when the table's measuring began. */
  stack: StyleStack;
  answers: Map<string, unknown>;
}

interface DocMeasure {
  styleStack: StyleStack & { clone(): StyleStack };
  textInlines: TextInlinesClass['prototype'];
  _tableAnswers?: TableAnswers;
}

export interface DocMeasureClass {
  prototype: {
    measureNode(this: DocMeasure, node: unknown): unknown;
    measureTable(this: DocMeasure, node: TableNode): unknown;
  };
}

/** Keys that make measureNode treat a node as something other than a text when set. */
const NOT_TEXT = new Set([
  'section',
  'columns',
  'stack',
  'ul',
  'ol',
  'table',
  'toc',
  'image',
  'svg',
  'canvas',
  'qr',
  'attachment',
]);

/** Keys through which a node's margin or its styles come in (helpers/node.js getNodeMargin). */
const STYLED = new Set([
  'style',
  'margin',
  'marginLeft',
  'marginTop',
  'marginRight',
  'marginBottom',
]);

/** A cell measured as a text whose stack answers are its own or the table's. */
function isPlainText(cell: unknown): cell is Cell {
  if (typeof cell !== 'object' || cell === null || Array.isArray(cell)) return false;
  const node = cell as Cell;
  if (node.text === undefined || node._textRef !== undefined) return false;
  // One pass over the cell's own keys (a handful) rather than a lookup of each key above.
  for (const key in node) {
    if (NOT_TEXT.has(key) ? Boolean(node[key]) : STYLED.has(key) && node[key] !== undefined)
      return false;
  }
  return true;
}

/** The stack as measureLeaf would see it under `cell`, answering from the table's memory. */
function cellStack(cell: Cell, table: TableAnswers): StyleStack {
  const { stack, answers } = table;
  return {
    styleDictionary: stack.styleDictionary,
    defaultStyle: stack.defaultStyle,
    styleOverrides: stack.styleOverrides,
    getProperty(property) {
      const own = cell[property];
      if (own !== undefined && own !== null) return own;
      if (answers.has(property)) return answers.get(property);
      const value = stack.getProperty(property);
      answers.set(property, value);
      return value;
    },
  };
}

/** For tests comparing the two: when false, every cell is measured by pdfmake; cells measured here. */
export const cellMeasureSwitch = { enabled: true, measured: 0 };

let installed = false;

/** Installs the shared measuring of text cells on pdfmake's DocMeasure (once per process). */
export function installCellMeasure(DocMeasure: DocMeasureClass): void {
  if (installed) return;
  installed = true;
  const measureNode = DocMeasure.prototype.measureNode;
  const measureTable = DocMeasure.prototype.measureTable;
  DocMeasure.prototype.measureTable = function (node) {
    if (!cellMeasureSwitch.enabled) return measureTable.call(this, node);
    const outer = this._tableAnswers;
    this._tableAnswers = {
      cells: new Set(node.table.body.flat()),
      stack: this.styleStack.clone(),
      answers: new Map(),
    };
    try {
      return measureTable.call(this, node);
    } finally {
      this._tableAnswers = outer;
    }
  };
  DocMeasure.prototype.measureNode = function (node) {
    const table = this._tableAnswers;
    if (!table || !table.cells.has(node) || !isPlainText(node)) return measureNode.call(this, node);
    // measureNode and measureLeaf for a text without margin, as pdfmake does them.
    cellMeasureSwitch.measured++;
    const built = buildAnsweredInlines(this.textInlines, node.text, cellStack(node, table));
    node._margin = null;
    node._inlines = built.items;
    node._minWidth = built.minWidth;
    node._maxWidth = built.maxWidth;
    return node;
  };
}
