/**
 * Headings. Chapters, annexes and Buku dividers: number and title on two centred
 * lines; front-matter titles centred; sections "2.1 Title" with the title hanging
 * after the number. The heading's anchor is its link and bookmark target.
 */
import type { HeadingBlock } from '../../../layout/model.ts';
import { type BuildContext, textHeight } from '../context.ts';
import type { StyleName } from '../styles.ts';
import type { PdfNode } from '../types.ts';
import { keepWithNext } from './keep.ts';

type NumberedRole = 'section' | 'subsection' | 'subsubsection';

// Where a Buku divider's title sits: a third of the way down the page.
const BOOK_TITLE_DROP = 0.3;

function centred(block: HeadingBlock, style: StyleName): PdfNode {
  const lines = block.number ? `${block.number}\n${block.text}` : block.text;
  return { text: lines, style, id: block.anchor };
}

function numbered(block: HeadingBlock, role: NumberedRole, ctx: BuildContext): PdfNode {
  if (!block.number) return { text: block.text, style: role, id: block.anchor };
  return {
    columns: [
      { width: 'auto', text: block.number, id: block.anchor, noWrap: true },
      { width: '*', text: block.text },
    ],
    columnGap: ctx.type.size * 0.75,
    style: role,
  };
}

function headingNode(block: HeadingBlock, ctx: BuildContext): PdfNode {
  switch (block.role) {
    case 'book':
      return {
        ...centred(block, 'bookTitle'),
        margin: [0, textHeight(ctx) * BOOK_TITLE_DROP, 0, ctx.type.size * 2],
      };
    case 'chapter':
    case 'annex':
      return centred(block, 'chapterTitle');
    case 'front':
      return centred(block, 'frontTitle');
    case 'section':
    case 'subsection':
    case 'subsubsection':
      return numbered(block, block.role, ctx);
  }
}

/** The heading, kept on the same page as `keep` points of what follows it. */
export function heading(block: HeadingBlock, ctx: BuildContext, keep: number): PdfNode[] {
  return keepWithNext(headingNode(block, ctx), keep);
}

/** The heading's text as a bookmark shows it: "BAB II PENDAHULUAN", "2.1 Latar Belakang". */
export function headingTitle(block: HeadingBlock): string {
  return block.number ? `${block.number} ${block.text}` : block.text;
}
