/** Rich text runs of the model as Word runs: formatting, links, footnotes, line breaks. */
import type { Run } from '../../layout/model.ts';
import type { RenderContext } from './context.ts';
import { runProperties, type RunProps } from './properties.ts';
import { STYLE } from './styleIds.ts';
import { escapeXml } from './xml.ts';

/** Formatting a block gives all its runs, such as a table cell's size. */
export type RunFormat = Pick<RunProps, 'size' | 'color' | 'bold' | 'italic'>;

/** The text element of a run; nothing for no text. */
export function runText(text: string): string {
  return text === '' ? '' : `<w:t xml:space="preserve">${escapeXml(text)}</w:t>`;
}

/** One run of `text`, optionally after a line break. */
export function textRun(text: string, format: RunProps = {}, lineBreak = false): string {
  return `<w:r>${runProperties(format)}${lineBreak ? '<w:br/>' : ''}${runText(text)}</w:r>`;
}

/** One run of texts separated by tabs ("2.1⇥Latar Belakang"). */
export function tabbedRun(parts: readonly string[], format: RunProps = {}): string {
  return `<w:r>${runProperties(format)}${parts.map(runText).join('<w:tab/>')}</w:r>`;
}

/** One run per line of `text`, a line break before each but the first. */
export function textRuns(text: string, format: RunProps = {}): string {
  if (!text.includes('\n')) return textRun(text, format);
  return text
    .split('\n')
    .map((line, i) => textRun(line, format, i > 0))
    .join('');
}

function runFormat(run: Run, base: RunFormat): RunProps {
  if (!run.bold && !run.italic && !run.underline) return base;
  return {
    ...base,
    ...(run.bold ? { bold: true } : {}),
    ...(run.italic ? { italic: true } : {}),
    ...(run.underline ? { underline: true } : {}),
  };
}

/** The reference mark of a footnote in the text. */
export function footnoteReference(id: number): string {
  return `<w:r><w:rPr><w:rStyle w:val="${STYLE.footnoteReference}"/></w:rPr><w:footnoteReference w:id="${id}"/></w:r>`;
}

/**
 * A run with nothing of its own to format: no footnote, link, emphasis or line
 * break. It is written with the formatting its block gives all runs.
 */
export function isPlainRun(run: Run): boolean {
  return (
    run.footnote === undefined &&
    run.link === undefined &&
    !run.bold &&
    !run.italic &&
    !run.underline &&
    !run.text.includes('\n')
  );
}

/** The paragraph content of `runs`; footnotes go to the context's footnotes, links to its relationships. */
export function renderRuns(runs: readonly Run[], ctx: RenderContext, base: RunFormat = {}): string {
  let xml = '';
  for (const run of runs) {
    if (run.footnote !== undefined) {
      xml += footnoteReference(ctx.footnotes.add(run.footnote));
      continue;
    }
    const format = runFormat(run, base);
    if (run.link === undefined) {
      xml += textRuns(run.text, format);
      continue;
    }
    const id = ctx.relationships.hyperlink(run.link);
    xml += `<w:hyperlink r:id="${id}" w:history="1">${textRuns(run.text, { ...format, style: STYLE.hyperlink })}</w:hyperlink>`;
  }
  return xml;
}
