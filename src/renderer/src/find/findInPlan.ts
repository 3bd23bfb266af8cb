/** Find in the plan: section titles, rich text, table cells and fields, in document order. */
import type { CellValue } from '../../../core/model/project.ts';
import type { PlanContext } from '../../../core/plan/context.ts';
import { contentSections, type OutlineSection } from '../../../core/template/outline.ts';
import type { FocusTarget } from '../store/uiSlice.ts';

export interface FindHit {
  sectionKey: string;
  /** Where, as the user reads it. */
  where: string;
  before: string;
  match: string;
  after: string;
  target: FocusTarget;
}

const CONTEXT = 40;
/** Results shown at most; more would not help anyone find their place. */
export const FIND_LIMIT = 200;

interface TextTree {
  text?: string;
  children?: TextTree[];
}

function occurrences(text: string, needle: string): number[] {
  const found: number[] = [];
  const haystack = text.toLocaleLowerCase('id');
  for (
    let at = haystack.indexOf(needle);
    at >= 0;
    at = haystack.indexOf(needle, at + needle.length)
  )
    found.push(at);
  return found;
}

function hit(
  text: string,
  at: number,
  length: number,
): Pick<FindHit, 'before' | 'match' | 'after'> {
  const start = Math.max(0, at - CONTEXT);
  return {
    before: (start > 0 ? '…' : '') + text.slice(start, at),
    match: text.slice(at, at + length),
    after:
      text.slice(at + length, at + length + CONTEXT) +
      (at + length + CONTEXT < text.length ? '…' : ''),
  };
}

function textsOf(nodes: TextTree[], path: number[], out: { path: number[]; text: string }[]): void {
  nodes.forEach((node, i) => {
    if (typeof node.text === 'string') out.push({ path: [...path, i], text: node.text });
    if (node.children) textsOf(node.children, [...path, i], out);
  });
}

function cellTexts(value: CellValue | undefined): { text: string; year?: number }[] {
  if (typeof value === 'string') return [{ text: value }];
  if (value && typeof value === 'object' && !Array.isArray(value))
    return Object.entries(value).flatMap(([year, entry]) =>
      typeof entry === 'string' ? [{ text: entry, year: Number(year) }] : [],
    );
  return [];
}

function sectionHits(
  ctx: PlanContext,
  section: OutlineSection,
  needle: string,
  labels: { row: string },
): FindHit[] {
  const hits: FindHit[] = [];
  const where = section.trail.join(' › ');
  const content = ctx.project.sections[section.key];
  if (!content) return hits;
  if (content.kind === 'richtext') {
    const texts: { path: number[]; text: string }[] = [];
    textsOf(content.doc as TextTree[], [], texts);
    for (const { path, text } of texts)
      for (const at of occurrences(text, needle))
        hits.push({
          sectionKey: section.key,
          where,
          ...hit(text, at, needle.length),
          target: { sectionKey: section.key, text: { path, offset: at, length: needle.length } },
        });
  } else if (content.kind === 'table') {
    const columns = ctx.template.pack.tables[section.def.table ?? '']?.columns ?? [];
    content.rows.forEach((row, rowIndex) => {
      for (const column of columns)
        for (const { text, year } of cellTexts(row.cells[column.id]))
          for (const at of occurrences(text, needle))
            hits.push({
              sectionKey: section.key,
              where: `${where}, ${labels.row.replace('{row}', String(rowIndex + 1))}, ${column.label}`,
              ...hit(text, at, needle.length),
              target: { sectionKey: section.key, rowId: row.id, rowIndex, column: column.id, year },
            });
    });
  } else {
    for (const field of section.def.fields ?? [])
      for (const { text } of cellTexts(content.values[field.id]))
        for (const at of occurrences(text, needle))
          hits.push({
            sectionKey: section.key,
            where: `${where}, ${field.label}`,
            ...hit(text, at, needle.length),
            target: { sectionKey: section.key, field: field.id },
          });
  }
  return hits;
}

/** Every place `query` occurs (case-insensitive), at most `limit`. */
export function findInPlan(
  ctx: PlanContext,
  query: string,
  labels: { row: string },
  limit = FIND_LIMIT,
): FindHit[] {
  const needle = query.trim().toLocaleLowerCase('id');
  if (needle.length < 2) return [];
  const hits: FindHit[] = [];
  for (const section of ctx.outline.sections) {
    for (const at of occurrences(section.title, needle))
      hits.push({
        sectionKey: section.key,
        where: section.trail.slice(0, -1).join(' › '),
        ...hit(section.title, at, needle.length),
        target: { sectionKey: section.key },
      });
    if (hits.length >= limit) break;
  }
  for (const section of contentSections(ctx.outline)) {
    hits.push(...sectionHits(ctx, section, needle, labels));
    if (hits.length >= limit) break;
  }
  return hits.slice(0, limit);
}
