/** The readiness scores as a horizontal bar chart, drawn as SVG by this code. */
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
const WIDTH = 900;
const FONT_SIZE = 20;
const LABEL_RIGHT = 330;
const PLOT_LEFT = 350;
const PLOT_RIGHT = 850;
const ROW = 40;
const BAR = 24;
/** Each pillar's name stands on a row of its own above its bars. */
const PILLAR_HEAD = 36;
const PILLAR_GAP = 10;
const TOP = 16;
const AXIS = 70;
const COLORS = ['#1F4E79', '#2E75B6', '#5B9BD5'];
const FONT = 'Liberation Sans';

function escapeXml(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;');
}

function text(x: number, y: number, content: string, attrs = ''): string {
  return `<text x="${x}" y="${y}" ${attrs}>${escapeXml(content)}</text>`;
}

/** The SVG of the chart: pillars as groups of bars on a 0–max scale with gridlines per point. */
export function readinessChartSvg(
  bars: ReadinessBar[],
  scale: { min: number; max: number },
): string {
  const pillars = [...new Set(bars.map((b) => b.pillar))];
  const height =
    TOP +
    bars.length * ROW +
    pillars.length * PILLAR_HEAD +
    (pillars.length - 1) * PILLAR_GAP +
    AXIS;
  const plotBottom = height - AXIS + 6;
  const x = (value: number) => PLOT_LEFT + ((PLOT_RIGHT - PLOT_LEFT) * value) / scale.max;
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${height}" viewBox="0 0 ${WIDTH} ${height}" font-family="${FONT}" font-size="${FONT_SIZE}">`,
    `<rect width="${WIDTH}" height="${height}" fill="#FFFFFF"/>`,
  ];
  for (let tick = 0; tick <= scale.max; tick++) {
    parts.push(
      `<line x1="${x(tick)}" y1="${TOP - 6}" x2="${x(tick)}" y2="${plotBottom}" stroke="${tick === 0 ? '#404040' : '#D0D0D0'}" stroke-width="1"/>`,
      text(x(tick), plotBottom + 24, formatNumber(tick), 'text-anchor="middle" fill="#404040"'),
    );
  }
  parts.push(
    text(
      (PLOT_LEFT + PLOT_RIGHT) / 2,
      plotBottom + 54,
      `Skor (skala ${scale.min}–${scale.max})`,
      'text-anchor="middle" fill="#404040"',
    ),
  );
  let y = TOP;
  pillars.forEach((pillar, p) => {
    const color = COLORS[p % COLORS.length]!;
    parts.push(text(8, y + PILLAR_HEAD - 10, pillar, 'font-weight="bold" fill="#000000"'));
    y += PILLAR_HEAD;
    bars
      .filter((b) => b.pillar === pillar)
      .forEach((bar) => {
        const mid = y + ROW / 2;
        parts.push(text(LABEL_RIGHT, mid + 7, bar.part, 'text-anchor="end" fill="#000000"'));
        if (bar.score === undefined) {
          parts.push(
            text(x(0) + 6, mid + 7, 'belum dinilai', 'font-style="italic" fill="#808080"'),
          );
        } else {
          const value = Math.max(0, Math.min(scale.max, bar.score));
          parts.push(
            `<rect x="${x(0)}" y="${mid - BAR / 2}" width="${x(value) - x(0)}" height="${BAR}" fill="${color}"/>`,
            text(
              x(value) + 6,
              mid + 7,
              formatNumber(bar.score),
              'font-weight="bold" fill="#000000"',
            ),
          );
        }
        y += ROW;
      });
    y += PILLAR_GAP;
  });
  parts.push('</svg>');
  return parts.join('\n');
}
