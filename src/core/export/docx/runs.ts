/** Rich text runs of the model as Word runs: formatting, links, footnotes, line breaks. */
import {
  ExternalHyperlink,
  FootnoteReferenceRun,
  TextRun,
  type IRunOptions,
  type ParagraphChild,
} from 'docx';
import type { Run } from '../../layout/model.ts';
import type { FootnoteCollector } from './footnotes.ts';
import { STYLE } from './styleIds.ts';

/** Formatting a block gives all its runs, such as a table cell's size. */
export type RunFormat = Pick<IRunOptions, 'size' | 'color' | 'bold' | 'italics'>;

/** One run per line of `text`, a line break before each but the first. */
export function textRuns(text: string, format: IRunOptions = {}): TextRun[] {
  return text
    .split('\n')
    .map((line, i) => new TextRun({ ...format, text: line, ...(i > 0 ? { break: 1 } : {}) }));
}

function runFormat(run: Run, base: RunFormat): IRunOptions {
  return {
    ...base,
    ...(run.bold ? { bold: true } : {}),
    ...(run.italic ? { italics: true } : {}),
    ...(run.underline ? { underline: {} } : {}),
  };
}

/** The paragraph content of `runs`; footnotes are added to `footnotes`. */
export function renderRuns(
  runs: readonly Run[],
  footnotes: FootnoteCollector,
  base: RunFormat = {},
): ParagraphChild[] {
  return runs.flatMap((run): ParagraphChild[] => {
    if (run.footnote !== undefined) return [new FootnoteReferenceRun(footnotes.add(run.footnote))];
    const format = runFormat(run, base);
    if (run.link === undefined) return textRuns(run.text, format);
    return [
      new ExternalHyperlink({
        link: run.link,
        children: textRuns(run.text, { ...format, style: STYLE.hyperlink }),
      }),
    ];
  });
}
