/** Paragraph blocks: the model's paragraph style is a style name of the same name. */
import type { ParagraphBlock } from '../../../layout/model.ts';
import type { BuildContext } from '../context.ts';
import { inlines } from '../runs.ts';
import type { PdfNode, PdfText } from '../types.ts';
import { keepWithNext } from './keep.ts';

/** Sub-headings inside a section's text. */
export function isSubheading(block: ParagraphBlock): boolean {
  return block.style === 'subheading1' || block.style === 'subheading2';
}

/**
 * One paragraph; sub-headings stay with `keep` points of what follows them, and other
 * paragraphs leave no first or last line alone on a page.
 */
export function paragraph(block: ParagraphBlock, ctx: BuildContext, keep: number): PdfNode[] {
  const node: PdfText = { text: inlines(block.runs, ctx.footnotes), style: block.style };
  if (block.align) node.alignment = block.align;
  if (isSubheading(block)) return keepWithNext(node, keep);
  node.keepLines = true;
  return [node];
}
