/**
 * How much room the start of a block needs on a page. A heading (or sub-heading)
 * is kept with that much of what follows it, so it never ends a page alone, also
 * when a table's caption or a whole figure moves on to the next page.
 */
import type { Block } from '../../../layout/model.ts';
import { type BuildContext, textHeight } from '../context.ts';
import { figureLead } from './figure.ts';
import { isSubheading } from './paragraph.ts';
import { tableLead } from './table.ts';

// Beyond this the heading could not sit on a page with what it keeps.
const MAX_SHARE_OF_PAGE = 0.75;

function isHeadingLike(block: Block): boolean {
  return block.kind === 'heading' || (block.kind === 'paragraph' && isSubheading(block));
}

/**
 * Room for the start of `block`: three lines of running text, a heading (about two
 * lines) and three lines under it, a table's caption and first rows, or a whole figure.
 * Three lines, not two: widow and orphan control (widowControl.ts) moves a three-line
 * paragraph whole when only two of its lines fit, and the heading must go with it.
 */
export function leadHeight(block: Block | undefined, ctx: BuildContext): number {
  const line = ctx.type.lineStep;
  let lead = 3 * line;
  if (block && isHeadingLike(block)) lead = 5 * line;
  if (block?.kind === 'table') lead = Math.max(lead, tableLead(block, ctx));
  if (block?.kind === 'figure') lead = Math.max(lead, figureLead(block, ctx));
  return Math.min(lead, textHeight(ctx) * MAX_SHARE_OF_PAGE);
}
