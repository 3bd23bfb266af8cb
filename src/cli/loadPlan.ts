/** Opens a project file with its template, as every file command does. */
import { resolve } from 'node:path';
import { readProjectFile } from '../core/io/projectFile.ts';
import { builtinTemplates } from '../core/io/templates.ts';
import { planContext, type PlanContext } from '../core/plan/context.ts';

/** Reads FILE (relative to cwd) and joins it to its template pack; throws UserErrors. */
export function loadPlan(file: string, cwd: string): PlanContext {
  const path = resolve(cwd, file);
  const { project } = readProjectFile(path);
  return planContext(project, builtinTemplates().forProject(project.template, path));
}
