/** Handlers that create, open and save projects, each under the lock of the window that has it. */
import { existsSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { UserError } from '../../core/i18n/messages.ts';
import {
  acquireLock,
  forceLock,
  isOwnLock,
  lockHolderOf,
  type LockHolder,
} from '../../core/io/lock.ts';
import { readProjectFile, writeProjectFile } from '../../core/io/projectFile.ts';
import { discardRecovery } from '../../core/io/recovery.ts';
import type { Project } from '../../core/model/project.ts';
import { createProject, parsePeriod } from '../../core/project/create.ts';
import type { ApiInput, LockInfo, OpenedProject, SavedProject } from '../../shared/api.ts';
import { AppError } from '../../shared/messages.ts';
import { shortDateTime } from '../../shared/when.ts';
import type { HandlerEnv } from './env.ts';
import { PROJECT_EXTENSION, suggestedProjectFileName, withProjectExtension } from './fileNames.ts';
import { changedOnDisk, lockInfoOf, stampOf, type OpenFile } from './sessions.ts';

/** How a plan held elsewhere is opened. */
export type OpenMode = 'normal' | 'read-only' | 'take-over';

function requireProjectFile(absolute: string): string {
  if (!absolute.toLowerCase().endsWith(PROJECT_EXTENSION))
    throw new AppError('app.not-rencana', { path: basename(absolute) });
  return absolute;
}

function remember(env: HandlerEnv, absolute: string, project: Project): void {
  env.files.grant(absolute);
  env.recent.add({ path: absolute, title: project.meta.title, openedAt: new Date().toISOString() });
}

function holderText(info: LockInfo): string {
  switch (info.where) {
    case 'window':
      return `jendela/tab lain ${info.app}`;
    case 'process':
      return `proses lain: ${info.app}`;
    case 'computer':
      return `${info.app} di komputer ${info.host}`;
  }
}

function holderParams(env: HandlerEnv, absolute: string, holder: LockHolder) {
  const info = lockInfoOf(holder);
  return {
    name: basename(absolute),
    path: env.files.display(absolute),
    where: info.where,
    since: info.since,
    sinceText: shortDateTime(info.since, 'id'),
    app: info.app,
    host: info.host,
    holder: holderText(info),
  };
}

/**
 * Takes the lock of `absolute` for `window` as `mode` says; the file the window had open
 * before is released once the new one is held. Throws app.project-locked when another
 * window or process holds it and the user has not chosen yet.
 */
export function takeFile(
  env: HandlerEnv,
  window: string,
  absolute: string,
  mode: OpenMode,
): { readOnly: boolean; lockedBy?: LockInfo } {
  const options = { session: window, isLiveSession: env.sessions.isLive };
  const session = env.sessions.get(window);
  const before = session.file;
  let file: OpenFile;
  let lockedBy: LockInfo | undefined;
  if (mode === 'read-only') {
    const holder = lockHolderOf(absolute);
    lockedBy = holder && !isOwnLock(holder, window) ? lockInfoOf(holder) : undefined;
    file = { absolute, readOnly: true, stamp: stampOf(absolute) };
  } else {
    const previous = lockHolderOf(absolute);
    const result =
      mode === 'take-over' ? forceLock(absolute, options) : acquireLock(absolute, options);
    if (!result.ok)
      throw new AppError('app.project-locked', holderParams(env, absolute, result.holder));
    if (mode === 'take-over' && previous && !isOwnLock(previous, window))
      lockedBy = lockInfoOf(previous);
    file = { absolute, readOnly: false, release: result.release, stamp: stampOf(absolute) };
  }
  if (before && before.absolute !== absolute) before.release?.();
  session.file = file;
  return { readOnly: file.readOnly, ...(lockedBy ? { lockedBy } : {}) };
}

/** Reads a project file the user may open, takes its lock for `window` and joins it to its template. */
export function openProjectAt(
  env: HandlerEnv,
  absolute: string,
  window: string,
  mode: OpenMode = 'normal',
): OpenedProject {
  requireProjectFile(absolute);
  const { project, migrated } = readProjectFile(absolute);
  const template = env.templates.forProject(project.template, basename(absolute));
  const held = takeFile(env, window, absolute, mode);
  // A plan opened afresh starts without a recovery copy of its own.
  env.sessions.get(window).recoveryId = undefined;
  remember(env, absolute, project);
  return {
    project,
    template,
    path: env.files.display(absolute),
    name: basename(absolute),
    migrated,
    ...held,
  };
}

/** openProject: a path from the recent list, the in-app list, the launch request or a lock choice. */
export function openProject(input: ApiInput<'openProject'>, env: HandlerEnv): OpenedProject {
  return openProjectAt(env, env.files.resolve(input.path), input.window, input.mode);
}

/** openProjectDialog: the native open dialog; null when cancelled. */
export async function openProjectDialog(
  input: ApiInput<'openProjectDialog'>,
  env: HandlerEnv,
): Promise<OpenedProject | null> {
  if (!env.dialogs.available) throw new AppError('app.dialog-unavailable');
  const chosen = await env.dialogs.chooseProjectToOpen();
  return chosen === undefined ? null : openProjectAt(env, chosen, input.window);
}

/** openSample: the shipped sample, opened without a path so that saving asks where. */
export function openSample(_input: undefined, env: HandlerEnv): OpenedProject {
  let parsed;
  try {
    parsed = readProjectFile(env.samplePath);
  } catch (error) {
    if (error instanceof UserError && error.key === 'file.not-found')
      throw new AppError('app.sample-missing');
    throw error;
  }
  const { project, migrated } = parsed;
  return {
    project,
    template: env.templates.forProject(project.template),
    name: basename(env.samplePath),
    migrated,
  };
}

/** newProject: an empty plan from the wizard's choices, not yet saved. */
export function newProject(input: ApiInput<'newProject'>, env: HandlerEnv): OpenedProject {
  const template = env.templates.get(input.templateId);
  if (!template)
    throw new UserError('template.unknown', {
      id: input.templateId,
      version: '-',
      available: env.templates
        .list()
        .map((t) => t.pack.id)
        .join(', '),
    });
  const project = createProject({
    template,
    regionCodes: input.regionCodes,
    period: parsePeriod(`${input.period.start}-${input.period.end}`),
    team: input.team,
  });
  return { project, template, name: suggestedProjectFileName(project), migrated: false };
}

/**
 * Before writing over the file the window has open: refused when it was opened read-only;
 * without `force`, refused when another window took the lock over or the file changed on
 * disk since it was read. With `force` the lock is taken back.
 */
function checkOwnFile(env: HandlerEnv, window: string, file: OpenFile, force: boolean): void {
  const name = basename(file.absolute);
  if (file.readOnly) throw new AppError('app.read-only', { name });
  const holder = lockHolderOf(file.absolute);
  const lost = holder !== undefined && !isOwnLock(holder, window);
  if (!force) {
    if (lost) throw new AppError('app.lock-lost', holderParams(env, file.absolute, holder));
    if (changedOnDisk(file.absolute, file.stamp)) {
      const modified = statSync(file.absolute).mtime.toISOString();
      throw new AppError('app.changed-on-disk', {
        name,
        path: env.files.display(file.absolute),
        modified: shortDateTime(modified, 'id'),
      });
    }
  }
  if (lost || holder === undefined) {
    const result = forceLock(file.absolute, { session: window });
    if (result.ok) file.release = result.release;
  }
}

function saveAt(
  env: HandlerEnv,
  window: string,
  absolute: string,
  project: Project,
  force = false,
): SavedProject {
  requireProjectFile(absolute);
  const session = env.sessions.get(window);
  const own = session.file?.absolute === absolute ? session.file : undefined;
  if (own) checkOwnFile(env, window, own, force);
  // A new target (Save As) is taken under this window's lock first; one held elsewhere is refused.
  else takeFile(env, window, absolute, 'normal');
  writeProjectFile(absolute, project);
  session.file!.stamp = stampOf(absolute);
  if (session.recoveryId !== undefined) {
    discardRecovery(env.recoveryFolder, session.recoveryId);
    session.recoveryId = undefined;
  }
  remember(env, absolute, project);
  return { path: env.files.display(absolute), name: basename(absolute) };
}

/** saveProject: writes to the project's own path, atomically, never over someone else's change unasked. */
export function saveProject(input: ApiInput<'saveProject'>, env: HandlerEnv): SavedProject {
  return saveAt(env, input.window, env.files.resolve(input.path), input.project, input.force);
}

/** saveProjectAs: to a path from the in-app dialog, or one the native dialog asks for; null when cancelled. */
export async function saveProjectAs(
  input: ApiInput<'saveProjectAs'>,
  env: HandlerEnv,
): Promise<SavedProject | null> {
  if (input.path !== undefined)
    return saveAt(
      env,
      input.window,
      env.files.resolve(withProjectExtension(input.path)),
      input.project,
    );
  if (!env.dialogs.available) throw new AppError('app.dialog-unavailable');
  const chosen = await env.dialogs.chooseSaveTarget(
    input.suggestedName ?? suggestedProjectFileName(input.project),
  );
  return chosen === undefined
    ? null
    : saveAt(env, input.window, withProjectExtension(chosen), input.project);
}

/** closeProject: the window leaves its plan; its lock goes, and its recovery copy when discarded. */
export function closeProject(input: ApiInput<'closeProject'>, env: HandlerEnv): null {
  env.sessions.closeFile(input.window);
  const session = env.sessions.get(input.window);
  if (input.discardRecovery && session.recoveryId !== undefined)
    discardRecovery(env.recoveryFolder, session.recoveryId);
  session.recoveryId = undefined;
  return null;
}

/** endWindow: the window or tab goes away; its recovery copy stays for the next start. */
export function endWindow(input: ApiInput<'endWindow'>, env: HandlerEnv): null {
  env.sessions.end(input.window);
  return null;
}

/** windowAlive: the window calls in, so its lock and recovery copy stay its own. */
export function windowAlive(input: ApiInput<'windowAlive'>, env: HandlerEnv): null {
  env.sessions.get(input.window);
  return null;
}

/** listProjectFiles: the projects the user may open without a native dialog. */
export function listProjectFiles(_input: undefined, env: HandlerEnv) {
  return env.files.list();
}

/** recentProjects: recently opened files that still exist where the user may open them. */
export function recentProjects(_input: undefined, env: HandlerEnv) {
  const entries = [];
  for (const record of env.recent.list()) {
    if (!existsSync(record.path)) continue;
    try {
      env.files.grant(record.path);
      const path = env.files.display(record.path);
      env.files.resolve(path);
      entries.push({
        path,
        name: basename(record.path),
        title: record.title,
        openedAt: record.openedAt,
      });
    } catch {
      // A recent file outside what this shell may touch is simply not offered.
    }
  }
  return entries;
}
