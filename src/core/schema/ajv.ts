/** The one ajv instance: every schema in `schemas/` is added here and compiled once. */
import Ajv2020 from 'ajv/dist/2020.js';
import type { CodeOptions, ErrorObject, ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import cellsSchema from '../../../schemas/cells.schema.json' with { type: 'json' };
import frameworkSchema from '../../../schemas/framework.schema.json' with { type: 'json' };
import projectSchema from '../../../schemas/project.schema.json' with { type: 'json' };
import richtextSchema from '../../../schemas/richtext.schema.json' with { type: 'json' };
import templatePackSchema from '../../../schemas/template-pack.schema.json' with { type: 'json' };

export const SCHEMA_BASE = 'https://rencana.studio/schemas/';

export const SCHEMA_IDS = {
  project: `${SCHEMA_BASE}project.schema.json`,
  richtext: `${SCHEMA_BASE}richtext.schema.json`,
  cells: `${SCHEMA_BASE}cells.schema.json`,
  templatePack: `${SCHEMA_BASE}template-pack.schema.json`,
  templateTables: `${SCHEMA_BASE}template-pack.schema.json#/$defs/tables`,
  framework: `${SCHEMA_BASE}framework.schema.json`,
} as const;

let instance: Ajv2020 | undefined;
const compiled = new Map<string, ValidateFunction>();

/**
 * A new ajv instance with every schema registered. `code` options are for build tools that
 * generate standalone validator code (the renderer cannot compile schemas under its CSP).
 */
export function createAjv(code?: CodeOptions): Ajv2020 {
  const created = new Ajv2020({
    allErrors: true,
    strict: true,
    strictRequired: false,
    strictTypes: false,
    strictTuples: false,
    messages: true,
    ...(code ? { code } : {}),
  });
  addFormats.default(created);
  for (const schema of [
    cellsSchema,
    richtextSchema,
    projectSchema,
    templatePackSchema,
    frameworkSchema,
  ]) {
    created.addSchema(schema);
  }
  return created;
}

/** The shared ajv instance with all schemas registered. */
export function ajv(): Ajv2020 {
  instance ??= createAjv();
  return instance;
}

/** Installs validators compiled ahead of time, under the keys validatorFor/compileCached use. */
export function registerPrecompiled(validators: Record<string, ValidateFunction>): void {
  for (const [key, fn] of Object.entries(validators)) compiled.set(key, fn);
}

/** A validator for a registered schema id (or `id#/pointer`), compiled once. */
export function validatorFor(schemaRef: string): ValidateFunction {
  let fn = compiled.get(schemaRef);
  if (!fn) {
    const found = ajv().getSchema(schemaRef);
    if (!found) throw new Error(`Skema tidak terdaftar: ${schemaRef}`);
    fn = found;
    compiled.set(schemaRef, fn);
  }
  return fn;
}

/**
 * Compiles a schema made at run time (e.g. a table's row schema), cached by key. Pass a
 * function to build the schema only on a cache miss (validation runs on every keystroke).
 */
export function compileCached(key: string, schema: object | (() => object)): ValidateFunction {
  let fn = compiled.get(key);
  if (!fn) {
    fn = ajv().compile(typeof schema === 'function' ? schema() : schema);
    compiled.set(key, fn);
  }
  return fn;
}

export type { ErrorObject, ValidateFunction };
