/** Computes the facts rules share, once per run. */
import type { PlanContext } from '../../plan/context.ts';
import type { RuleFacts } from './types.ts';

/** Sets and maps the rules look things up in. */
export function ruleFacts(ctx: PlanContext): RuleFacts {
  const { framework } = ctx.template;
  const elementDimension = new Map<string, string>();
  const elementName = new Map<string, string>();
  for (const dimension of framework.dimensions)
    for (const element of dimension.elements) {
      elementDimension.set(element.id, dimension.id);
      elementName.set(element.id, element.name);
    }
  return {
    opdIds: new Set(ctx.project.meta.opd.map((o) => o.id)),
    elementDimension,
    elementName,
    dimensionName: new Map(framework.dimensions.map((d) => [d.id, d.name])),
    period: ctx.project.meta.period,
  };
}
