/**
 * Vite plugin: the module `virtual:rencana-validators` holds every validator the renderer
 * needs as ajv standalone code, generated at build time from the installed template packs.
 * The renderer's CSP forbids `new Function`, which is how ajv compiles schemas at run time.
 */
import standaloneCode from 'ajv/dist/standalone/index.js';
import type { Plugin } from 'vite';
import { builtinTemplates } from '../core/io/templates.ts';
import { createAjv } from '../core/schema/ajv.ts';
import type { LoadedTemplate } from '../core/template/types.ts';
import { validatorTargets } from '../core/validate/precompile.ts';

export const VALIDATORS_MODULE = 'virtual:rencana-validators';
const RESOLVED = `\0${VALIDATORS_MODULE}`;
const SYNTHETIC_ID = 'https://rencana.studio/precompiled/';

/** The ES module source: `export const PRECOMPILED = { key: validate, … }`. */
export function validatorModuleSource(templates: LoadedTemplate[]): string {
  const ajv = createAjv({ source: true, esm: true });
  const exportIds: Record<string, string> = {};
  const keys: Record<string, string> = {};
  validatorTargets(templates).forEach((target, index) => {
    const name = `v${index}`;
    keys[name] = target.key;
    if (target.schema) {
      // Standalone code names schemas by $id; built schemas get a synthetic one.
      exportIds[name] = `${SYNTHETIC_ID}${index}`;
      ajv.addSchema({ ...target.schema, $id: exportIds[name] });
    } else exportIds[name] = target.key;
  });
  const code = standaloneCode(ajv, exportIds);
  // Standalone code keeps CommonJS require() for ajv's runtime helpers; serve them from imports.
  const required = [...new Set([...code.matchAll(/require\("([^"]+)"\)/g)].map((m) => m[1]!))];
  const imports = required.map(
    (spec, i) => `import * as required${i} from ${JSON.stringify(spec)};`,
  );
  const table = required.map((spec, i) => `${JSON.stringify(spec)}: required${i}`).join(', ');
  const entries = Object.entries(keys)
    .map(([name, key]) => `${JSON.stringify(key)}: ${name}`)
    .join(',\n  ');
  return [
    ...imports,
    `const require = (id) => ({ ${table} })[id];`,
    code,
    `export const PRECOMPILED = {\n  ${entries}\n};`,
  ].join('\n');
}

/** The plugin; validators are generated from the built-in packs once per build. */
export function precompiledValidators(): Plugin {
  return {
    name: 'rencana-precompiled-validators',
    resolveId: (source) => (source === VALIDATORS_MODULE ? RESOLVED : undefined),
    load: (id) => (id === RESOLVED ? validatorModuleSource(builtinTemplates().list()) : undefined),
  };
}
