/**
 * How tall each block is, for the page estimate: lines, line height, and the space
 * before and after it. Sizes and spaces are the layout's style (style.ts), which both
 * exporters follow; the DOCX's TOC field is pre-filled with these estimates.
 */
import type { ExportProfile } from '../template/types.ts';
import { CELL_PADDING_PT, CELL_PADDING_V_PT, mmToPt } from './geometry.ts';
import { lineCount } from './metrics.ts';
import type { Block, ListBlock, Run, TableBlock, TableCell } from './model.ts';
import { runsText } from './runs.ts';
import {
  HEADING_NUMBER_MM,
  LINE_SPACING,
  LIST_INDENT_PT,
  SIGNATURE,
  SIZE_DELTA,
  TABLE_END_PT,
  TABLE_RULE,
  TOC_LAYOUT,
  isTocGroupEntry,
  spacing,
} from './style.ts';

/** Word's "single" line for Arial / Liberation Sans, in em (ascent + descent + gap). */
export const SINGLE_LINE_EM = 1.15;

/** A run of text lines of one height; lines move to the next page whole. */
export interface LineRun {
  lines: number;
  lineHeight: number;
  /**
   * How far the last line on a page may reach past the text area: the extra leading
   * of 1.5 spacing, which LibreOffice lets the last line spill (its glyphs fit).
   */
  slack: number;
  /** Space inside the run after it (between list items), not collapsed. */
  gapAfter?: number;
  /** Space inside the run before it (above Daftar Isi's chapter entries), not collapsed. */
  gapBefore?: number;
}

export interface BlockMeasure {
  before: number;
  after: number;
  /** Text that may break between lines over pages. */
  runs?: LineRun[];
  /** A height that does not break (figures, signatures, titles). */
  solid?: number;
  /** Room that must follow on the same page (a heading keeps with two lines of what follows). */
  keepWithNext?: number;
}

export interface TableMeasure {
  caption: number;
  header: number;
  rows: number[];
  before: number;
  /** What follows the last row: the source line or the spacer that ends the table. */
  end: number;
  after: number;
}

export interface PageMetrics {
  widthPt: number;
  profile: ExportProfile;
}

const fontOf = (m: PageMetrics) => m.profile.fontSizePt;
const bodyLine = (m: PageMetrics) => fontOf(m) * SINGLE_LINE_EM * m.profile.lineSpacing;
const slackOf = (m: PageMetrics) => bodyLine(m) - fontOf(m) * SINGLE_LINE_EM;

function textLines(runs: Run[], widthPt: number, sizePt: number, bold = false): number {
  return lineCount(runsText(runs), widthPt, sizePt, bold || runs.some((r) => r.bold));
}

function listRuns(list: ListBlock, m: PageMetrics, level: number): LineRun[] {
  const width = m.widthPt - LIST_INDENT_PT * (level + 1);
  return list.items.flatMap((item) => [
    {
      lines: textLines(item.runs, width, fontOf(m)),
      lineHeight: bodyLine(m),
      slack: slackOf(m),
      gapAfter: spacing(fontOf(m)).listItemAfter,
    },
    ...(item.children ? listRuns(item.children, m, level + 1) : []),
  ]);
}

/** Height of a caption's lines. */
function captionHeight(text: string, m: PageMetrics): number {
  const size = fontOf(m) + SIZE_DELTA.caption;
  return lineCount(text, m.widthPt, size, true) * size * SINGLE_LINE_EM * LINE_SPACING.caption;
}

/**
 * Lines of the cells of one table, by the width of the cell and its text: a column
 * repeats its texts (an OPD, a status, a year); the large plan's 24,000 table
 * cells hold 8,400 distinct texts, counted table by table.
 */
type CountedLines = Map<number, Map<string, number>>;

function cellLines(
  cell: TableCell,
  widthPt: number,
  sizePt: number,
  counted: CountedLines,
): number {
  const run = cell.runs[0];
  // One plain run, as most cells are: its text is the cell's text.
  if (!run || cell.runs.length > 1 || run.footnote !== undefined || run.bold)
    return textLines(cell.runs, widthPt, sizePt);
  let byText = counted.get(widthPt);
  if (!byText) {
    byText = new Map();
    counted.set(widthPt, byText);
  }
  let lines = byText.get(run.text);
  if (lines === undefined) {
    lines = lineCount(run.text, widthPt, sizePt);
    byText.set(run.text, lines);
  }
  return lines;
}

function rowHeight(
  row: TableCell[],
  widths: number[],
  sizePt: number,
  counted: CountedLines,
): number {
  let column = 0;
  let tallest = 1;
  for (const cell of row) {
    const span = cell.colSpan ?? 1;
    let width = 0;
    for (let i = column; i < Math.min(column + span, widths.length); i++) width += widths[i]!;
    tallest = Math.max(tallest, cellLines(cell, width - CELL_PADDING_PT, sizePt, counted));
    column += span;
  }
  // Word and LibreOffice add the rule under each row to its height.
  return tallest * sizePt * SINGLE_LINE_EM + CELL_PADDING_V_PT + TABLE_RULE.widthPt;
}

/** Caption, header and row heights of a table laid across the text width. */
export function measureTable(table: TableBlock, m: PageMetrics): TableMeasure {
  const size = table.fontPt;
  const total = table.columns.reduce((sum, c) => sum + c.width, 0) || 1;
  const widths = table.columns.map((c) => (c.width * m.widthPt) / total);
  const space = spacing(fontOf(m));
  const counted: CountedLines = new Map();
  return {
    before: space.captionBefore,
    caption: captionHeight(`${table.caption.label} ${table.caption.text}`, m) + space.captionAfter,
    end:
      table.source === undefined
        ? TABLE_END_PT
        : space.sourceBefore +
          lineCount(table.source, m.widthPt, fontOf(m) + SIZE_DELTA.source) *
            (fontOf(m) + SIZE_DELTA.source) *
            SINGLE_LINE_EM,
    after: table.source === undefined ? space.paragraphAfter : space.sourceAfter,
    header: table.header.reduce((sum, row) => sum + rowHeight(row, widths, size, counted), 0),
    rows: table.body.map((row) => rowHeight(row, widths, size, counted)),
  };
}

/** The measure of every block but tables and page breaks (which the paginator places itself). */
export function measureBlock(block: Block, m: PageMetrics): BlockMeasure {
  const size = fontOf(m);
  const line = bodyLine(m);
  const space = spacing(size);
  switch (block.kind) {
    case 'paragraph': {
      if (block.style === 'note') {
        const noteSize = size + SIZE_DELTA.note;
        const lines = textLines(block.runs, m.widthPt, noteSize);
        const lineHeight = noteSize * SINGLE_LINE_EM * LINE_SPACING.note;
        return { before: 0, after: space.paragraphAfter, runs: [{ lines, lineHeight, slack: 0 }] };
      }
      const sub = block.style === 'subheading1' || block.style === 'subheading2';
      const lines = textLines(block.runs, m.widthPt, size, sub);
      return {
        before: sub ? space.subheadingBefore : 0,
        after: space.paragraphAfter,
        runs: [{ lines, lineHeight: line, slack: slackOf(m) }],
        ...(sub ? { keepWithNext: 2 * line } : {}),
      };
    }
    case 'list':
      return { before: 0, after: space.listItemAfter, runs: listRuns(block, m, 0) };
    case 'heading': {
      if (
        block.role === 'section' ||
        block.role === 'subsection' ||
        block.role === 'subsubsection'
      ) {
        const depth = ({ section: 1, subsection: 2, subsubsection: 3 } as const)[block.role];
        // The title wraps beside its hanging number.
        const indent = block.number ? mmToPt(HEADING_NUMBER_MM[depth]) : 0;
        const lines = lineCount(block.text, m.widthPt - indent, size, true);
        return {
          before: space.sectionBefore,
          after: space.sectionAfter,
          solid: lines * line,
          keepWithNext: 2 * line,
        };
      }
      const titleSize = size + (block.role === 'book' ? SIZE_DELTA.bookTitle : SIZE_DELTA.title);
      const titleLine = titleSize * SINGLE_LINE_EM * m.profile.lineSpacing;
      const lines = (block.number ? 1 : 0) + lineCount(block.text, m.widthPt, titleSize, true);
      const solid = lines * titleLine;
      return { before: 0, after: space.titleAfter, solid, keepWithNext: 2 * line };
    }
    case 'figure': {
      const image =
        (m.widthPt * block.widthFraction * block.image.heightPx) / Math.max(1, block.image.widthPx);
      const caption = captionHeight(`${block.caption.label} ${block.caption.text}`, m);
      return {
        before: space.figureBefore,
        after: space.captionAfter,
        solid: image + space.captionBefore + caption,
      };
    }
    case 'toc': {
      const titleSize = size + SIZE_DELTA.title;
      const title = titleSize * SINGLE_LINE_EM * m.profile.lineSpacing + space.titleAfter;
      const runs = block.entries.map((e): LineRun => {
        const indent = Math.max(0, e.level - 1) * TOC_LAYOUT.levelIndentEm * size;
        const width = m.widthPt - indent - TOC_LAYOUT.pageColumnEm * size;
        const lines = lineCount(`${e.number} ${e.text}`, width, size, e.level <= 1);
        const group = isTocGroupEntry(block.which, e.level);
        return {
          lines,
          lineHeight: line,
          slack: slackOf(m),
          gapBefore: group ? space.tocGroupBefore : 0,
        };
      });
      return { before: 0, after: 0, solid: title, runs };
    }
    case 'signature': {
      // Place, date, office and name, and the blank lines to sign between them.
      const lines = 4 + SIGNATURE.signingLines;
      const solid = lines * size * SINGLE_LINE_EM * SIGNATURE.lineSpacing;
      return { before: space.titleAfter / 2, after: 0, solid };
    }
    case 'cover':
    case 'table':
    case 'page-break':
      return { before: 0, after: 0 };
  }
}
