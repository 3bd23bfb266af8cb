/**
 * The desktop app's file access: the renderer may only name files the user chose (open and
 * save dialogs, the recent list, the file the app was launched with) or that the app wrote
 * (exports). Any other path from the renderer is refused.
 */
import { isAbsolute, normalize } from 'node:path';
import type { FileAccess } from './handlers/env.ts';
import { AppError } from '../shared/messages.ts';

/** File access by grant; `defaultFolder` is where new plans and their exports go. */
export function grantedFileAccess(defaultFolder: string): FileAccess {
  const granted = new Set<string>();
  return {
    resolve(userPath) {
      const path = normalize(userPath);
      if (!isAbsolute(path) || !granted.has(path))
        throw new AppError('app.path-not-allowed', { path: userPath });
      return path;
    },
    display: (absolutePath) => normalize(absolutePath),
    grant(absolutePath) {
      granted.add(normalize(absolutePath));
    },
    list: () => [],
    defaultFolder: () => defaultFolder,
  };
}
