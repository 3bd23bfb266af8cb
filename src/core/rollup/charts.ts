/**
 * Charts of the roll-up, drawn as SVG here (the layout rasterises them the way it
 * does the readiness chart): budget per regency/city and programmes per dimension.
 */
import { formatNumber, formatRupiah } from '../format/number.ts';
import { barChartSvg as drawBarChart, type ChartBar } from '../chart/barChart.ts';
import type { RollupSummary } from './summary.ts';

/** One bar of a bar chart. */
export interface Bar extends ChartBar {
  value: number;
  /** Printed at the end of the bar. */
  valueLabel: string;
}

/** A drawn chart with its caption, for the layout to rasterise and number. */
export interface RollupChart {
  id: string;
  /** Caption text without the "Gambar n.m" label. */
  caption: string;
  svg: string;
}

/** A horizontal bar chart, one bar per entry in the given order, scaled to the largest value. */
export function barChartSvg(bars: Bar[]): string {
  return drawBarChart(bars);
}

/** The charts of a summary: budget per regency/city, programmes per dimension. */
export function rollupCharts(summary: RollupSummary): RollupChart[] {
  return [
    {
      id: 'biaya-per-wilayah',
      caption: 'Perkiraan Biaya Program per Kabupaten/Kota',
      svg: barChartSvg(
        summary.byRegion.map((r) => ({
          label: r.name,
          value: r.budget,
          valueLabel: formatRupiah(r.budget),
        })),
      ),
    },
    {
      id: 'program-per-dimensi',
      caption: 'Jumlah Program Kabupaten/Kota per Dimensi',
      svg: barChartSvg(
        summary.byDimension.map((d) => ({
          label: d.name,
          value: d.programmes,
          valueLabel: `${formatNumber(d.programmes)} program`,
        })),
      ),
    },
  ];
}
