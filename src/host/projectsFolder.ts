/**
 * The browser host's file access: every path the browser sends is relative to one projects
 * folder, and nothing outside it (by "..", an absolute path or a symbolic link) is touched.
 */
import { existsSync, readdirSync, realpathSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import type { ProjectFileEntry } from '../shared/api.ts';
import { AppError } from '../shared/messages.ts';
import type { FileAccess } from '../main/handlers/env.ts';
import { PROJECT_EXTENSION } from '../main/handlers/fileNames.ts';

function inside(root: string, candidate: string): boolean {
  const rel = relative(root, candidate);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

// The deepest part of the path that exists, resolved through links: a link inside the folder
// that points outside it must not open a way out.
function realpathOfExisting(path: string): string {
  let current = path;
  const rest: string[] = [];
  while (!existsSync(current)) {
    const parent = dirname(current);
    if (parent === current) break;
    rest.unshift(current.slice(parent.length).replace(/^[\\/]/, ''));
    current = parent;
  }
  return join(realpathSync(current), ...rest);
}

const MAX_LISTED = 500;

/** File access confined to `root` (created by the caller). */
export function projectsFolderAccess(root: string): FileAccess {
  const realRoot = realpathSync(root);
  const outside = (path: string) => new AppError('app.path-outside', { path, folder: root });
  return {
    resolve(userPath) {
      if (isAbsolute(userPath) || /^[a-zA-Z]:/.test(userPath) || userPath.startsWith('\\'))
        throw outside(userPath);
      const absolute = resolve(realRoot, userPath);
      if (!inside(realRoot, absolute) || !inside(realRoot, realpathOfExisting(absolute)))
        throw outside(userPath);
      return absolute;
    },
    display(absolutePath) {
      return relative(realRoot, absolutePath).split(sep).join('/');
    },
    grant() {
      // Everything inside the folder is already allowed; nothing outside ever is.
    },
    list() {
      const found: ProjectFileEntry[] = [];
      const walk = (folder: string, depth: number) => {
        for (const entry of readdirSync(folder, { withFileTypes: true })) {
          if (found.length >= MAX_LISTED || entry.name.startsWith('.')) continue;
          const full = join(folder, entry.name);
          if (entry.isDirectory() && depth < 2) walk(full, depth + 1);
          else if (entry.isFile() && entry.name.toLowerCase().endsWith(PROJECT_EXTENSION)) {
            const stat = statSync(full);
            found.push({
              path: relative(realRoot, full).split(sep).join('/'),
              name: entry.name,
              modified: stat.mtime.toISOString(),
              bytes: stat.size,
            });
          }
        }
      };
      walk(realRoot, 0);
      return found.sort((a, b) => b.modified.localeCompare(a.modified));
    },
    defaultFolder: () => realRoot,
  };
}
