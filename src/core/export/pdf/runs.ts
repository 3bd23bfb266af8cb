/** Rich text runs → pdfmake inlines: bold, italic, underline, links, footnote markers. */
import type { Run } from '../../layout/model.ts';
import { TEXT_COLOR } from '../../layout/style.ts';
import type { Footnotes } from './footnotes.ts';
import { cssColor } from './styles.ts';
import type { PdfInline } from './types.ts';

const LINK_COLOR = cssColor(TEXT_COLOR.link);

function inline(run: Run): PdfInline {
  const out: PdfInline = { text: run.text };
  if (run.bold) out.bold = true;
  if (run.italic) out.italics = true;
  if (run.underline || run.link) out.decoration = 'underline';
  if (run.link) {
    out.link = run.link;
    out.color = LINK_COLOR;
  }
  return out;
}

/** The inlines of a paragraph, list item or cell; footnotes become numbered markers. */
export function inlines(runs: readonly Run[], footnotes: Footnotes): PdfInline[] {
  return runs.map((run) =>
    run.footnote === undefined ? inline(run) : footnotes.mark(run.footnote),
  );
}
