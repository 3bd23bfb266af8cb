/**
 * The layout builder: turns a plan and its template into the LayoutDocument both
 * exporters translate. Every content decision (what is printed, how it is numbered,
 * which pages are landscape, what the TOC says) is made here, once.
 */
import type { PlanContext } from '../plan/context.ts';
import { writeAnnexes } from './annexes.ts';
import { writeBody } from './body.ts';
import { annexesFollow, selectBook } from './bookSelection.ts';
import { coverBlock } from './cover.ts';
import { createLayoutEnv } from './env.ts';
import { exportFileBaseName } from './fileName.ts';
import { SectionFlow } from './flow.ts';
import { writeFrontMatter } from './frontMatter.ts';
import { documentMetadata } from './metadata.ts';
import type { Block, BookSelection, LayoutDocument, PageSection, TocBlock } from './model.ts';
import { estimatePages } from './paginate.ts';
import { chartFontFiles } from './rasterize.ts';
import { applyPages, collectEntries } from './toc.ts';

export type { BookSelection, LayoutDocument } from './model.ts';
export { exportFileBaseName } from './fileName.ts';

export interface LayoutOptions {
  book: BookSelection;
  /** Stamps `metadata.created`; without it the plan's own date is used, so output is reproducible. */
  now?: Date;
  /** Font files for charts; by default the shipped Liberation Sans. */
  chartFontFiles?: string[];
  /**
   * Estimate the page of every TOC entry (default true). The PDF exporter prints the
   * pages where entries landed and leaves this out; the entries' estimates are then "".
   */
  estimatePages?: boolean;
}

/** Leaves out an empty Daftar Tabel or Daftar Gambar together with the page break before it. */
function dropEmptyLists(blocks: Block[]): Block[] {
  const empty = (b: Block | undefined) => b?.kind === 'toc' && b.entries.length === 0;
  return blocks.filter((b, i) => !empty(b) && !(b.kind === 'page-break' && empty(blocks[i + 1])));
}

function tocBlocks(sections: PageSection[]): TocBlock[] {
  return sections.flatMap((s) => s.blocks.filter((b): b is TocBlock => b.kind === 'toc'));
}

/** Builds the document of the whole plan (`book: 'all'`) or of one Buku. */
export function buildLayout(ctx: PlanContext, options: LayoutOptions): LayoutDocument {
  const book = selectBook(ctx, options.book);
  const env = createLayoutEnv(ctx, options.chartFontFiles ?? chartFontFiles());
  const flow = new SectionFlow();

  flow.start('none', false, false);
  flow.push(coverBlock(ctx, book));
  flow.start('roman', true, true);
  const lists = writeFrontMatter(env, flow);
  flow.start('arabic', true, true);
  writeBody(env, flow, book ? [book] : ctx.outline.books, book === undefined);
  if (annexesFollow(ctx, book)) writeAnnexes(env, flow, ctx.outline.annexes);

  const drafted = flow.finish();
  const entries = collectEntries(drafted, book === undefined);
  lists.contents.entries = entries.contents;
  lists.tables.entries = entries.tables;
  lists.figures.entries = entries.figures;
  const sections = drafted.map((s) => ({ ...s, blocks: dropEmptyLists(s.blocks) }));
  if (options.estimatePages ?? true) {
    const pages = estimatePages(sections, env.profile);
    for (const toc of tocBlocks(sections)) applyPages(toc.entries, pages);
  }

  return {
    metadata: documentMetadata(ctx, book, options.now),
    profile: env.profile,
    headerText: ctx.project.meta.title,
    fileBaseName: exportFileBaseName(ctx.template.pack, ctx.project, options.book),
    sections,
  };
}
