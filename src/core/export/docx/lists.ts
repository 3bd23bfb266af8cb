/** Bulleted and numbered lists, nested, each numbered from 1 on its own. */
import type { ListBlock } from '../../layout/model.ts';
import type { BlockOptions, RenderContext } from './context.ts';
import { BULLET_LIST, ORDERED_LIST } from './listNumbering.ts';
import { paragraph } from './properties.ts';
import { renderRuns } from './runs.ts';
import { STYLE } from './styleIds.ts';

/** Word supports nine list levels; deeper items stay on the last. */
const MAX_LEVEL = 8;

function listParagraphs(
  list: ListBlock,
  level: number,
  ctx: RenderContext,
  pageBreakBefore: boolean,
  into: string[],
): void {
  const numbering = {
    numId: ctx.numbering.restartedNumId(list.ordered ? ORDERED_LIST : BULLET_LIST),
    level: Math.min(level, MAX_LEVEL),
  };
  list.items.forEach((item, index) => {
    into.push(
      paragraph(
        {
          style: STYLE.listParagraph,
          pageBreakBefore: pageBreakBefore && index === 0,
          numbering,
        },
        renderRuns(item.runs, ctx),
      ),
    );
    if (item.children) listParagraphs(item.children, level + 1, ctx, false, into);
  });
}

/** The list's paragraphs, each nested list after the item it belongs to. */
export function renderList(list: ListBlock, ctx: RenderContext, options: BlockOptions): string[] {
  const paragraphs: string[] = [];
  listParagraphs(list, 0, ctx, options.pageBreakBefore, paragraphs);
  return paragraphs;
}
