/** Checks of one section's content against its template definition and the schemas. */
import type { Lang } from '../i18n/lang.ts';
import type { SectionContent } from '../model/project.ts';
import type { RichText } from '../model/richtext.ts';
import type { PlanContext } from '../plan/context.ts';
import { columnOptions } from '../plan/options.ts';
import { compileCached, SCHEMA_IDS, validatorFor, type ErrorObject } from '../schema/ajv.ts';
import { valuesSchema } from '../schema/rowSchema.ts';
import type { OutlineSection } from '../template/outline.ts';
import type { ColumnDef } from '../template/types.ts';
import type { Finding } from './finding.ts';
import { findingAt, type CellPlace } from './location.ts';
import { schemaErrorMessage } from './schemaErrors.ts';
import { valueText } from '../format/valueText.ts';

/** The columns of a table section or the fields of a fields section. */
export function columnsOf(
  ctx: Pick<PlanContext, 'template'>,
  section: OutlineSection,
): ColumnDef[] {
  if (section.def.kind === 'fields') return section.def.fields ?? [];
  return ctx.template.pack.tables[section.def.table ?? '']?.columns ?? [];
}

/** The cache key of a section's values schema (shared by all sections of one table). */
export function schemaKey(ctx: Pick<PlanContext, 'template'>, section: OutlineSection): string {
  const { pack } = ctx.template;
  const owner =
    section.def.kind === 'fields' ? `fields:${section.key}` : `table:${section.def.table}`;
  return `${pack.id}@${pack.version}/${owner}`;
}

function hasText(doc: RichText): boolean {
  const stack: unknown[] = [...doc];
  while (stack.length) {
    const node = stack.pop() as { text?: string; children?: unknown[]; type?: string };
    if (node.type === 'image') return true;
    if (typeof node.text === 'string' && node.text.trim() !== '') return true;
    if (node.children) stack.push(...node.children);
  }
  return false;
}

/** Whether a section holds anything a reader would see. */
export function sectionHasContent(content: SectionContent | undefined): boolean {
  if (!content) return false;
  switch (content.kind) {
    case 'richtext':
      return hasText(content.doc);
    case 'table':
      return content.rows.length > 0;
    case 'fields':
      return Object.values(content.values).some(
        (v) => v !== '' && !(Array.isArray(v) && v.length === 0),
      );
  }
}

/** The value an ajv error points at, read from the validated data by its instance path. */
function valueAt(data: unknown, instancePath: string): unknown {
  let value = data;
  for (const segment of instancePath.split('/').filter(Boolean)) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string, unknown>)[segment.replace(/~1/g, '/').replace(/~0/g, '~')];
  }
  return value;
}

function schemaFinding(
  error: ErrorObject,
  data: unknown,
  place: Omit<CellPlace, 'column' | 'field'>,
  columns: ColumnDef[],
  isFields: boolean,
  lang: Lang,
): Finding {
  const path = error.instancePath.split('/').filter(Boolean);
  const columnId =
    error.keyword === 'required' ? String(error.params.missingProperty) : (path[0] ?? '');
  const column = columns.find((c) => c.id === columnId);
  const cellPlace: CellPlace = isFields ? { ...place, field: column } : { ...place, column };
  const yearSegment = path[1];
  if (yearSegment && /^\d{4}$/.test(yearSegment)) cellPlace.year = Number(yearSegment);
  if (
    error.keyword === 'required' ||
    (error.keyword === 'minLength' && column?.required) ||
    error.keyword === 'minItems' ||
    error.keyword === 'minProperties'
  )
    return findingAt(lang, 'error', 'schema.required', cellPlace, 'finding.required', {
      field: column?.label ?? columnId,
    });
  if (error.keyword === 'pattern' && column?.patternHint)
    return findingAt(lang, 'error', 'schema.pattern', cellPlace, 'finding.pattern', {
      hint: column.patternHint,
    });
  if (error.keyword === 'enum' && column)
    return findingAt(lang, 'error', 'schema.enum', cellPlace, 'finding.choice-unknown', {
      value: valueText(valueAt(data, error.instancePath)),
      column: column.label,
    });
  if (error.keyword === 'additionalProperties')
    return findingAt(lang, 'warning', 'schema.additional', cellPlace, 'finding.schema', {
      message: `${schemaErrorMessage(error, lang)}: ${String(error.params.additionalProperty)}`,
    });
  return findingAt(lang, 'error', `schema.${error.keyword}`, cellPlace, 'finding.schema', {
    message: schemaErrorMessage(error, lang),
  });
}

// allOf wrappers report the same problem twice; one finding per place and code is enough.
function dedupe(findings: Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings.filter((f) => {
    const key = `${f.path}|${f.code}`;
    if (seen.has(key) || f.code === 'schema.allOf') return false;
    seen.add(key);
    return true;
  });
}

/** Choice values that the schema cannot know: OPD list, elements, regions, readiness parts. */
// The allowed ids of a column, built once per section check rather than once per cell.
type KnownOptions = Map<ColumnDef, Set<string>>;

function dynamicChoiceFindings(
  ctx: PlanContext,
  place: CellPlace,
  value: unknown,
  lang: Lang,
  cache: KnownOptions,
): Finding[] {
  const column = place.column ?? place.field;
  if (
    !column?.source ||
    !['element', 'region', 'readinessPillar', 'readinessPart'].includes(column.source)
  )
    return [];
  let known = cache.get(column);
  if (!known) {
    known = new Set(columnOptions(ctx, column).map((o) => o.id));
    cache.set(column, known);
  }
  const values = Array.isArray(value)
    ? value
    : typeof value === 'string' && value !== ''
      ? [value]
      : [];
  return values
    .filter((v): v is string => typeof v === 'string' && !known.has(v))
    .map((v) =>
      findingAt(lang, 'error', 'choice.unknown', place, 'finding.choice-unknown', {
        value: v,
        column: column.label,
      }),
    );
}

/** Findings for one section's own content (not the cross-field rules). */
export function checkSectionContent(
  ctx: PlanContext,
  section: OutlineSection,
  lang: Lang,
): Finding[] {
  const { def } = section;
  if (def.kind === 'group' || def.kind === 'generated') return [];
  const content = ctx.project.sections[section.key];
  const findings: Finding[] = [];
  if (content && content.kind !== def.kind) {
    return [
      findingAt(lang, 'error', 'section.kind', { section }, 'finding.section-kind', {
        actual: content.kind,
        expected: def.kind,
      }),
    ];
  }
  if (def.required && !sectionHasContent(content))
    findings.push(findingAt(lang, 'error', 'section.empty', { section }, 'finding.section-empty'));
  if (!content) return findings;
  if (content.kind === 'richtext') {
    const validate = validatorFor(SCHEMA_IDS.richtext);
    if (!validate(content.doc))
      for (const error of validate.errors ?? [])
        findings.push(
          findingAt(lang, 'error', `schema.${error.keyword}`, { section }, 'finding.schema', {
            message: `${error.instancePath} ${schemaErrorMessage(error, lang)}`,
          }),
        );
    return findings;
  }
  const columns = columnsOf(ctx, section);
  const validate = compileCached(schemaKey(ctx, section), () =>
    valuesSchema(columns, ctx.template.framework),
  );
  const known: KnownOptions = new Map();
  if (content.kind === 'fields') {
    if (!validate(content.values))
      findings.push(
        ...dedupe(
          (validate.errors ?? []).map((e) =>
            schemaFinding(e, content.values, { section }, columns, true, lang),
          ),
        ),
      );
    for (const field of columns)
      findings.push(
        ...dynamicChoiceFindings(ctx, { section, field }, content.values[field.id], lang, known),
      );
    return findings;
  }
  content.rows.forEach((row, rowIndex) => {
    const place = { section, rowIndex, rowId: row.id };
    if (!validate(row.cells))
      findings.push(
        ...dedupe(
          (validate.errors ?? []).map((e) =>
            schemaFinding(e, row.cells, place, columns, false, lang),
          ),
        ),
      );
    for (const column of columns)
      findings.push(
        ...dynamicChoiceFindings(ctx, { ...place, column }, row.cells[column.id], lang, known),
      );
  });
  return findings;
}
