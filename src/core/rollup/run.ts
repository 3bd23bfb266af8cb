/**
 * One roll-up from files (Node only): read the regency/city plans, keep those that
 * belong and are valid, bring them into a copy of the target plan. Nothing is
 * written here; the caller saves the new plan once, atomically.
 */
import type { Lang } from '../i18n/lang.ts';
import type { Project } from '../model/project.ts';
import { planContext, type PlanContext } from '../plan/context.ts';
import { rollupPlan } from './apply.ts';
import type { RollupChanges } from './changes.ts';
import { readSources } from './readSources.ts';
import { screenSources } from './screen.ts';
import type { SkippedSource } from './sources.ts';
import { rollupTargetOf, type RollupTarget } from './target.ts';

/** A finished roll-up from files, not yet saved. */
export interface RollupRun {
  target: RollupTarget;
  /** The new target plan joined to its template. */
  ctx: PlanContext;
  project: Project;
  changes: RollupChanges;
  /** Files left out, in the order they were named. */
  skipped: SkippedSource[];
  /** How many files were named. */
  total: number;
}

/** Rolls `files` (relative to `cwd`) up into the plan `targetCtx` read from `targetFile`. */
export function runRollup(
  targetCtx: PlanContext,
  targetFile: string,
  files: string[],
  cwd: string,
  lang: Lang,
): RollupRun {
  const target = rollupTargetOf(targetCtx, targetFile);
  const read = readSources(files, cwd, lang, { targetFile });
  const screened = screenSources(target, read.loaded, lang);
  const result = rollupPlan(targetCtx, target, screened.accepted);
  const skipped = [...read.skipped, ...screened.skipped, ...result.skipped].sort(
    (a, b) => a.index - b.index,
  );
  return {
    target,
    ctx: planContext(result.project, targetCtx.template),
    project: result.project,
    changes: result.changes,
    skipped,
    total: files.length,
  };
}
