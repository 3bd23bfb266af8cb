/** Resolves the option lists of choice columns (dimension, element, OPD, funding, …). */
import type { ChoiceOption, ColumnDef } from '../template/types.ts';
import { regionChildren } from '../region/wilayah.ts';
import type { PlanContext } from './context.ts';

/** The options a choice column offers in this plan; `dimensionId` narrows elements. */
export function columnOptions(
  ctx: PlanContext,
  column: ColumnDef,
  dimensionId?: string,
): ChoiceOption[] {
  if (column.options) return column.options;
  const { framework } = ctx.template;
  switch (column.source) {
    case 'dimension':
      return framework.dimensions.map((d) => ({ id: d.id, name: d.name }));
    case 'element':
      return framework.dimensions
        .filter((d) => dimensionId === undefined || d.id === dimensionId)
        .flatMap((d) => d.elements);
    case 'opd':
      return ctx.project.meta.opd.map((o) => ({ id: o.id, name: o.abbr }));
    case 'funding':
      return framework.fundingSources;
    case 'track':
      return framework.tracks;
    case 'readinessPillar':
      return framework.readiness.map((p) => ({ id: p.id, name: p.name }));
    case 'readinessPart':
      return framework.readiness.flatMap((p) => p.parts);
    case 'region':
      return ctx.project.meta.regions.flatMap((r) =>
        regionChildren(r.code).map((c) => ({ id: c.code, name: c.name })),
      );
    case undefined:
      return [];
  }
}

/** The display name of an option id, or the id itself when unknown. */
export function optionName(options: ChoiceOption[], id: string): string {
  return options.find((o) => o.id === id)?.name ?? id;
}
