/**
 * The "rollup" generator of a province plan: the summaries of the consolidated
 * regency/city programmes as numbered tables, with the charts as figures. The data
 * comes from the roll-up's pure functions; only the printing is decided here.
 */
import { formatNumber } from '../format/number.ts';
import { rollupCharts, rollupSummary, rollupTables, type RollupChart } from '../rollup/index.ts';
import {
  dataTableBlock,
  dataTableOrientation,
  dataTableParts,
  printedParts,
} from './dataTableBlock.ts';
import type { LayoutEnv } from './env.ts';
import type { Block, FigureBlock } from './model.ts';
import { chartDrawing } from './rasterize.ts';
import { note, paragraph } from './runs.ts';
import type { SectionBody } from './sectionBody.ts';

/** Which chart follows which table (the chart draws a column of that table); other charts go last. */
const CHART_AFTER: Readonly<Record<string, string>> = {
  'per-wilayah': 'biaya-per-wilayah',
  'per-elemen': 'program-per-dimensi',
};

function chartFigure(env: LayoutEnv, chart: RollupChart): FigureBlock {
  return {
    kind: 'figure',
    image: chartDrawing(chart.svg, env.chartFontFiles),
    widthFraction: 0.9,
    caption: env.captions.figure(chart.caption),
  };
}

/** The opening sentence: how many programmes of how many regencies/cities are summed up. */
export function rollupIntro(programmes: number, regions: number): string {
  return (
    `Bagian ini merekapitulasi ${formatNumber(programmes)} program dari ` +
    `${formatNumber(regions)} kabupaten/kota yang dihimpun ke dalam matriks program kabupaten/kota.`
  );
}

/**
 * The summary tables and charts, or undefined when the plan has no consolidated
 * programme yet. One orientation for the whole body: landscape when any table needs
 * it, every table then fitted to the landscape width.
 */
export function rollupBody(env: LayoutEnv): SectionBody | undefined {
  const { programmes, summary } = rollupSummary(env.ctx);
  if (programmes.length === 0) return undefined;
  const parts = rollupTables(summary).map(dataTableParts);
  const charts = rollupCharts(summary);
  const landscape = parts.some((p) => dataTableOrientation(env, p) === 'landscape');
  const placed = new Set<string>();
  const blocks: Block[] = [
    paragraph(rollupIntro(summary.totals.programmes, summary.totals.regions)),
  ];
  for (const part of parts) {
    for (const printed of printedParts(env, part, landscape))
      blocks.push(dataTableBlock(env, printed, landscape).block);
    if (part.table.note) blocks.push(note(part.table.note));
    const chart = charts.find((c) => c.id === CHART_AFTER[part.table.id]);
    if (chart) {
      blocks.push(chartFigure(env, chart));
      placed.add(chart.id);
    }
  }
  for (const chart of charts) if (!placed.has(chart.id)) blocks.push(chartFigure(env, chart));
  return { blocks, orientation: landscape ? 'landscape' : 'portrait' };
}
