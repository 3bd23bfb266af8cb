/**
 * Lists, nested, as the layout's style has them: markers by depth (1. → a. → i.;
 * • → ◦ → ▪) hanging in a column of LIST_INDENT_PT, the text beside it, nested lists
 * indented by the same step, as the DOCX's list levels are.
 */
import type { ListBlock } from '../../../layout/model.ts';
import {
  BULLET_GLYPH,
  LIST_INDENT_PT,
  bulletMarker,
  orderedLabel,
  orderedMarker,
} from '../../../layout/style.ts';
import type { BuildContext } from '../context.ts';
import { inlines } from '../runs.ts';
import type { PdfNode } from '../types.ts';

function marker(block: ListBlock, depth: number, index: number): string {
  return block.ordered
    ? orderedLabel(orderedMarker(depth), index + 1)
    : BULLET_GLYPH[bulletMarker(depth)];
}

function items(block: ListBlock, ctx: BuildContext, depth: number): PdfNode[] {
  return block.items.map((item, index) => {
    const text: PdfNode = { text: inlines(item.runs, ctx.footnotes), style: 'listItem' };
    const body = item.children ? [text, ...items(item.children, ctx, depth + 1)] : [text];
    return {
      columns: [
        { width: LIST_INDENT_PT, text: marker(block, depth, index), style: 'listMarker' },
        { width: '*', stack: body },
      ],
      columnGap: 0,
    };
  });
}

/** A top-level list with its nested lists. */
export function list(block: ListBlock, ctx: BuildContext): PdfNode {
  return { stack: items(block, ctx, 0) };
}
