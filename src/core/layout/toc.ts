/** Daftar Isi, Daftar Tabel and Daftar Gambar: entries collected from the finished blocks. */
import type {
  Caption,
  HeadingBlock,
  HeadingRole,
  PageSection,
  TocEntry,
  TocKind,
} from './model.ts';

const LEVEL: Record<HeadingRole, number> = {
  book: 0,
  front: 1,
  chapter: 1,
  annex: 1,
  section: 2,
  subsection: 3,
  subsubsection: 4,
};

function headingEntry(heading: HeadingBlock, level: number): TocEntry {
  return {
    level,
    number: heading.number,
    text: heading.text,
    anchor: heading.anchor,
    pageEstimate: '',
  };
}

function captionEntry(caption: Caption): TocEntry {
  return {
    level: 1,
    number: caption.label,
    text: caption.text,
    anchor: caption.anchor,
    pageEstimate: '',
  };
}

/**
 * The entries of the three lists in document order, pages still empty. With
 * `groupCaptions` (whole-plan exports, where "Tabel 2.1" exists in every Buku) the
 * table and figure lists get a level-0 entry for each Buku and Lampiran that has any.
 */
export function collectEntries(
  sections: PageSection[],
  groupCaptions: boolean,
): Record<TocKind, TocEntry[]> {
  const result: Record<TocKind, TocEntry[]> = { contents: [], tables: [], figures: [] };
  let group: HeadingBlock | undefined;
  const grouped: Record<'tables' | 'figures', HeadingBlock | undefined> = {
    tables: undefined,
    figures: undefined,
  };
  const addCaption = (which: 'tables' | 'figures', caption: Caption) => {
    if (groupCaptions && group && grouped[which] !== group) {
      result[which].push(headingEntry(group, 0));
      grouped[which] = group;
    }
    result[which].push(captionEntry(caption));
  };
  for (const section of sections)
    for (const block of section.blocks) {
      if (block.kind === 'heading') {
        if (block.role === 'book' || block.role === 'annex') group = block;
        if (block.toc) result.contents.push(headingEntry(block, LEVEL[block.role]));
      } else if (block.kind === 'table') addCaption('tables', block.caption);
      else if (block.kind === 'figure') addCaption('figures', block.caption);
    }
  return result;
}

/** Writes the estimated page labels into the entries. */
export function applyPages(entries: TocEntry[], pages: ReadonlyMap<string, string>): void {
  for (const entry of entries) entry.pageEstimate = pages.get(entry.anchor) ?? '';
}
