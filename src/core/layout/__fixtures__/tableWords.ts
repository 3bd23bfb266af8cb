/** Test helpers: the tables of a laid-out document, and the words their columns cannot hold. */
import { CELL_PADDING_PT } from '../geometry.ts';
import { longestWordPt } from '../metrics.ts';
import type { PageSection, TableBlock } from '../model.ts';

/** Every word of a table that would not fit its column at the table's type size. */
export function brokenWords(table: TableBlock, widthPt: number): string[] {
  const total = table.columns.reduce((sum, c) => sum + c.width, 0);
  const widths = table.columns.map((c) => (c.width * widthPt) / total);
  const broken: string[] = [];
  for (const row of [...table.header, ...table.body]) {
    let index = 0;
    for (const cell of row) {
      const span = cell.colSpan ?? 1;
      const room = widths.slice(index, index + span).reduce((sum, w) => sum + w, 0);
      for (const run of cell.runs) {
        const word = longestWordPt(run.text, table.fontPt, run.bold === true) + CELL_PADDING_PT;
        if (word > room + 0.01) broken.push(`${table.caption.label}: ${run.text}`);
      }
      index += span;
    }
  }
  return broken;
}

/** The tables of the sections, each with its section (for its orientation). */
export function tablesOf(sections: PageSection[]): { table: TableBlock; section: PageSection }[] {
  return sections.flatMap((section) =>
    section.blocks.flatMap((b) => (b.kind === 'table' ? [{ table: b, section }] : [])),
  );
}
