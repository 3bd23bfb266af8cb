/**
 * Autosave and restore: each window writes a recovery copy of its unsaved plan into the
 * recovery folder; at the next start the copies no live window writes are offered.
 */
import { basename } from 'node:path';
import {
  discardRecovery as removeRecovery,
  findRecovery,
  listRecoveries as listCopies,
  readRecovery,
  recoveryId,
  writeRecovery,
} from '../../core/io/recovery.ts';
import type { ApiInput, AutosaveDone, OpenedProject, RecoveryOffer } from '../../shared/api.ts';
import { AppError } from '../../shared/messages.ts';
import type { HandlerEnv } from './env.ts';
import { suggestedProjectFileName } from './fileNames.ts';
import { takeFile } from './project.ts';

/** Where a copy's file may be shown and reopened in this shell, if anywhere. */
function reachable(env: HandlerEnv, absolute: string | undefined): string | undefined {
  if (absolute === undefined) return undefined;
  try {
    env.files.grant(absolute);
    const shown = env.files.display(absolute);
    env.files.resolve(shown);
    return shown;
  } catch {
    return undefined;
  }
}

/** autosave: the window's plan as it is now, written atomically as its recovery copy. */
export function autosave(input: ApiInput<'autosave'>, env: HandlerEnv): AutosaveDone {
  const session = env.sessions.get(input.window);
  const absolute = input.path === undefined ? undefined : env.files.resolve(input.path);
  // One copy per window, named after its file (or "tanpa-judul") and the window: two tabs
  // with the same file (read-only, or after a take-over) never write over each other's copy.
  const base = absolute === undefined ? 'tanpa-judul' : recoveryId(absolute);
  const id = session.recoveryId ?? `${base}-${recoveryId(`jendela:${input.window}`)}`;
  const entry = writeRecovery(env.recoveryFolder, input.project, { originalPath: absolute, id });
  session.recoveryId = entry.id;
  return { id: entry.id, takenAt: entry.takenAt };
}

/** listRecoveries: copies left by windows that are gone (a crash, a killed app), newest first. */
export function listRecoveries(_input: undefined, env: HandlerEnv): RecoveryOffer[] {
  const inUse = env.sessions.recoveryIdsInUse();
  return listCopies(env.recoveryFolder)
    .filter((entry) => !inUse.has(entry.id))
    .map((entry) => {
      const path = reachable(env, entry.originalPath);
      return {
        id: entry.id,
        title: entry.title,
        takenAt: entry.takenAt,
        ...(entry.originalPath !== undefined ? { name: basename(entry.originalPath) } : {}),
        ...(path !== undefined ? { path } : {}),
      };
    });
}

/**
 * restoreRecovery: the copy's plan, bound to its original file when that may still be
 * written (so Simpan saves there), under that file's lock; the copy stays until saved.
 */
export function restoreRecovery(
  input: ApiInput<'restoreRecovery'>,
  env: HandlerEnv,
): OpenedProject {
  const entry = findRecovery(env.recoveryFolder, input.id);
  if (!entry || env.sessions.recoveryIdsInUse().has(entry.id))
    throw new AppError('app.recovery-missing');
  const project = readRecovery(entry);
  const template = env.templates.forProject(project.template);
  const path = reachable(env, entry.originalPath);
  let held = {};
  if (path !== undefined && entry.originalPath !== undefined) {
    const absolute = env.files.resolve(path);
    held = takeFile(env, input.window, absolute, input.mode ?? 'normal');
  } else env.sessions.closeFile(input.window);
  env.sessions.get(input.window).recoveryId = entry.id;
  return {
    project,
    template,
    ...(path !== undefined ? { path } : {}),
    name:
      entry.originalPath !== undefined
        ? basename(entry.originalPath)
        : suggestedProjectFileName(project),
    migrated: false,
    restored: true,
    ...held,
  };
}

/** discardRecovery: Buang — the copy is deleted. */
export function discardRecovery(input: ApiInput<'discardRecovery'>, env: HandlerEnv): null {
  if (env.sessions.recoveryIdsInUse().has(input.id)) throw new AppError('app.recovery-missing');
  removeRecovery(env.recoveryFolder, input.id);
  return null;
}
