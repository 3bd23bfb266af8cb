/**
 * Page estimates for the table of contents (Daftar Isi, Tabel, Gambar).
 *
 * Method: every block is measured (blockHeights.ts) and poured onto A4 pages whose
 * text area comes from the export profile's margins (landscape sections turn the
 * page, same margins). Text lines come from a greedy word wrap with the real advance
 * widths of Arial / Liberation Sans (metrics.ts). Line height = size × 1.15 × line
 * spacing; a table row adds its padding and its rule.
 * Word processors put the larger of one paragraph's space-after and the next one's
 * space-before between them, and drop space-before at the top of a page reached by
 * flowing text; lines move to the next page whole, keeping two lines together at either
 * end (widow and orphan control); a heading needs room for two lines after it; table
 * rows never split and the header row repeats; a caption stays with the header and the
 * first row; a group title stays with the row after it, a total with the row before it. A page break, a new section or a title opens a page. The front matter
 * counts i, ii, … from the page after the cover; the body counts 1, 2, … from its first
 * page. The PDF exporter measures exact pages; DOCX pre-fills its TOC field with these
 * estimates. On the sample plan (139 pages in LibreOffice 7.4) every BAB, Buku, Lampiran,
 * table and figure lands on the page LibreOffice gives the DOCX, and 149 of 156 sections
 * do (the rest one page off); in the Buku II export, 124 of 127 sections.
 */
import { toRoman } from '../format/roman.ts';
import type { ExportProfile } from '../template/types.ts';
import { measureBlock, measureTable, type LineRun, type PageMetrics } from './blockHeights.ts';
import { textArea } from './geometry.ts';
import type { Block, PageNumbering, PageSection, TableBlock } from './model.ts';
import { keepsWithNext } from './tableCells.ts';

/** Page labels: roman numerals in lower case for front matter, digits for the body. */
export function pageLabel(numbering: PageNumbering, page: number): string {
  if (numbering === 'none') return '';
  return numbering === 'roman' ? toRoman(page).toLowerCase() : String(page);
}

const EPSILON = 0.01;

class Cursor {
  page = 0;
  y = 0;
  height = 0;
  numbering: PageNumbering = 'none';
  /** Space-after of the block above, still to be collapsed with the next space-before. */
  pendingAfter = 0;
  /** The page was opened on purpose (section, page break): space-before still applies at its top. */
  opened = true;

  openSection(section: PageSection, heightPt: number): void {
    this.page = section.restartNumbering ? 1 : this.page + 1;
    this.height = heightPt;
    this.numbering = section.numbering;
    this.top(true);
  }

  private top(opened: boolean): void {
    this.y = 0;
    this.pendingAfter = 0;
    this.opened = opened;
  }

  newPage(opened = false): void {
    this.page++;
    this.top(opened);
  }

  breakPage(): void {
    if (this.y > 0) this.newPage(true);
    else this.opened = true;
  }

  label(): string {
    return pageLabel(this.numbering, this.page);
  }

  /** The space to put above a block with this space-before. */
  gap(before: number): number {
    if (this.y === 0) return this.opened ? before : 0;
    return Math.max(this.pendingAfter, before);
  }

  /** Moves on when `needed` points (after the gap) do not fit; returns the gap to use. */
  reserve(before: number, needed: number): number {
    const gap = this.gap(before);
    if (this.y > 0 && this.y + gap + needed > this.height + EPSILON) {
      this.newPage();
      return this.gap(before);
    }
    return gap;
  }

  /** Lines that may run on over pages, two kept together at the foot and the head of a page. */
  flowLines(run: LineRun, withGap: boolean): void {
    // Space before is dropped at the top of a page, as word processors do.
    if (run.gapBefore && this.y > 0) this.y += run.gapBefore;
    let rest = run.lines;
    while (rest > 0) {
      const fit = Math.floor((this.height - this.y + run.slack) / run.lineHeight);
      let take = Math.min(fit, rest);
      if (take < rest) {
        if (rest - take === 1) take--;
        if (take === 1) take = 0;
      }
      if (take <= 0) {
        if (this.y === 0) take = Math.min(rest, Math.max(1, fit));
        else {
          this.newPage();
          continue;
        }
      }
      this.y += take * run.lineHeight;
      rest -= take;
      if (rest > 0) this.newPage();
    }
    if (withGap) this.y += run.gapAfter ?? 0;
  }
}

function placeTable(
  cursor: Cursor,
  table: TableBlock,
  m: PageMetrics,
  pages: Map<string, string>,
): void {
  const measure = measureTable(table, m);
  const gap = cursor.reserve(
    measure.before,
    measure.caption + measure.header + (measure.rows[0] ?? 0),
  );
  pages.set(table.caption.anchor, cursor.label());
  cursor.y += gap + measure.caption + measure.header;
  measure.rows.forEach((row, i) => {
    // Group titles and the rows before totals keep with the next row, as both exporters keep them.
    const kept = keepsWithNext(table.body, i) ? (measure.rows[i + 1] ?? 0) : 0;
    if (cursor.y + row + kept > cursor.height + EPSILON) {
      cursor.newPage();
      cursor.y = measure.header;
    }
    cursor.y += row;
  });
  cursor.y += measure.end;
  cursor.pendingAfter = measure.after;
}

function placeBlock(
  cursor: Cursor,
  block: Block,
  m: PageMetrics,
  pages: Map<string, string>,
): void {
  if (block.kind === 'page-break') return cursor.breakPage();
  if (block.kind === 'cover') {
    cursor.breakPage();
    cursor.y = cursor.height;
    return;
  }
  if (block.kind === 'table') return placeTable(cursor, block, m, pages);
  if (block.kind === 'heading' && block.pageBreakBefore) cursor.breakPage();
  const measure = measureBlock(block, m);
  const firstLines = measure.runs?.[0]
    ? Math.min(2, measure.runs[0].lines) * measure.runs[0].lineHeight
    : 0;
  const gap = cursor.reserve(
    measure.before,
    (measure.solid ?? firstLines) + (measure.keepWithNext ?? 0),
  );
  if (block.kind === 'heading') pages.set(block.anchor, cursor.label());
  if (block.kind === 'figure') pages.set(block.caption.anchor, cursor.label());
  cursor.y += gap + (measure.solid ?? 0);
  const runs = measure.runs ?? [];
  // The last run's own gap is the block's space-after, collapsed with what follows.
  runs.forEach((run, i) => cursor.flowLines(run, i < runs.length - 1));
  cursor.pendingAfter = measure.after;
  // A Buku divider has its page to itself.
  if (block.kind === 'heading' && block.role === 'book') cursor.y = cursor.height;
}

/** The estimated page label of every heading and caption anchor. */
export function estimatePages(
  sections: PageSection[],
  profile: ExportProfile,
): Map<string, string> {
  const pages = new Map<string, string>();
  const cursor = new Cursor();
  for (const section of sections) {
    const area = textArea(profile, section.orientation);
    cursor.openSection(section, area.heightPt);
    const m: PageMetrics = { widthPt: area.widthPt, profile };
    for (const block of section.blocks) placeBlock(cursor, block, m, pages);
  }
  return pages;
}
