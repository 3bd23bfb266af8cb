/** Handlers that create, open and save projects. */
import { existsSync } from 'node:fs';
import { basename } from 'node:path';
import { UserError } from '../../core/i18n/messages.ts';
import { readProjectFile, writeProjectFile } from '../../core/io/projectFile.ts';
import type { Project } from '../../core/model/project.ts';
import { createProject, parsePeriod } from '../../core/project/create.ts';
import type { ApiInput, OpenedProject, SavedProject } from '../../shared/api.ts';
import { AppError } from '../../shared/messages.ts';
import type { HandlerEnv } from './env.ts';
import { PROJECT_EXTENSION, suggestedProjectFileName, withProjectExtension } from './fileNames.ts';

function requireProjectFile(absolute: string): string {
  if (!absolute.toLowerCase().endsWith(PROJECT_EXTENSION))
    throw new AppError('app.not-rencana', { path: basename(absolute) });
  return absolute;
}

function remember(env: HandlerEnv, absolute: string, project: Project): void {
  env.files.grant(absolute);
  env.recent.add({ path: absolute, title: project.meta.title, openedAt: new Date().toISOString() });
}

/** Reads a project file the user may open and joins it to its template. */
export function openProjectAt(env: HandlerEnv, absolute: string): OpenedProject {
  requireProjectFile(absolute);
  const { project, migrated } = readProjectFile(absolute);
  const template = env.templates.forProject(project.template);
  remember(env, absolute, project);
  return {
    project,
    template,
    path: env.files.display(absolute),
    name: basename(absolute),
    migrated,
  };
}

/** openProject: a path from the recent list, the in-app list or the launch request. */
export function openProject(input: ApiInput<'openProject'>, env: HandlerEnv): OpenedProject {
  return openProjectAt(env, env.files.resolve(input.path));
}

/** openProjectDialog: the native open dialog; null when cancelled. */
export async function openProjectDialog(
  _input: undefined,
  env: HandlerEnv,
): Promise<OpenedProject | null> {
  if (!env.dialogs.available) throw new AppError('app.dialog-unavailable');
  const chosen = await env.dialogs.chooseProjectToOpen();
  return chosen === undefined ? null : openProjectAt(env, chosen);
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

function saveAt(env: HandlerEnv, absolute: string, project: Project): SavedProject {
  writeProjectFile(requireProjectFile(absolute), project);
  remember(env, absolute, project);
  return { path: env.files.display(absolute), name: basename(absolute) };
}

/** saveProject: writes to the project's own path, atomically. */
export function saveProject(input: ApiInput<'saveProject'>, env: HandlerEnv): SavedProject {
  return saveAt(env, env.files.resolve(input.path), input.project);
}

/** saveProjectAs: to a path from the in-app dialog, or one the native dialog asks for; null when cancelled. */
export async function saveProjectAs(
  input: ApiInput<'saveProjectAs'>,
  env: HandlerEnv,
): Promise<SavedProject | null> {
  if (input.path !== undefined)
    return saveAt(env, env.files.resolve(withProjectExtension(input.path)), input.project);
  if (!env.dialogs.available) throw new AppError('app.dialog-unavailable');
  const chosen = await env.dialogs.chooseSaveTarget(
    input.suggestedName ?? suggestedProjectFileName(input.project),
  );
  return chosen === undefined ? null : saveAt(env, withProjectExtension(chosen), input.project);
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
