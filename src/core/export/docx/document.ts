/** The document part (word/document.xml) of a layout model, and the parts its content brings. */
import type { LayoutDocument } from '../../layout/model.ts';
import { BookmarkNames } from './bookmarks.ts';
import { CaptionSequences } from './captions.ts';
import type { RenderContext } from './context.ts';
import { FootnoteCollector } from './footnotes.ts';
import { Furniture } from './headerFooter.ts';
import type { HeadingNumberingPlan } from './headingNumbering.ts';
import { listedTocTitles } from './listedTitles.ts';
import { Media } from './media.ts';
import type { Numbering } from './numbering.ts';
import type { Relationships } from './relationships.ts';
import { renderSection } from './sections.ts';
import { wordPartStart } from './xml.ts';
import { DeflatingText } from './zip.ts';

/** The document part and the parts its content brings, for the package. */
export interface DocumentParts {
  /** word/document.xml, deflated as it is written. */
  body: DeflatingText;
  footnotes: FootnoteCollector;
  media: Media;
  furniture: Furniture;
}

/**
 * Translates `doc` section by section, sharing one context. `relationships`
 * already holds the fixed parts (styles, settings…); `numbering` has the
 * definitions of the headings (`headings`) and lists.
 */
export function buildDocument(
  doc: LayoutDocument,
  headings: HeadingNumberingPlan,
  relationships: Relationships,
  numbering: Numbering,
): DocumentParts {
  const media = new Media(relationships);
  const furniture = new Furniture(relationships, doc.profile);
  const ctx: Omit<RenderContext, 'page'> = {
    profile: doc.profile,
    bookmarks: new BookmarkNames(),
    headings,
    footnotes: new FootnoteCollector(),
    numbering,
    captions: new CaptionSequences(),
    listedTitles: listedTocTitles(doc),
    relationships,
    media,
    furniture,
  };
  const body = new DeflatingText();
  body.write(`${wordPartStart('w:document')}<w:body>`);
  const last = doc.sections.length - 1;
  doc.sections.forEach((section, i) => body.write(renderSection(section, doc, ctx, i === last)));
  body.write('</w:body></w:document>');
  return {
    body,
    footnotes: ctx.footnotes,
    media,
    furniture,
  };
}
