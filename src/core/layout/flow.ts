/** Pours blocks into page sections, opening a new section whenever the orientation changes. */
import type { Orientation } from './geometry.ts';
import type { Block, PageNumbering, PageSection } from './model.ts';

function isCarriedHeading(block: Block | undefined): boolean {
  // Headings at the foot of a section belong to what follows; a Buku divider keeps its own page.
  return block?.kind === 'heading' && block.role !== 'book';
}

/** Collects the blocks of the document into PageSections in order. */
export class SectionFlow {
  private readonly sections: PageSection[] = [];
  private orientation: Orientation = 'portrait';

  /** Starts a new run of pages (cover, front matter, body) in portrait. */
  start(numbering: PageNumbering, restartNumbering: boolean, headerFooter: boolean): void {
    this.orientation = 'portrait';
    this.sections.push({
      orientation: 'portrait',
      numbering,
      restartNumbering,
      headerFooter,
      blocks: [],
    });
  }

  /** The orientation of the blocks pushed from now on. */
  orient(orientation: Orientation): void {
    this.orientation = orientation;
  }

  /** Adds blocks in the current orientation. */
  push(...blocks: Block[]): void {
    if (blocks.length === 0) return;
    this.current(this.orientation).blocks.push(...blocks);
  }

  private current(orientation: Orientation): PageSection {
    const last = this.sections[this.sections.length - 1];
    if (!last) throw new Error('SectionFlow: start() must come before push()');
    if (last.orientation === orientation) return last;
    if (last.blocks.length === 0) {
      last.orientation = orientation;
      return last;
    }
    // Same page numbering continues; only the orientation changes.
    const next: PageSection = { ...last, orientation, restartNumbering: false, blocks: [] };
    const carried: Block[] = [];
    while (isCarriedHeading(last.blocks[last.blocks.length - 1]))
      carried.unshift(last.blocks.pop()!);
    next.blocks.push(...carried);
    if (last.blocks.length === 0) {
      this.sections.pop();
      next.restartNumbering = last.restartNumbering;
    }
    this.sections.push(next);
    return next;
  }

  /**
   * The finished sections. Every section starts on a new page, so the first block of
   * a section never asks for a page break itself (that would leave a blank page).
   */
  finish(): PageSection[] {
    return this.sections
      .filter((s) => s.blocks.length > 0)
      .map((s) => {
        const blocks = s.blocks[0]?.kind === 'page-break' ? s.blocks.slice(1) : s.blocks;
        const [first, ...rest] = blocks;
        if (first?.kind === 'heading' && first.pageBreakBefore)
          return { ...s, blocks: [{ ...first, pageBreakBefore: false }, ...rest] };
        return { ...s, blocks };
      });
  }
}
