/**
 * The layout model's page sections → pdfmake sections. Each section starts a new
 * page with its orientation and is laid out on its own (index.ts). Page breaks: a heading's pageBreakBefore and PageBreakBlock, never at the top
 * of a page (no blank pages).
 */
import type { Block, HeadingRole, PageSection } from '../../layout/model.ts';
import { blockNodes } from './blocks/index.ts';
import { coverWatermark } from './blocks/cover.ts';
import type { BuildContext } from './context.ts';
import type { PdfNode, PdfSection } from './types.ts';

/** Headings that end a chapter's footnotes. */
const CHAPTER_LEVEL: ReadonlySet<HeadingRole> = new Set(['book', 'chapter', 'front', 'annex']);

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

/** A page section's content; undefined when it has none (it then prints no page). */
export function buildSection(section: PageSection, ctx: BuildContext): PdfSection | undefined {
  const nodes = sectionNodes(section, ctx);
  if (nodes.length === 0) return undefined;
  const coverBlock = section.blocks.find((block) => block.kind === 'cover');
  const watermark = coverBlock ? coverWatermark(coverBlock) : undefined;
  return {
    section: { stack: nodes },
    pageOrientation: section.orientation,
    ...(watermark ? { watermark } : {}),
  };
}

/**
 * A section cut at its page breaks: parts that each begin a page of their own and
 * so can be laid out on their own, with the section's orientation and watermark.
 * Laying out a part at a time keeps fewer pages in memory, and a table split
 * before a stranded row (keptRows.ts) then lays out only its own part again.
 */
export function splitAtPageBreaks(section: PdfSection): PdfSection[] {
  const parts: PdfNode[][] = [];
  for (const node of section.section.stack) {
    if (node.pageBreak === 'before' || parts.length === 0) {
      // The part starts a page anyway; a break before its first node would leave one blank.
      const first = { ...node };
      delete first.pageBreak;
      parts.push([first]);
    } else parts[parts.length - 1]!.push(node);
  }
  return parts.map((stack) => ({ ...section, section: { ...section.section, stack } }));
}
