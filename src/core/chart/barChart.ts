/**
 * A horizontal bar chart drawn as SVG text (DOM-free): one row per bar, the label right-aligned
 * left of the plot, the value label at the end of the bar. Bars may be gathered under group
 * headings (each group its own colour), and the value axis may carry ticks, gridlines and a title.
 */
import { escapeXml, num, svgStart, text } from './svg.ts';

/** One bar of the chart. */
export interface ChartBar {
  label: string;
  /** Undefined: no bar, `missingLabel` stands in its place. */
  value: number | undefined;
  /** Printed at the end of the bar. */
  valueLabel?: string;
  /** The heading the bar stands under; groups keep the order in which they first appear. */
  group?: string;
}

/** Sizes in drawing units; the rasteriser scales the drawing. */
export interface BarChartGeometry {
  width: number;
  fontSize: number;
  /** Where the bar labels end. */
  labelRight: number;
  /** Where the value 0 stands. */
  plotLeft: number;
  /** Where the largest value stands. */
  plotRight: number;
  /** Height of one bar's row, and of the bar in it. */
  row: number;
  bar: number;
  /** Space above the first row and below the last (the axis, when there is one, stands there). */
  top: number;
  bottom: number;
  /** A group heading's row, and the space between groups. */
  groupHead: number;
  groupGap: number;
}

export interface BarChartAxis {
  /** Values with a gridline and a label under the plot. */
  ticks: number[];
  tickLabel: (value: number) => string;
  /** Centred under the tick labels. */
  title?: string;
}

export interface BarChartOptions {
  geometry?: Partial<BarChartGeometry>;
  font?: string;
  /** The value at the right of the plot; by default the largest value (at least 1). */
  max?: number;
  /** Colours of the groups in turn. */
  colors?: string[];
  axis?: BarChartAxis;
  /** Value labels in bold. */
  boldValues?: boolean;
  /** Written where a bar has no value. */
  missingLabel?: string;
}

const DEFAULT_GEOMETRY: BarChartGeometry = {
  width: 900,
  fontSize: 15,
  labelRight: 290,
  plotLeft: 300,
  plotRight: 700,
  row: 34,
  bar: 20,
  top: 12,
  bottom: 12,
  groupHead: 36,
  groupGap: 10,
};
const DEFAULT_COLOR = '#2E75B6';
const AXIS_COLOR = '#404040';
const GRID_COLOR = '#D0D0D0';
/** Space between a bar's end (or the plot's left) and the text there. */
const PAD = 6;

/** The SVG of a horizontal bar chart of `bars`, in order (gathered by group). */
export function barChartSvg(bars: ChartBar[], options: BarChartOptions = {}): string {
  const g = { ...DEFAULT_GEOMETRY, ...options.geometry };
  const colors = options.colors?.length ? options.colors : [DEFAULT_COLOR];
  const groups = [...new Set(bars.map((b) => b.group))];
  const headed = groups.filter((group) => group !== undefined).length;
  const height =
    g.top +
    Math.max(1, bars.length) * g.row +
    headed * g.groupHead +
    Math.max(0, groups.length - 1) * g.groupGap +
    g.bottom;
  const max = options.max ?? Math.max(1, ...bars.map((b) => b.value ?? 0));
  const x = (value: number) =>
    g.plotLeft + ((g.plotRight - g.plotLeft) * Math.max(0, Math.min(max, value))) / max;
  /** From a row's middle to the baseline of text centred on it. */
  const baseline = Math.round(g.fontSize * 0.35);
  const parts = svgStart(g.width, height, options.font ?? 'Liberation Sans', g.fontSize);

  const plotBottom = height - g.bottom;
  if (options.axis) {
    const { ticks, tickLabel, title } = options.axis;
    const gridBottom = plotBottom + PAD;
    for (const tick of ticks) {
      parts.push(
        `<line x1="${num(x(tick))}" y1="${g.top - PAD}" x2="${num(x(tick))}" y2="${gridBottom}" stroke="${tick === 0 ? AXIS_COLOR : GRID_COLOR}" stroke-width="1"/>`,
        text(
          x(tick),
          gridBottom + 24,
          tickLabel(tick),
          `text-anchor="middle" fill="${AXIS_COLOR}"`,
        ),
      );
    }
    if (title) {
      parts.push(
        text(
          (g.plotLeft + g.plotRight) / 2,
          gridBottom + 54,
          title,
          `text-anchor="middle" fill="${AXIS_COLOR}"`,
        ),
      );
    }
  } else {
    parts.push(
      `<line x1="${g.plotLeft}" y1="${g.top}" x2="${g.plotLeft}" y2="${plotBottom}" stroke="${AXIS_COLOR}" stroke-width="1"/>`,
    );
  }

  let y = g.top;
  groups.forEach((group, index) => {
    const color = colors[index % colors.length]!;
    if (group !== undefined) {
      parts.push(text(8, y + g.groupHead - 10, group, 'font-weight="bold" fill="#000000"'));
      y += g.groupHead;
    }
    for (const bar of bars.filter((b) => b.group === group)) {
      const mid = y + g.row / 2;
      parts.push(text(g.labelRight, mid + baseline, bar.label, 'text-anchor="end" fill="#000000"'));
      if (bar.value === undefined) {
        if (options.missingLabel) {
          parts.push(
            text(
              x(0) + PAD,
              mid + baseline,
              options.missingLabel,
              'font-style="italic" fill="#808080"',
            ),
          );
        }
      } else {
        const end = x(bar.value);
        parts.push(
          `<rect x="${num(x(0))}" y="${num(mid - g.bar / 2)}" width="${num(end - x(0))}" height="${g.bar}" fill="${escapeXml(color)}"/>`,
        );
        if (bar.valueLabel !== undefined) {
          const weight = options.boldValues ? 'font-weight="bold" ' : '';
          parts.push(text(end + PAD, mid + baseline, bar.valueLabel, `${weight}fill="#000000"`));
        }
      }
      y += g.row;
    }
    y += g.groupGap;
  });
  parts.push('</svg>');
  return parts.join('\n');
}
