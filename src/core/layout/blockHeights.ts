/**
 * How tall each block is, for the page estimate: lines, line height, and the space
 * before and after it. The numbers follow the paragraph styles the DOCX exporter
 * writes (its TOC field is pre-filled with these estimates): body text at the profile
 * size and line spacing with half a line of space after, section headings one line of
 * space before, titles two points larger with two lines after, list items a quarter
 * line after, captions a point smaller, table text single-spaced.
 */
import type { ExportProfile } from '../template/types.ts';
import { CELL_PADDING_PT, CELL_PADDING_V_PT, tableFontPt } from './geometry.ts';
import { lineCount } from './metrics.ts';
import type { Block, ListBlock, Run, TableBlock, TableCell } from './model.ts';
import { runsText } from './runs.ts';

/** Word's "single" line for Arial / Liberation Sans, in em (ascent + descent + gap). */
export const SINGLE_LINE_EM = 1.15;
const LIST_INDENT_PT = 18;
const TOC_INDENT_PT = 12;
const TOC_PAGE_COLUMN_PT = 30;
const SIGNATURE_LINES = 8;

/** A run of text lines of one height; lines move to the next page whole. */
export interface LineRun {
  lines: number;
  lineHeight: number;
  /**
   * How far the last line on a page may reach past the text area: half the extra
   * leading of 1.5 spacing, which word processors let the last line spill (its glyphs fit).
   */
  slack: number;
  /** Space inside the run after it (between list items), not collapsed. */
  gapAfter?: number;
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
}

export interface PageMetrics {
  widthPt: number;
  profile: ExportProfile;
}

const fontOf = (m: PageMetrics) => m.profile.fontSizePt;
const bodyLine = (m: PageMetrics) => fontOf(m) * SINGLE_LINE_EM * m.profile.lineSpacing;
const slackOf = (m: PageMetrics) => (bodyLine(m) - fontOf(m) * SINGLE_LINE_EM) / 2;

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
      gapAfter: fontOf(m) / 4,
    },
    ...(item.children ? listRuns(item.children, m, level + 1) : []),
  ]);
}

function rowHeight(row: TableCell[], widths: number[], sizePt: number): number {
  let column = 0;
  let tallest = 1;
  for (const cell of row) {
    const span = cell.colSpan ?? 1;
    const width = widths.slice(column, column + span).reduce((a, b) => a + b, 0);
    tallest = Math.max(tallest, textLines(cell.runs, width - CELL_PADDING_PT, sizePt));
    column += span;
  }
  return tallest * sizePt * SINGLE_LINE_EM + CELL_PADDING_V_PT;
}

/** Caption, header and row heights of a table laid across the text width. */
export function measureTable(table: TableBlock, m: PageMetrics): TableMeasure {
  const size = tableFontPt(m.profile, table.dense === true);
  const total = table.columns.reduce((sum, c) => sum + c.width, 0) || 1;
  const widths = table.columns.map((c) => (c.width * m.widthPt) / total);
  const captionSize = fontOf(m) - 1;
  const captionLines = lineCount(
    `${table.caption.label} ${table.caption.text}`,
    m.widthPt,
    captionSize,
    true,
  );
  return {
    before: fontOf(m) / 2,
    caption: captionLines * captionSize * SINGLE_LINE_EM * 1.15 + fontOf(m) / 2,
    header: table.header.reduce((sum, row) => sum + rowHeight(row, widths, size), 0),
    rows: table.body.map((row) => rowHeight(row, widths, size)),
  };
}

/** The measure of every block but tables and page breaks (which the paginator places itself). */
export function measureBlock(block: Block, m: PageMetrics): BlockMeasure {
  const size = fontOf(m);
  const line = bodyLine(m);
  switch (block.kind) {
    case 'paragraph': {
      if (block.style === 'note') {
        const noteSize = size - 2;
        const lines = textLines(block.runs, m.widthPt, noteSize);
        return {
          before: 0,
          after: size / 2,
          runs: [{ lines, lineHeight: noteSize * SINGLE_LINE_EM * 1.15, slack: 0 }],
        };
      }
      const sub = block.style === 'subheading1' || block.style === 'subheading2';
      const lines = textLines(block.runs, m.widthPt, size, sub);
      return {
        before: sub ? size / 2 : 0,
        after: size / 2,
        runs: [{ lines, lineHeight: line, slack: slackOf(m) }],
        ...(sub ? { keepWithNext: 2 * line } : {}),
      };
    }
    case 'list':
      return { before: 0, after: size / 4, runs: listRuns(block, m, 0) };
    case 'heading': {
      if (
        block.role === 'section' ||
        block.role === 'subsection' ||
        block.role === 'subsubsection'
      ) {
        const lines = lineCount(`${block.number} ${block.text}`, m.widthPt - 40, size, true);
        return { before: size, after: size / 2, solid: lines * line, keepWithNext: 2 * line };
      }
      const titleSize = size + 2;
      const titleLine = titleSize * SINGLE_LINE_EM * m.profile.lineSpacing;
      const lines = (block.number ? 1 : 0) + lineCount(block.text, m.widthPt, titleSize, true);
      return { before: 0, after: 2 * size, solid: lines * titleLine, keepWithNext: 2 * line };
    }
    case 'figure': {
      const image =
        (m.widthPt * block.widthFraction * block.image.heightPx) / Math.max(1, block.image.widthPx);
      const captionSize = size - 1;
      const caption =
        lineCount(`${block.caption.label} ${block.caption.text}`, m.widthPt, captionSize, true) *
          captionSize *
          SINGLE_LINE_EM *
          1.15 +
        size;
      return { before: size / 2, after: size / 2, solid: image + caption };
    }
    case 'toc': {
      const titleSize = size + 2;
      const title = titleSize * SINGLE_LINE_EM * m.profile.lineSpacing + 2 * size;
      const runs = block.entries.map((e) => {
        const width = m.widthPt - TOC_INDENT_PT * e.level - TOC_PAGE_COLUMN_PT;
        const lines = lineCount(`${e.number} ${e.text}`, width, size, e.level <= 1);
        // Top-level entries of Daftar Isi have half a line of air above them.
        const air = block.which === 'contents' && e.level <= 1 ? size / 2 : 0;
        return { lines, lineHeight: line, slack: slackOf(m), gapAfter: air };
      });
      return { before: 0, after: 0, solid: title, runs };
    }
    case 'signature':
      return { before: 0, after: 0, solid: SIGNATURE_LINES * size * SINGLE_LINE_EM * 1.15 };
    case 'cover':
    case 'table':
    case 'page-break':
      return { before: 0, after: 0 };
  }
}
