/** Headings as Word heading paragraphs: styles, multilevel numbering, bookmarks. */
import type { HeadingBlock } from '../../layout/model.ts';
import type { BlockOptions, RenderContext } from './context.ts';
import type { HeadingNumber } from './headingNumbering.ts';
import { paragraph } from './properties.ts';
import { tabbedRun, textRun } from './runs.ts';
import { STYLE } from './styleIds.ts';

/**
 * Chapters and sections take Heading 1–4. Front matter and annex titles listed in
 * Daftar Isi are unnumbered Heading 1, so Word's navigation pane and TOC see them;
 * unlisted ones take "TOC Heading", which looks the same but has no outline level.
 * The Buku divider has a style of its own with outline level 1, which puts it in
 * the navigation pane and, through the TOC field's \u switch, in the TOC.
 */
function headingStyle(heading: HeadingBlock): string {
  switch (heading.role) {
    case 'chapter':
      return STYLE.heading1;
    case 'section':
      return STYLE.heading2;
    case 'subsection':
      return STYLE.heading3;
    case 'subsubsection':
      return STYLE.heading4;
    case 'book':
      return STYLE.bookTitle;
    case 'front':
    case 'annex':
      return heading.toc ? STYLE.heading1 : STYLE.unlistedTitle;
  }
}

/** Titles print their number on a line of its own: "BAB II" / "SMART GOVERNANCE". */
function isTitleRole(heading: HeadingBlock): boolean {
  return heading.role === 'chapter' || heading.role === 'annex' || heading.role === 'book';
}

function headingContent(heading: HeadingBlock, number: HeadingNumber): string {
  if (number.kind === 'list') return textRun(heading.text, {}, isTitleRole(heading));
  if (heading.number === '') return textRun(heading.text);
  if (isTitleRole(heading)) return textRun(heading.number) + textRun(heading.text, {}, true);
  return tabbedRun([heading.number, heading.text]);
}

/** The heading paragraph, bookmarked for the table of contents. */
export function renderHeading(
  heading: HeadingBlock,
  ctx: RenderContext,
  options: BlockOptions,
): string {
  const number = ctx.headings.numberOf(heading);
  return paragraph(
    {
      style: headingStyle(heading),
      pageBreakBefore: heading.pageBreakBefore || options.pageBreakBefore,
      // numId 0 switches off the list the heading style carries.
      numbering:
        number.kind === 'list'
          ? { numId: ctx.numbering.numIdOf(number.reference), level: number.level }
          : { numId: 0, level: 0 },
    },
    ctx.bookmarks.around(heading.anchor, headingContent(heading, number)),
  );
}
