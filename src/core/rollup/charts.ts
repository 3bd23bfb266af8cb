/**
 * Charts of the roll-up, drawn as SVG here (the layout rasterises them the way it
 * does the readiness chart): budget per regency/city and programmes per dimension.
 */
import { formatNumber, formatRupiah } from '../format/number.ts';
import type { RollupSummary } from './summary.ts';

/** One bar of a bar chart. */
export interface Bar {
  label: string;
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

const WIDTH = 900;
const LABEL_RIGHT = 290;
const PLOT_LEFT = 300;
const PLOT_RIGHT = 700;
const ROW = 34;
const BAR = 20;
const TOP = 12;
const COLOR = '#2E75B6';

function escapeXml(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;');
}

/** A horizontal bar chart, one bar per entry in the given order, scaled to the largest value. */
export function barChartSvg(bars: Bar[]): string {
  const height = TOP * 2 + Math.max(1, bars.length) * ROW;
  const max = Math.max(1, ...bars.map((b) => b.value));
  const parts = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${height}" viewBox="0 0 ${WIDTH} ${height}" font-family="Liberation Sans" font-size="15">`,
    `<rect width="${WIDTH}" height="${height}" fill="#FFFFFF"/>`,
    `<line x1="${PLOT_LEFT}" y1="${TOP}" x2="${PLOT_LEFT}" y2="${height - TOP}" stroke="#404040" stroke-width="1"/>`,
  ];
  bars.forEach((bar, i) => {
    const mid = TOP + i * ROW + ROW / 2;
    const width = ((PLOT_RIGHT - PLOT_LEFT) * Math.max(0, bar.value)) / max;
    parts.push(
      `<text x="${LABEL_RIGHT}" y="${mid + 5}" text-anchor="end" fill="#000000">${escapeXml(bar.label)}</text>`,
      `<rect x="${PLOT_LEFT}" y="${mid - BAR / 2}" width="${width.toFixed(1)}" height="${BAR}" fill="${COLOR}"/>`,
      `<text x="${(PLOT_LEFT + width + 6).toFixed(1)}" y="${mid + 5}" fill="#000000">${escapeXml(bar.valueLabel)}</text>`,
    );
  });
  parts.push('</svg>');
  return parts.join('\n');
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
