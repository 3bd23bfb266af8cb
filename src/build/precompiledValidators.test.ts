import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { builtinTemplates } from '../core/io/templates.ts';
import { registerPrecompiled, type ValidateFunction } from '../core/schema/ajv.ts';
import { validatorTargets } from '../core/validate/precompile.ts';
import { validatePlan } from '../core/validate/index.ts';
import {
  sampleContext,
  sampleProject,
  GOVERNANCE_PROGRAMMES,
  tableRows,
} from '../../tests/fixtures/sample.ts';
import { validatorModuleSource } from './precompiledValidators.ts';

// The generated module as CommonJS, to load it here without a bundler (tests may compile code; the renderer may not).
function loadModule(source: string): Record<string, ValidateFunction> {
  const require = createRequire(import.meta.url);
  const cjs = source
    .replace(/^import \* as (\w+) from ("[^"]+");$/gm, 'const $1 = __load($2);')
    .replace(/^const require = /m, 'const requireShim = ')
    .replace(/require\("/g, 'requireShim("')
    .replace(/export const (\w+) =/g, 'const $1 = exports.$1 =');
  const exports: Record<string, unknown> = {};
  new Function('exports', '__load', cjs)(exports, (id: string) => require(id));
  return exports.PRECOMPILED as Record<string, ValidateFunction>;
}

describe('precompiled validators', () => {
  const templates = builtinTemplates().list();
  const source = validatorModuleSource(templates);

  it('cover every schema the validator compiles for the installed packs', () => {
    const precompiled = loadModule(source);
    expect(Object.keys(precompiled).sort()).toEqual(
      validatorTargets(templates)
        .map((t) => t.key)
        .sort(),
    );
  });

  it('find exactly what run-time compiled validators find', () => {
    const project = sampleProject();
    const rows = tableRows(project, GOVERNANCE_PROGRAMMES);
    rows[0]!.cells.startYear = 2020;
    rows[0]!.cells.code = 42 as unknown as string;
    delete rows[0]!.cells.name;
    const expected = validatePlan(sampleContext(project));
    registerPrecompiled(loadModule(source));
    expect(validatePlan(sampleContext(project))).toEqual(expected);
    expect(expected.some((f) => f.code === 'schema.required')).toBe(true);
  });

  it('contain no run-time code generation', () => {
    expect(source).not.toMatch(/new Function|eval\(/);
  });
});
