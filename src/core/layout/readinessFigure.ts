/** The readiness chart as a numbered figure placed right after the readiness table. */
import type { TableRow } from '../model/project.ts';
import type { LayoutEnv } from './env.ts';
import type { FigureBlock } from './model.ts';
import { readinessBars, readinessChartSvg } from './readinessChart.ts';
import { rasterizeSvg } from './rasterize.ts';

/** Pixels across: sharp at about 300 dpi when printed across the text width. */
const CHART_WIDTH_PX = 1800;

/** The chart figure, or undefined when no part has a score yet. */
export function readinessFigure(
  env: LayoutEnv,
  rows: TableRow[],
  tableCaption: string,
): FigureBlock | undefined {
  const { framework } = env.ctx.template;
  const bars = readinessBars(framework, rows);
  if (bars.every((b) => b.score === undefined)) return undefined;
  const svg = readinessChartSvg(bars, framework.readinessScale);
  return {
    kind: 'figure',
    image: rasterizeSvg(svg, env.chartFontFiles, CHART_WIDTH_PX),
    widthFraction: 0.9,
    caption: env.captions.figure(`Grafik ${tableCaption}`),
  };
}
