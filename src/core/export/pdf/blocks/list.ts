/** Lists, nested: numbers 1. → a. → i. and bullets • → ◦ → ▪ by depth. */
import type { ListBlock } from '../../../layout/model.ts';
import type { BuildContext } from '../context.ts';
import { inlines } from '../runs.ts';
import type { PdfBulletList, PdfListType, PdfNode, PdfOrderedList } from '../types.ts';

const NUMBERS: readonly PdfListType[] = ['decimal', 'lower-alpha', 'lower-roman'];
const BULLETS: readonly PdfListType[] = ['disc', 'circle', 'square'];

function byDepth(types: readonly PdfListType[], depth: number): PdfListType {
  return types[depth % types.length] ?? 'disc';
}

function nested(
  block: ListBlock,
  ctx: BuildContext,
  depth: number,
): PdfOrderedList | PdfBulletList {
  const items: PdfNode[] = block.items.map((item) => {
    const text: PdfNode = { text: inlines(item.runs, ctx.footnotes) };
    return item.children ? { stack: [text, nested(item.children, ctx, depth + 1)] } : text;
  });
  return block.ordered
    ? { ol: items, type: byDepth(NUMBERS, depth) }
    : { ul: items, type: byDepth(BULLETS, depth) };
}

/** A top-level list with its nested lists. */
export function list(block: ListBlock, ctx: BuildContext): PdfNode {
  return { ...nested(block, ctx, 0), style: 'list' };
}
