/**
 * The layout model's page sections → pdfmake sections. Each section starts a new
 * page with its orientation; pdfmake calls the section's background callback for
 * every page it creates, which tells us later which section each page is in.
 * Page breaks: a heading's pageBreakBefore and PageBreakBlock, never at the top
 * of a page (no blank pages).
 */
import type { Block, HeadingRole, LayoutDocument, PageSection } from '../../layout/model.ts';
import { blockNodes } from './blocks/index.ts';
import { coverWatermark } from './blocks/cover.ts';
import type { BuildContext } from './context.ts';
import type { PdfNode, PdfSection } from './types.ts';

/** Headings that end a chapter's footnotes. */
const CHAPTER_LEVEL: ReadonlySet<HeadingRole> = new Set(['book', 'chapter', 'front', 'annex']);

export interface BuiltContent {
  content: { stack: PdfSection[] };
  /** Index in doc.sections of each physical page's section (index = page number − 1), filled during layout. */
  sectionOfPage: number[];
}

function startsChapter(block: Block): boolean {
  return block.kind === 'heading' && CHAPTER_LEVEL.has(block.role);
}

function sectionNodes(section: PageSection, ctx: BuildContext): PdfNode[] {
  const nodes: PdfNode[] = [];
  const flushNotes = (): void => {
    const notes = ctx.footnotes.flush();
    if (notes) nodes.push(notes);
  };
  let pageHasContent = false;
  let breakPending = false;
  section.blocks.forEach((block, index) => {
    if (block.kind === 'page-break') {
      breakPending = pageHasContent;
      return;
    }
    if (startsChapter(block)) flushNotes();
    const translated = blockNodes(block, section.blocks[index + 1], ctx);
    const first = translated[0];
    if (first) {
      const wantsBreak = breakPending || (block.kind === 'heading' && block.pageBreakBefore);
      if (wantsBreak && pageHasContent) first.pageBreak = 'before';
      nodes.push(...translated);
      pageHasContent = true;
      breakPending = false;
    }
  });
  flushNotes();
  return nodes;
}

/** The document's content; sections without content are left out. */
export function buildContent(
  doc: LayoutDocument,
  base: Omit<BuildContext, 'orientation'>,
): BuiltContent {
  const sectionOfPage: number[] = [];
  const sections: PdfSection[] = [];
  doc.sections.forEach((section, index) => {
    const nodes = sectionNodes(section, { ...base, orientation: section.orientation });
    if (nodes.length === 0) return;
    const coverBlock = section.blocks.find((block) => block.kind === 'cover');
    const watermark = coverBlock ? coverWatermark(coverBlock) : undefined;
    sections.push({
      section: { stack: nodes },
      pageOrientation: section.orientation,
      background: (pageNumber) => {
        sectionOfPage[pageNumber - 1] = index;
        return null;
      },
      ...(watermark ? { watermark } : {}),
    });
  });
  return { content: { stack: sections }, sectionOfPage };
}
