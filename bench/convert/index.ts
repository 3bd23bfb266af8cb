/** Writes the Markdown and HTML twins of a plan's export, for the tools people would otherwise use. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { LayoutDocument } from '../../src/core/layout/model.ts';
import { layoutToHtml } from './html.ts';
import { layoutToMarkdown } from './markdown.ts';
import { MediaFolder } from './media.ts';

export interface Equivalents {
  markdown: string;
  html: string;
}

/** Writes `plan.md`, `plan.html` and their images into `dir`. */
export function writeEquivalents(layout: LayoutDocument, dir: string): Equivalents {
  const media = new MediaFolder(join(dir, 'media'));
  const markdown = join(dir, 'plan.md');
  const html = join(dir, 'plan.html');
  writeFileSync(markdown, layoutToMarkdown(layout, media));
  writeFileSync(html, layoutToHtml(layout, media));
  return { markdown, html };
}
