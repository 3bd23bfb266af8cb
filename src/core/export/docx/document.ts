/** The Word document of a layout model: sections, styles, numbering, footnotes (properties: coreProperties.ts). */
import { Document } from 'docx';
import type { LayoutDocument } from '../../layout/model.ts';
import { BookmarkNames } from './bookmarks.ts';
import { CaptionSequences } from './captions.ts';
import type { RenderContext } from './context.ts';
import { FootnoteCollector } from './footnotes.ts';
import { planHeadingNumbering } from './headingNumbering.ts';
import { listDefinitions, ListInstances } from './listNumbering.ts';
import { listedTocTitles } from './listedTitles.ts';
import { renderSection } from './sections.ts';
import { documentStyles } from './styles.ts';

/** Builds the docx Document for `doc`; sections are translated in order, sharing one context. */
export function buildDocument(doc: LayoutDocument): Document {
  const headings = planHeadingNumbering(doc.sections);
  const ctx: Omit<RenderContext, 'page'> = {
    profile: doc.profile,
    bookmarks: new BookmarkNames(),
    headings,
    footnotes: new FootnoteCollector(),
    lists: new ListInstances(),
    captions: new CaptionSequences(),
    listedTitles: listedTocTitles(doc),
  };
  const sections = doc.sections.map((section) => renderSection(section, doc, ctx));
  return new Document({
    styles: documentStyles(doc.profile, doc.metadata.language),
    numbering: { config: [...headings.definitions, ...listDefinitions()] },
    footnotes: ctx.footnotes.all(),
    sections,
  });
}
