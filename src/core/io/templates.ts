/** Reads template packs and frameworks from a folder (Node only). */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { UserError } from '../i18n/messages.ts';
import { parseFramework, parseTemplate } from '../template/parse.ts';
import { createRegistry, type TemplateRegistry } from '../template/registry.ts';
import type { Framework } from '../template/types.ts';

/** The `templates/` folder of this checkout or installed app. */
export const BUILTIN_TEMPLATES_DIR = fileURLToPath(new URL('../../../templates', import.meta.url));

function readJson(path: string, root: string): unknown {
  const shown = relative(join(root, '..'), path);
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new UserError('template.invalid', {
      file: shown,
      place: '/',
      problem: error instanceof SyntaxError ? `JSON tidak sah (${error.message})` : String(error),
    });
  }
}

/** Loads every pack under `dir` (folders with a pack.json) against the frameworks in `dir/frameworks`. */
export function loadTemplateRegistry(dir: string = BUILTIN_TEMPLATES_DIR): TemplateRegistry {
  const frameworkDir = join(dir, 'frameworks');
  const frameworks: Framework[] = readdirSync(frameworkDir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) =>
      parseFramework(
        readJson(join(frameworkDir, name), dir),
        relative(join(dir, '..'), join(frameworkDir, name)),
      ),
    );
  const packs = readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(dir, entry.name, 'pack.json')))
    .map((entry) => entry.name)
    .sort()
    .map((name) => {
      const packPath = join(dir, name, 'pack.json');
      const tablesPath = join(dir, name, 'tables.json');
      return parseTemplate(readJson(packPath, dir), readJson(tablesPath, dir), frameworks, {
        pack: relative(join(dir, '..'), packPath),
        tables: relative(join(dir, '..'), tablesPath),
      });
    });
  return createRegistry(packs);
}

let builtin: TemplateRegistry | undefined;

/** The built-in packs, loaded once per process. */
export function builtinTemplates(): TemplateRegistry {
  builtin ??= loadTemplateRegistry();
  return builtin;
}
