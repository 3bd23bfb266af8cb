/** The readiness scores as a horizontal bar chart, drawn as SVG by this code. */
import { barChartSvg, type BarChartGeometry } from '../chart/barChart.ts';
import { formatNumber } from '../format/number.ts';
import type { TableRow } from '../model/project.ts';
import { cellNumber } from '../plan/programmes.ts';
import type { Framework } from '../template/types.ts';

export interface ReadinessBar {
  pillar: string;
  part: string;
  score: number | undefined;
}

/** One bar per readiness part of the framework, in framework order, scored from the table rows. */
export function readinessBars(framework: Framework, rows: TableRow[]): ReadinessBar[] {
  return framework.readiness.flatMap((pillar) =>
    pillar.parts.map((part) => {
      const row = rows.find((r) => r.cells.pillar === pillar.id && r.cells.part === part.id);
      return { pillar: pillar.name, part: part.name, score: row && cellNumber(row, 'score') };
    }),
  );
}

// Logical size of the drawing; the rasteriser scales it. Printed at 0.9 of a 14 cm
// text width, 900 units are about 360 pt, so type of 20 units prints at about 8 pt.
const GEOMETRY: Partial<BarChartGeometry> = {
  width: 900,
  fontSize: 20,
  labelRight: 330,
  plotLeft: 350,
  plotRight: 850,
  row: 40,
  bar: 24,
  /** Each pillar's name stands on a row of its own above its bars. */
  groupHead: 36,
  groupGap: 10,
  top: 16,
  /** Room for the tick labels and the axis title. */
  bottom: 70,
};
const COLORS = ['#1F4E79', '#2E75B6', '#5B9BD5'];

/** The SVG of the chart: pillars as groups of bars on a 0–max scale with gridlines per point. */
export function readinessChartSvg(
  bars: ReadinessBar[],
  scale: { min: number; max: number },
): string {
  const ticks = Array.from({ length: Math.floor(scale.max) + 1 }, (_, tick) => tick);
  return barChartSvg(
    bars.map((bar) => ({
      group: bar.pillar,
      label: bar.part,
      value: bar.score,
      valueLabel: bar.score === undefined ? undefined : formatNumber(bar.score),
    })),
    {
      geometry: GEOMETRY,
      max: scale.max,
      colors: COLORS,
      boldValues: true,
      missingLabel: 'belum dinilai',
      axis: {
        ticks,
        tickLabel: formatNumber,
        title: `Skor (skala ${scale.min}–${scale.max})`,
      },
    },
  );
}
