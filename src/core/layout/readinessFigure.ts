/** The readiness chart as a numbered figure placed right after the readiness table. */
import type { TableRow } from '../model/project.ts';
import type { LayoutEnv } from './env.ts';
import type { FigureBlock } from './model.ts';
import { readinessBars, readinessChartSvg } from './readinessChart.ts';
import { chartDrawing } from './rasterize.ts';

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
    image: chartDrawing(svg, env.chartFontFiles),
    widthFraction: 0.9,
    caption: env.captions.figure(`Grafik ${tableCaption}`),
  };
}
