/** One model block → its pdfmake nodes. */
import type { Block } from '../../../layout/model.ts';
import type { BuildContext } from '../context.ts';
import type { PdfNode } from '../types.ts';
import { cover } from './cover.ts';
import { figure } from './figure.ts';
import { heading } from './heading.ts';
import { leadHeight } from './lead.ts';
import { list } from './list.ts';
import { paragraph } from './paragraph.ts';
import { signature } from './signature.ts';
import { table } from './table.ts';
import { toc } from './toc.ts';

/** The nodes of a block, given the block after it; page breaks are handled by the caller (content.ts). */
export function blockNodes(block: Block, next: Block | undefined, ctx: BuildContext): PdfNode[] {
  switch (block.kind) {
    case 'cover':
      return [cover(block, ctx)];
    case 'heading':
      return heading(block, ctx, leadHeight(next, ctx));
    case 'paragraph':
      return paragraph(block, ctx, leadHeight(next, ctx));
    case 'list':
      return [list(block, ctx)];
    case 'table':
      return table(block, ctx);
    case 'figure':
      return [figure(block, ctx)];
    case 'toc':
      return toc(block, ctx);
    case 'signature':
      return [signature(block, ctx)];
    case 'page-break':
      return [];
  }
}
