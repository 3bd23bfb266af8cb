/** Counts the words a reader sees in a project: rich text, captions, table and field texts. */
import type { CellValue, Project } from '../../src/core/model/project.ts';
import { wordCount } from './sentences.ts';

function cellWords(value: CellValue): number {
  if (typeof value === 'string') return wordCount(value);
  if (Array.isArray(value) || typeof value !== 'object') return 0;
  return Object.values(value).reduce<number>(
    (sum, v) => sum + (typeof v === 'string' ? wordCount(v) : 0),
    0,
  );
}

function nodeWords(node: unknown): number {
  if (!node || typeof node !== 'object') return 0;
  const record = node as {
    text?: unknown;
    caption?: unknown;
    note?: unknown;
    children?: unknown[];
  };
  let words = 0;
  for (const key of ['text', 'caption', 'note'] as const) {
    const value = record[key];
    if (typeof value === 'string') words += wordCount(value);
  }
  for (const child of record.children ?? []) words += nodeWords(child);
  return words;
}

export interface ProjectWords {
  /** Rich text: paragraphs, lists, sub-headings, captions, footnotes. */
  prose: number;
  /** Everything: rich text, table cells and fields. */
  all: number;
}

/** Words of the whole project. */
export function projectWords(project: Project): ProjectWords {
  let prose = 0;
  let cells = 0;
  for (const content of Object.values(project.sections)) {
    if (content.kind === 'richtext') for (const block of content.doc) prose += nodeWords(block);
    if (content.kind === 'table')
      for (const row of content.rows)
        for (const value of Object.values(row.cells)) cells += cellWords(value);
    if (content.kind === 'fields')
      for (const value of Object.values(content.values)) cells += cellWords(value);
  }
  return { prose, all: prose + cells };
}
