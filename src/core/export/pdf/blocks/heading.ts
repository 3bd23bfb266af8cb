/**
 * Headings. Chapters, annexes and Buku dividers: number and title on two centred
 * lines; front-matter titles centred; sections "2.1 Title" with the title hanging
 * after the number. The heading's anchor is its link and bookmark target.
 */
import { mmToPt } from '../../../layout/geometry.ts';
import { textWidthPt } from '../../../layout/metrics.ts';
import type { HeadingBlock } from '../../../layout/model.ts';
import { HEADING_NUMBER_MM } from '../../../layout/style.ts';
import type { BuildContext } from '../context.ts';
import type { StyleName } from '../styles.ts';
import type { PdfNode } from '../types.ts';
import { keepWithNext } from './keep.ts';

type NumberedRole = 'section' | 'subsection' | 'subsubsection';

function centred(block: HeadingBlock, style: StyleName): PdfNode {
  const lines = block.number ? `${block.number}\n${block.text}` : block.text;
  return { text: lines, style, id: block.anchor };
}

const DEPTH: Record<NumberedRole, 1 | 2 | 3> = { section: 1, subsection: 2, subsubsection: 3 };

/** "2.1" hanging in a column as wide as the DOCX's hanging indent, the title beside it. */
function numbered(block: HeadingBlock, role: NumberedRole, ctx: BuildContext): PdfNode {
  if (!block.number) return { text: block.text, style: role, id: block.anchor };
  const { size } = ctx.type;
  // A long number ("10.12.3") pushes the title on, as a Word tab does.
  const width = Math.max(
    mmToPt(HEADING_NUMBER_MM[DEPTH[role]]),
    textWidthPt(block.number, size, true) + size / 2,
  );
  return {
    columns: [
      { width, text: block.number, id: block.anchor, noWrap: true },
      { width: '*', text: block.text },
    ],
    columnGap: 0,
    style: role,
  };
}

function headingNode(block: HeadingBlock, ctx: BuildContext): PdfNode {
  switch (block.role) {
    case 'book':
      return centred(block, 'bookTitle');
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
