/** What every builder of the layout needs: the plan, the profile and the running counters. */
import type { PlanContext } from '../plan/context.ts';
import { periodYears } from '../plan/context.ts';
import { columnOptions } from '../plan/options.ts';
import type { ChoiceOption, ColumnDef, ExportProfile } from '../template/types.ts';
import { AnchorFactory } from './anchors.ts';
import { CaptionNumbering } from './numbering.ts';

export interface LayoutEnv {
  ctx: PlanContext;
  profile: ExportProfile;
  /** Years of the plan period. */
  years: number[];
  anchors: AnchorFactory;
  captions: CaptionNumbering;
  /** Option lists of choice columns, resolved once per column. */
  options(column: ColumnDef): ChoiceOption[];
  /** Font files for drawn charts (resvg is given these and never the system fonts). */
  chartFontFiles: string[];
}

/** A fresh environment: counters at zero, options resolved lazily. */
export function createLayoutEnv(ctx: PlanContext, chartFontFiles: string[]): LayoutEnv {
  const anchors = new AnchorFactory();
  const cache = new Map<ColumnDef, ChoiceOption[]>();
  return {
    ctx,
    profile: ctx.template.pack.exportProfile,
    years: periodYears(ctx.project),
    anchors,
    captions: new CaptionNumbering(anchors),
    options(column) {
      let options = cache.get(column);
      if (!options) cache.set(column, (options = columnOptions(ctx, column)));
      return options;
    },
    chartFontFiles,
  };
}
