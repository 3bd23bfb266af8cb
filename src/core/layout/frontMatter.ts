/** Front matter: Lembar Pengesahan, Kata Pengantar, the three lists, Ringkasan Eksekutif. */
import type { OutlineSection } from '../template/outline.ts';
import { approvalBlocks } from './approval.ts';
import type { LayoutEnv } from './env.ts';
import type { SectionFlow } from './flow.ts';
import { titleHeading } from './headings.ts';
import type { Block, TocBlock, TocKind } from './model.ts';
import { sectionBody } from './sectionBody.ts';

/** The lists go right after this section (or at the end of the front matter when the pack has none). */
export const LISTS_AFTER = 'kata-pengantar';

/** The printed titles of the three lists. */
export const TOC_TITLES: Record<TocKind, string> = {
  contents: 'DAFTAR ISI',
  tables: 'DAFTAR TABEL',
  figures: 'DAFTAR GAMBAR',
};

export type FrontMatterLists = Record<TocKind, TocBlock>;

function frontBlocks(env: LayoutEnv, section: OutlineSection): Block[] {
  const content = env.ctx.project.sections[section.key];
  if (section.def.id === 'pengesahan' && section.def.kind === 'fields') {
    const values = content?.kind === 'fields' ? content.values : undefined;
    return [
      titleHeading(env, 'front', '', section.title, 0),
      ...approvalBlocks(env.ctx, section.def, values),
    ];
  }
  const body = sectionBody(env, section);
  if (!body) return [];
  return [titleHeading(env, 'front', '', section.title, 0), ...body.blocks];
}

function lists(): FrontMatterLists {
  const list = (which: TocKind): TocBlock => ({
    kind: 'toc',
    which,
    title: TOC_TITLES[which],
    entries: [],
  });
  return { contents: list('contents'), tables: list('tables'), figures: list('figures') };
}

/**
 * Writes the front matter and returns its three lists, still empty: they are filled
 * once the whole document exists (and an empty Daftar Tabel/Gambar is then removed).
 * Each list starts on a new page and prints its own title; it has no heading block.
 */
export function writeFrontMatter(env: LayoutEnv, flow: SectionFlow): FrontMatterLists {
  env.captions.enter('');
  const tocs = lists();
  const pushLists = () => {
    for (const toc of [tocs.contents, tocs.tables, tocs.figures])
      flow.push({ kind: 'page-break' }, toc);
  };
  const sections = env.ctx.outline.frontMatter;
  const anchorIndex = sections.findIndex((s) => s.def.id === LISTS_AFTER);
  sections.forEach((section, index) => {
    flow.push(...frontBlocks(env, section));
    if (index === anchorIndex) pushLists();
  });
  if (anchorIndex < 0) pushLists();
  return tocs;
}
