/** Validation outside the renderer: the same core checks, for shells that cannot run them locally. */
import { planContext } from '../../core/plan/context.ts';
import { planCompleteness, validatePlan } from '../../core/validate/index.ts';
import type { ApiInput, ValidationResult } from '../../shared/api.ts';
import type { HandlerEnv } from './env.ts';

/** validateProject: every finding and the completeness of the plan as sent. */
export function validateProject(
  input: ApiInput<'validateProject'>,
  env: HandlerEnv,
): ValidationResult {
  const ctx = planContext(input.project, env.templates.forProject(input.project.template));
  return { findings: validatePlan(ctx, { lang: input.lang }), completeness: planCompleteness(ctx) };
}
