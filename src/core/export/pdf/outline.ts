/** Bookmarks: every heading, nested by its depth, pointing at the line where it starts. */
import type { HeadingBlock, LayoutDocument } from '../../layout/model.ts';
import type { AnchorPlace } from './anchors.ts';
import { headingTitle } from './blocks/heading.ts';
import type { OutlineItem } from './engine.ts';

/** The headings of the document, in order. */
export function headingsOf(doc: LayoutDocument): HeadingBlock[] {
  return doc.sections.flatMap((section) =>
    section.blocks.filter((block): block is HeadingBlock => block.kind === 'heading'),
  );
}

/** The bookmark tree; a heading's parent is the nearest heading before it with a smaller depth. */
export function outlineTree(
  headings: readonly HeadingBlock[],
  places: ReadonlyMap<string, AnchorPlace>,
): OutlineItem[] {
  const roots: OutlineItem[] = [];
  const open: { depth: number; item: OutlineItem }[] = [];
  for (const heading of headings) {
    const place = places.get(heading.anchor);
    if (!place)
      throw new Error(`PDF: judul "${headingTitle(heading)}" tidak ditemukan di halaman mana pun`);
    const item: OutlineItem = {
      title: headingTitle(heading),
      pageIndex: place.pageIndex,
      top: place.top,
      expanded: heading.depth === 0,
      children: [],
    };
    while (open.length > 0 && (open[open.length - 1]?.depth ?? 0) >= heading.depth) open.pop();
    (open[open.length - 1]?.item.children ?? roots).push(item);
    open.push({ depth: heading.depth, item });
  }
  return roots;
}
