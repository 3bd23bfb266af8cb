/**
 * Daftar Isi, Daftar Tabel and Daftar Gambar as Word's own TOC fields, pre-filled
 * with the model's entries and estimated page numbers: the reader sees a complete
 * list when the file opens, and Word's "Update Table" rebuilds it from the headings
 * and captions. Each entry links to its bookmark and shows its page through a
 * PAGEREF field, as in a table Word made itself.
 */
import type { TocBlock, TocEntry } from '../../layout/model.ts';
import { lastLine, textWidthPt } from '../../layout/metrics.ts';
import { isTocGroupEntry } from '../../layout/style.ts';
import type { BlockOptions, RenderContext } from './context.ts';
import { field, fieldEnd, fieldStart } from './fields.ts';
import { paragraph, type TabStop } from './properties.ts';
import { tabbedRun, textRun } from './runs.ts';
import { STYLE } from './styleIds.ts';
import { tocIndents } from './tocIndents.ts';

const TOC_STYLES = [STYLE.toc1, STYLE.toc1, STYLE.toc2, STYLE.toc3] as const;

/** The SEQ identifier a list of captions collects, from its captions ("Tabel 2.1" → "Tabel"). */
function captionIdentifier(block: TocBlock): string {
  const caption = block.entries.find((entry) => entry.level > 0);
  const fromEntries = caption?.number.split(/\s+/)[0];
  if (fromEntries) return fromEntries;
  return block.which === 'tables' ? 'Tabel' : 'Gambar';
}

/**
 * The TOC field code: headings 1–3 and, through \u, every paragraph with an outline
 * level, which takes in the Buku titles; or the captions of one SEQ sequence. The
 * Buku style is not named with \t: Word reads that switch with the system's list
 * separator, ";" on Indonesian Windows, so a "," written here could fail there.
 */
export function tocFieldCode(block: TocBlock): string {
  if (block.which === 'contents') return 'TOC \\o "1-3" \\h \\z \\u';
  return `TOC \\h \\z \\c "${captionIdentifier(block)}"`;
}

/**
 * Group entries (Buku, chapters, front matter, annexes) take the bold TOC 1, so Word
 * keeps them bold when it rebuilds the table; sections take TOC 2–3. In the lists of
 * tables and figures a level-0 entry heads the captions of one Buku; Word leaves
 * those heads out when it rebuilds the list from the captions.
 */
function entryStyle(block: TocBlock, level: number): string {
  if (isTocGroupEntry(block.which, level)) return STYLE.toc1;
  if (block.which !== 'contents') return STYLE.tableOfFigures;
  return TOC_STYLES[Math.min(Math.max(level, 0), TOC_STYLES.length - 1)] ?? STYLE.toc1;
}

/** Entry text as Word writes it: sections "2.1⇥Latar Belakang", titles and captions with a space. */
function entryText(block: TocBlock, entry: TocEntry): string {
  if (entry.number === '') return textRun(entry.text);
  if (block.which === 'contents' && entry.level >= 2) return tabbedRun([entry.number, entry.text]);
  return textRun(`${entry.number} ${entry.text}`);
}

/**
 * Whether the entry's last line leaves no room for a dot leader and its page number.
 * Word and LibreOffice then print the number straight after the title ("Jawab92");
 * the pre-filled entry puts it on a line of its own instead, as a reader expects.
 */
function numberNeedsOwnLine(block: TocBlock, entry: TocEntry, ctx: RenderContext): boolean {
  const size = ctx.profile.fontSizePt;
  const indent = tocIndents(size)[entryStyle(block, entry.level)] ?? { left: 0, hanging: 0 };
  const numbered = block.which === 'contents' && entry.level >= 2 && entry.number !== '';
  const text = numbered || !entry.number ? entry.text : `${entry.number} ${entry.text}`;
  const rest = (ctx.page.textWidth - indent.left) / 20;
  const first = numbered ? rest : rest + indent.hanging / 20;
  const bold = isTocGroupEntry(block.which, entry.level);
  const last = lastLine(text, first, rest, size, bold);
  const room = textWidthPt(`.... ${entry.pageEstimate}`, size, bold);
  return last.usedPt + room > last.widthPt;
}

function entryContent(block: TocBlock, entry: TocEntry, ctx: RenderContext): string {
  const bookmark = ctx.bookmarks.of(entry.anchor);
  const tab = `<w:r>${numberNeedsOwnLine(block, entry, ctx) ? '<w:br/>' : ''}<w:tab/></w:r>`;
  const content =
    entryText(block, entry) + tab + field(`PAGEREF ${bookmark} \\h`, entry.pageEstimate);
  return `<w:hyperlink w:anchor="${bookmark}" w:history="1">${content}</w:hyperlink>`;
}

/** The page-number column: a right tab with dot leader at the text's edge, as Word sets it on each entry. */
function pageNumberTab(ctx: RenderContext): TabStop[] {
  return [{ position: ctx.page.textWidth, leader: 'dot' }];
}

function entryParagraphs(block: TocBlock, ctx: RenderContext): string[] {
  const code = tocFieldCode(block);
  const tabs = pageNumberTab(ctx);
  if (block.entries.length === 0)
    return [paragraph({ style: entryStyle(block, 1) }, fieldStart(code) + fieldEnd())];
  const last = block.entries.length - 1;
  return block.entries.map((entry, i) =>
    paragraph(
      { style: entryStyle(block, entry.level), tabs },
      (i === 0 ? fieldStart(code) : '') +
        entryContent(block, entry, ctx) +
        (i === last ? fieldEnd() : ''),
    ),
  );
}

/**
 * The title: an unnumbered Heading 1 when Daftar Isi lists it (so Word's own table
 * keeps listing it), else the unlisted title style.
 */
function titleParagraph(block: TocBlock, ctx: RenderContext, options: BlockOptions): string {
  const anchor = ctx.listedTitles.get(block.title);
  const text = textRun(block.title);
  return paragraph(
    {
      style: anchor === undefined ? STYLE.unlistedTitle : STYLE.heading1,
      pageBreakBefore: options.pageBreakBefore,
      // numId 0 switches off the list the heading style carries.
      numbering: { numId: 0, level: 0 },
    },
    anchor === undefined ? text : ctx.bookmarks.around(anchor, text),
  );
}

/** The list's title and its pre-filled field. */
export function renderToc(block: TocBlock, ctx: RenderContext, options: BlockOptions): string[] {
  return [titleParagraph(block, ctx, options), ...entryParagraphs(block, ctx)];
}
