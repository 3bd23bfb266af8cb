/** The roll-up summaries of a plan, as the layout's "rollup" generator and the reports need them. */
import type { PlanContext } from '../plan/context.ts';
import { consolidatedProgrammes, sharedCandidates } from './consolidated.ts';
import { summarizeRollup, type RollupSummary } from './summary.ts';
import type { ConsolidatedProgramme } from './types.ts';

/** The consolidated programmes of `ctx` and every summary of them (plain data, no formatting). */
export function rollupSummary(ctx: PlanContext): {
  programmes: ConsolidatedProgramme[];
  summary: RollupSummary;
} {
  const programmes = consolidatedProgrammes(ctx);
  return {
    programmes,
    summary: summarizeRollup(programmes, ctx.template.framework, sharedCandidates(ctx, programmes)),
  };
}
