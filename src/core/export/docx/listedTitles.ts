/** Titles of TOC blocks that Daftar Isi lists: entries pointing at no heading or caption. */
import type { Block, LayoutDocument } from '../../layout/model.ts';

function anchorsOf(block: Block): string[] {
  if (block.kind === 'heading') return [block.anchor];
  if (block.kind === 'table' || block.kind === 'figure') return [block.caption.anchor];
  return [];
}

/**
 * A TOC block has a title but no anchor; when Daftar Isi lists it ("DAFTAR TABEL …
 * v"), the entry's anchor is found on no block, and the entry's text names it.
 */
export function listedTocTitles(doc: LayoutDocument): Map<string, string> {
  const blocks = doc.sections.flatMap((section) => section.blocks);
  const anchored = new Set(blocks.flatMap(anchorsOf));
  const titles = new Set(blocks.flatMap((block) => (block.kind === 'toc' ? [block.title] : [])));
  const listed = new Map<string, string>();
  for (const block of blocks) {
    if (block.kind !== 'toc' || block.which !== 'contents') continue;
    for (const entry of block.entries)
      if (!anchored.has(entry.anchor) && titles.has(entry.text))
        listed.set(entry.text, entry.anchor);
  }
  return listed;
}
