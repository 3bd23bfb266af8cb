/** How complete a plan is: per section, per chapter, per dimension and overall, 0–1. */
import type { SectionContent } from '../model/project.ts';
import type { PlanContext } from '../plan/context.ts';
import type { OutlineSection } from '../template/outline.ts';
import type { ColumnDef } from '../template/types.ts';
import { sectionHasContent } from './sectionChecks.ts';

export interface Completeness {
  overall: number;
  bySection: Record<string, number>;
  byChapter: Record<string, number>;
  byBook: Record<string, number>;
  byDimension: Record<string, number>;
}

function filled(value: unknown): boolean {
  if (value === undefined || value === '') return false;
  if (Array.isArray(value)) return value.length > 0;
  if (typeof value === 'object' && value !== null) return Object.keys(value).length > 0;
  return true;
}

function share(required: ColumnDef[], records: Record<string, unknown>[]): number {
  if (records.length === 0) return 0;
  if (required.length === 0) return 1;
  let done = 0;
  for (const record of records)
    for (const column of required) if (filled(record[column.id])) done++;
  return done / (required.length * records.length);
}

/** 0–1 for one section: any text for rich text, the share of required cells or fields filled otherwise. */
export function sectionCompleteness(
  ctx: PlanContext,
  section: OutlineSection,
  content: SectionContent | undefined,
): number {
  if (!content || !sectionHasContent(content)) return 0;
  switch (content.kind) {
    case 'richtext':
      return 1;
    case 'fields':
      return share(
        (section.def.fields ?? []).filter((f) => f.required),
        [content.values],
      );
    case 'table': {
      const columns = ctx.template.pack.tables[section.def.table ?? '']?.columns ?? [];
      return share(
        columns.filter((c) => c.required),
        content.rows.map((r) => r.cells),
      );
    }
  }
}

const mean = (values: number[]) =>
  values.length ? values.reduce((a, b) => a + b, 0) / values.length : 1;

/** Completeness over the sections the template marks required. */
export function planCompleteness(ctx: PlanContext): Completeness {
  const counted = ctx.outline.sections.filter(
    (s) => s.def.required && s.def.kind !== 'group' && s.def.kind !== 'generated',
  );
  const bySection: Record<string, number> = {};
  for (const section of counted)
    bySection[section.key] = sectionCompleteness(ctx, section, ctx.project.sections[section.key]);
  const group = (keyOf: (s: OutlineSection) => string | undefined) => {
    const buckets = new Map<string, number[]>();
    for (const section of counted) {
      const key = keyOf(section);
      if (key === undefined) continue;
      const list = buckets.get(key) ?? [];
      list.push(bySection[section.key]!);
      buckets.set(key, list);
    }
    return Object.fromEntries([...buckets].map(([k, v]) => [k, mean(v)]));
  };
  return {
    overall: mean(Object.values(bySection)),
    bySection,
    byChapter: group((s) => s.chapter?.key),
    byBook: group((s) => s.book?.key),
    byDimension: group((s) => s.dimension?.id),
  };
}
