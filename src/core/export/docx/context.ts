/** What every block translator needs: the profile, the page it is on, and the document's registries. */
import type { ExportProfile } from '../../template/types.ts';
import type { BookmarkNames } from './bookmarks.ts';
import type { CaptionSequences } from './captions.ts';
import type { FootnoteCollector } from './footnotes.ts';
import type { Furniture } from './headerFooter.ts';
import type { HeadingNumberingPlan } from './headingNumbering.ts';
import type { Media } from './media.ts';
import type { Numbering } from './numbering.ts';
import type { Relationships } from './relationships.ts';
import type { PageGeometry } from './units.ts';

export interface RenderContext {
  profile: ExportProfile;
  /** The page of the section being translated. */
  page: PageGeometry;
  bookmarks: BookmarkNames;
  headings: HeadingNumberingPlan;
  footnotes: FootnoteCollector;
  /** List instances of headings and lists. */
  numbering: Numbering;
  captions: CaptionSequences;
  /** Anchors of titles that Daftar Isi lists, by their text (for TOC block titles). */
  listedTitles: ReadonlyMap<string, string>;
  /** The document part's relationships (links, images, headers, footers). */
  relationships: Relationships;
  media: Media;
  furniture: Furniture;
}

/** Options every block translator takes. */
export interface BlockOptions {
  /** Start the block on a new page (a page-break block came before it). */
  pageBreakBefore: boolean;
}
