/** The blocks of a page section, each translated by its own module. */
import type { Block } from '../../layout/model.ts';
import type { BlockOptions, RenderContext } from './context.ts';
import { renderCover } from './cover.ts';
import { renderFigure } from './figures.ts';
import { renderHeading } from './headings.ts';
import { renderList } from './lists.ts';
import { renderParagraph } from './paragraphs.ts';
import { paragraph } from './properties.ts';
import { renderSignature } from './signature.ts';
import { renderTable } from './tables.ts';
import { renderToc } from './toc.ts';

type ContentBlock = Exclude<Block, { kind: 'page-break' }>;

function unhandled(block: never): never {
  throw new Error(`Blok tata letak tidak dikenal: ${JSON.stringify(block)}`);
}

function renderBlock(block: ContentBlock, ctx: RenderContext, options: BlockOptions): string[] {
  switch (block.kind) {
    case 'cover':
      return renderCover(block, ctx, options);
    case 'heading':
      return [renderHeading(block, ctx, options)];
    case 'paragraph':
      return [renderParagraph(block, ctx, options)];
    case 'list':
      return renderList(block, ctx, options);
    case 'table':
      return renderTable(block, ctx, options);
    case 'figure':
      return renderFigure(block, ctx, options);
    case 'toc':
      return renderToc(block, ctx, options);
    case 'signature':
      return renderSignature(block, ctx, options);
    default:
      return unhandled(block);
  }
}

/**
 * The section's content as body elements (paragraphs and tables). A page break
 * becomes "page break before" on the block after it, so the new page does not
 * start with an empty line; a break at the end of a section is dropped, as the
 * next section starts a new page anyway.
 */
export function renderBlocks(blocks: readonly Block[], ctx: RenderContext): string[] {
  const elements: string[] = [];
  let pageBreakBefore = false;
  for (const block of blocks) {
    if (block.kind === 'page-break') {
      if (pageBreakBefore) elements.push(paragraph({ pageBreakBefore: true }));
      pageBreakBefore = true;
      continue;
    }
    for (const element of renderBlock(block, ctx, { pageBreakBefore })) elements.push(element);
    pageBreakBefore = false;
  }
  return elements;
}
