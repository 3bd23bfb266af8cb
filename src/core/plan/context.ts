/** A project read together with its template: what every query, rule and layout needs. */
import type { Project } from '../model/project.ts';
import { buildOutline, type Outline } from '../template/outline.ts';
import type { LoadedTemplate } from '../template/types.ts';

export interface PlanContext {
  project: Project;
  template: LoadedTemplate;
  outline: Outline;
}

/** Joins a project to its template and resolves the outline. */
export function planContext(project: Project, template: LoadedTemplate): PlanContext {
  const regionName = project.meta.regions.map((r) => r.name).join(', ');
  return { project, template, outline: buildOutline(template, regionName) };
}

/** Years of the plan period, e.g. [2026, …, 2030]. */
export function periodYears(project: Project): number[] {
  const { start, end } = project.meta.period;
  const years: number[] = [];
  for (let year = start; year <= end && years.length < 50; year++) years.push(year);
  return years;
}
