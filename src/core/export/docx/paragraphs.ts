/** Body paragraphs in the style the model names. */
import type { ParagraphBlock, ParagraphStyle } from '../../layout/model.ts';
import type { BlockOptions, RenderContext } from './context.ts';
import { paragraph } from './properties.ts';
import { renderRuns } from './runs.ts';
import { STYLE } from './styleIds.ts';

const PARAGRAPH_STYLE: Record<ParagraphStyle, string> = {
  body: STYLE.normal,
  subheading1: STYLE.subheading1,
  subheading2: STYLE.subheading2,
  placeholder: STYLE.placeholder,
  note: STYLE.note,
};

/** A paragraph of the model as a Word paragraph. */
export function renderParagraph(
  block: ParagraphBlock,
  ctx: RenderContext,
  options: BlockOptions,
): string {
  return paragraph(
    {
      style: PARAGRAPH_STYLE[block.style],
      pageBreakBefore: options.pageBreakBefore,
      align: block.align,
    },
    renderRuns(block.runs, ctx),
  );
}
