/**
 * Derives the JSON Schema of a table row or a fields section from the template's
 * column definitions. Types and ranges come from schemas/cells.schema.json; the
 * template adds required, min/max, patterns and fixed option lists.
 */
import type { ColumnDef, Framework } from '../template/types.ts';
import { SCHEMA_IDS } from './ajv.ts';

function cellRef(type: ColumnDef['type']): { $ref: string } {
  return { $ref: `${SCHEMA_IDS.cells}#/$defs/${type}` };
}

/** The schema of one cell value of `column`. */
export function columnSchema(column: ColumnDef, framework: Framework): Record<string, unknown> {
  const parts: Record<string, unknown>[] = [cellRef(column.type)];
  const extra: Record<string, unknown> = {};
  if (column.min !== undefined) extra.minimum = column.min;
  if (column.max !== undefined) extra.maximum = column.max;
  if (column.pattern) extra.pattern = column.pattern;
  if (column.required && (column.type === 'text' || column.type === 'longtext'))
    extra.minLength = 1;
  if (column.required && column.type === 'multichoice') extra.minItems = 1;
  if (column.required && (column.type === 'yearlyRupiah' || column.type === 'yearlyText'))
    extra.minProperties = 1;
  // Fixed lists are known to the schema; project-specific lists (OPD, elements per dimension) are rules.
  const fixed =
    column.options?.map((o) => o.id) ??
    (column.source === 'dimension' ? framework.dimensions.map((d) => d.id) : undefined) ??
    (column.source === 'funding' ? framework.fundingSources.map((f) => f.id) : undefined) ??
    (column.source === 'track' ? framework.tracks.map((t) => t.id) : undefined);
  if (fixed && column.type === 'choice') extra.enum = fixed;
  if (fixed && column.type === 'multichoice') extra.items = { enum: fixed };
  if (Object.keys(extra).length > 0) parts.push(extra);
  return parts.length === 1 ? parts[0]! : { allOf: parts };
}

/** The schema of a table row's `cells` or a fields section's `values`. */
export function valuesSchema(columns: ColumnDef[], framework: Framework): Record<string, unknown> {
  return {
    type: 'object',
    properties: Object.fromEntries(columns.map((c) => [c.id, columnSchema(c, framework)])),
    required: columns.filter((c) => c.required).map((c) => c.id),
    additionalProperties: false,
  };
}
