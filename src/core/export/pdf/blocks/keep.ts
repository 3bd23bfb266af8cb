/**
 * Keep-with-next, which pdfmake lacks: the node and an empty strip of `space`
 * points below it form one unbreakable block, so the node moves to the next page
 * when what follows would not fit under it; the strip is then taken back.
 * Only for nodes that surely fit on a page (headings, captions). Empty stacks,
 * because an empty text node still takes a line.
 */
import type { PdfNode } from '../types.ts';

/** The node followed by the nodes that implement keep-with-next. */
export function keepWithNext(node: PdfNode, space: number): PdfNode[] {
  return [
    { stack: [node, { stack: [], margin: [0, 0, 0, space] }], unbreakable: true },
    { stack: [], margin: [0, -space, 0, 0] },
  ];
}
