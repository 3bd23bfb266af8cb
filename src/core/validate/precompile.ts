/**
 * Every schema the validator compiles for a set of template packs, keyed as the validator
 * caches them, so a build step can compile them ahead of time (ajv standalone code) for a
 * renderer whose Content-Security-Policy forbids compiling at run time.
 */
import { SCHEMA_IDS } from '../schema/ajv.ts';
import { valuesSchema } from '../schema/rowSchema.ts';
import { buildOutline } from '../template/outline.ts';
import type { LoadedTemplate } from '../template/types.ts';
import { columnsOf, schemaKey } from './sectionChecks.ts';

export interface ValidatorTarget {
  key: string;
  /** A schema built from the template; absent for a schema registered under `key` itself. */
  schema?: Record<string, unknown>;
}

/** The registered schemas and the per-table / per-fields-section schemas of `templates`. */
export function validatorTargets(templates: LoadedTemplate[]): ValidatorTarget[] {
  const targets = new Map<string, ValidatorTarget>([
    [SCHEMA_IDS.richtext, { key: SCHEMA_IDS.richtext }],
  ]);
  for (const template of templates) {
    for (const section of buildOutline(template).sections) {
      if (section.def.kind !== 'table' && section.def.kind !== 'fields') continue;
      const key = schemaKey({ template }, section);
      if (!targets.has(key))
        targets.set(key, {
          key,
          schema: valuesSchema(columnsOf({ template }, section), template.framework),
        });
    }
  }
  return [...targets.values()];
}
