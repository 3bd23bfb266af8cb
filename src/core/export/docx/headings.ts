/** Headings as Word heading paragraphs: styles, multilevel numbering, bookmarks. */
import { Bookmark, Paragraph, Tab, TextRun, type ParagraphChild } from 'docx';
import type { HeadingBlock } from '../../layout/model.ts';
import type { BlockOptions, RenderContext } from './context.ts';
import type { HeadingNumber } from './headingNumbering.ts';
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

function headingContent(heading: HeadingBlock, number: HeadingNumber): ParagraphChild[] {
  if (number.kind === 'list')
    return [new TextRun({ text: heading.text, ...(isTitleRole(heading) ? { break: 1 } : {}) })];
  if (heading.number === '') return [new TextRun(heading.text)];
  if (isTitleRole(heading))
    return [new TextRun(heading.number), new TextRun({ text: heading.text, break: 1 })];
  return [new TextRun({ children: [heading.number, new Tab(), heading.text] })];
}

/** The heading paragraph, bookmarked for the table of contents. */
export function renderHeading(
  heading: HeadingBlock,
  ctx: RenderContext,
  options: BlockOptions,
): Paragraph {
  const number = ctx.headings.numberOf(heading);
  return new Paragraph({
    style: headingStyle(heading),
    pageBreakBefore: heading.pageBreakBefore || options.pageBreakBefore,
    numbering:
      number.kind === 'list' ? { reference: number.reference, level: number.level } : false,
    children: [
      new Bookmark({
        id: ctx.bookmarks.of(heading.anchor),
        children: headingContent(heading, number),
      }),
    ],
  });
}
