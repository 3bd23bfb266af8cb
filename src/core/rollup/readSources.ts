/** Reads the regency/city plan files of a roll-up (Node only); unreadable files are skipped, not fatal. */
import { realpathSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import type { Lang } from '../i18n/lang.ts';
import { msg, UserError } from '../i18n/messages.ts';
import { readProjectFile } from '../io/projectFile.ts';
import { builtinTemplates } from '../io/templates.ts';
import { planContext } from '../plan/context.ts';
import type { TemplateRegistry } from '../template/registry.ts';
import type { LoadedSource, SkippedSource } from './sources.ts';

function canonicalPath(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}

/** Reads `files` (relative to `cwd`); the target itself, the same file twice and unreadable files become skips. */
export function readSources(
  files: string[],
  cwd: string,
  lang: Lang,
  options: { targetFile?: string; registry?: TemplateRegistry } = {},
): { loaded: LoadedSource[]; skipped: SkippedSource[] } {
  const { targetFile, registry = builtinTemplates() } = options;
  const loaded: LoadedSource[] = [];
  const skipped: SkippedSource[] = [];
  const target = targetFile === undefined ? undefined : canonicalPath(resolve(cwd, targetFile));
  const seen = new Set<string>();
  files.forEach((file, index) => {
    const path = canonicalPath(resolve(cwd, file));
    if (path === target) {
      skipped.push({ index, file, key: 'rollup.skip.is-target', params: { file } });
      return;
    }
    if (seen.has(path)) {
      skipped.push({ index, file, key: 'rollup.skip.duplicate-file', params: { file } });
      return;
    }
    seen.add(path);
    try {
      const { project } = readProjectFile(path);
      const ctx = planContext(project, registry.forProject(project.template, path));
      loaded.push({ index, file, name: basename(path), ctx });
    } catch (error) {
      if (!(error instanceof UserError)) throw error;
      // The loader's message names the file (by its full path: shown by its name here),
      // so the skip does not name it a second time.
      const named = 'file' in error.params;
      skipped.push({
        index,
        file,
        key: named ? 'rollup.skip.unreadable-named' : 'rollup.skip.unreadable',
        params: {
          file,
          reason: msg(lang, error.key, {
            ...error.params,
            ...(named ? { file: basename(path) } : {}),
          }),
        },
      });
    }
  });
  return { loaded, skipped };
}
