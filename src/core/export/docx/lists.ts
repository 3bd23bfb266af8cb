/** Bulleted and numbered lists, nested, each numbered from 1 on its own. */
import { Paragraph } from 'docx';
import type { ListBlock } from '../../layout/model.ts';
import type { BlockOptions, RenderContext } from './context.ts';
import { BULLET_LIST, ORDERED_LIST } from './listNumbering.ts';
import { renderRuns } from './runs.ts';
import { STYLE } from './styleIds.ts';

/** Word supports nine list levels; deeper items stay on the last. */
const MAX_LEVEL = 8;

const NO_BREAK: BlockOptions = { pageBreakBefore: false };

function listParagraphs(
  list: ListBlock,
  level: number,
  ctx: RenderContext,
  options: BlockOptions,
): Paragraph[] {
  const numbering = {
    reference: list.ordered ? ORDERED_LIST : BULLET_LIST,
    level: Math.min(level, MAX_LEVEL),
    instance: ctx.lists.take(),
  };
  return list.items.flatMap((item, index) => [
    new Paragraph({
      style: STYLE.listParagraph,
      numbering,
      pageBreakBefore: options.pageBreakBefore && index === 0,
      children: renderRuns(item.runs, ctx.footnotes),
    }),
    ...(item.children ? listParagraphs(item.children, level + 1, ctx, NO_BREAK) : []),
  ]);
}

/** The list's paragraphs, each nested list after the item it belongs to. */
export function renderList(
  list: ListBlock,
  ctx: RenderContext,
  options: BlockOptions,
): Paragraph[] {
  return listParagraphs(list, 0, ctx, options);
}
