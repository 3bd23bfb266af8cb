/**
 * Estimated row heights of a table, before pdfmake lays it out: used to keep a
 * caption with the first rows, and to keep rows whole across page breaks only
 * when every row surely fits (pdfmake drops what overflows an unbreakable row).
 */
import type { Run, TableCell } from '../../../layout/model.ts';
import { CELL_PADDING } from '../tableLayouts.ts';

// Average advance of a character in Arial-like fonts, in em; generous on purpose.
const AVERAGE_CHAR_EM = 0.55;
const LINE_EM = 1.3;

function textLength(runs: readonly Run[]): number {
  return runs.reduce((sum, run) => sum + run.text.length + (run.footnote === undefined ? 0 : 2), 0);
}

/** The line breaks in a text (without a regular expression's array per cell: tables have tens of thousands). */
function lineBreaks(text: string): number {
  let count = 0;
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) count++;
  return count;
}

function estimatedLines(cell: TableCell, width: number, fontSize: number): number {
  const breaks = cell.runs.reduce((sum, run) => sum + lineBreaks(run.text), 0);
  const perLine = Math.max(1, Math.floor(width / (fontSize * AVERAGE_CHAR_EM)));
  return Math.max(1, Math.ceil(textLength(cell.runs) / perLine) + breaks);
}

/** Estimated height of each row, padding included, in points. */
export function estimatedRowHeights(
  rows: readonly TableCell[][],
  widths: readonly number[],
  fontSize: number,
): number[] {
  return rows.map((cells) => {
    let column = 0;
    let lines = 1;
    for (const cell of cells) {
      const span = cell.colSpan ?? 1;
      const width = widths.slice(column, column + span).reduce((sum, w) => sum + w, 0);
      column += span;
      lines = Math.max(lines, estimatedLines(cell, width, fontSize));
    }
    return lines * fontSize * LINE_EM + 2 * CELL_PADDING.y;
  });
}
