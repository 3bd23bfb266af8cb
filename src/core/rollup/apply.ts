/** One roll-up run, in memory: a copy of the target plan with the sources brought in. */
import type { Project } from '../model/project.ts';
import type { PlanContext } from '../plan/context.ts';
import { rollupIntoAgglomeration } from './agglomeration.ts';
import type { RollupChanges } from './changes.ts';
import { rollupIntoProvince } from './province.ts';
import type { LoadedSource, SkippedSource } from './sources.ts';
import type { RollupTarget } from './target.ts';

/** The outcome of one roll-up in memory. */
export interface RollupResult {
  /** The new target plan; `ctx.project` is not touched. */
  project: Project;
  changes: RollupChanges;
  /** Sources that could not be placed (agglomeration code clashes). */
  skipped: SkippedSource[];
}

/** Brings the accepted `sources` into a copy of the target plan. */
export function rollupPlan(
  ctx: PlanContext,
  target: RollupTarget,
  sources: LoadedSource[],
): RollupResult {
  const project = structuredClone(ctx.project);
  if (target.kind === 'province') {
    const changes = rollupIntoProvince(project, target, sources, ctx.template.framework);
    return { project, changes, skipped: [] };
  }
  return { project, ...rollupIntoAgglomeration(project, ctx, target, sources) };
}
