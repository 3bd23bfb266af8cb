/** The results as plain-text tables for the terminal (and for BENCHMARKS.md). */
import type { Measure, Results } from './results.ts';

function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  return [
    line(header),
    `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`,
    ...rows.map(line),
  ].join('\n');
}

function ms(value: number | undefined): string {
  if (value === undefined) return '';
  return value >= 100
    ? Math.round(value).toLocaleString('en-US')
    : value.toFixed(value >= 10 ? 1 : 2);
}

function measureRow(m: Measure): string[] {
  const time = m.timeMs;
  const p = m.percentiles;
  return [
    m.id,
    m.label,
    time ? ms(time.median) : '',
    time ? `${ms(time.min)}–${ms(time.max)}` : '',
    p ? `${ms(p.p50)} / ${ms(p.p95)}` : '',
    m.cpuMs ? ms(m.cpuMs.median) : '',
    m.memoryMb ? Math.round(m.memoryMb.median).toString() : '',
    String(time?.runs.length ?? m.memoryMb?.runs.length ?? ''),
    m.loadAverage === undefined ? '' : m.loadAverage.toFixed(1),
  ];
}

/** Measures, comparisons, targets and plans as Markdown tables. */
export function formatResults(results: Results): string {
  const plans = table(
    [
      'Plan',
      'Words',
      'Prose words',
      'Programmes',
      'Quick wins',
      'Tables',
      'Figures',
      'Pages (our PDF)',
      'File',
    ],
    results.plans.map((p) => [
      p.name,
      String(p.words),
      String(p.proseWords),
      String(p.programmes),
      String(p.quickWins),
      String(p.tables),
      String(p.figures),
      String(p.pages ?? ''),
      `${(p.bytes / 1048576).toFixed(1)} MB`,
    ]),
  );
  const measures = table(
    ['Id', 'What', 'Median ms', 'Min–max ms', 'p50 / p95 ms', 'CPU ms', 'Peak MB', 'Runs', 'Load'],
    results.measures.map(measureRow),
  );
  const ratios = table(
    [
      'Comparison',
      'Ratio (export ÷ tool)',
      'Ratio (our whole process ÷ tool)',
      'CPU ratio',
      'Target',
    ],
    results.comparisons.map((c) => [
      c.label,
      `${c.ratio.toFixed(2)}×`,
      c.processRatio === undefined ? '' : `${c.processRatio.toFixed(2)}×`,
      c.cpuRatio === undefined ? '' : `${c.cpuRatio.toFixed(2)}×`,
      c.target === undefined ? '' : `≤ ${c.target.toFixed(2)}×`,
    ]),
  );
  const targets = table(
    ['Target', 'Limit', 'Measured', 'Met'],
    results.targets.map((t) => [
      t.label,
      t.limit,
      t.unit === '×' ? `${t.value.toFixed(2)}×` : `${ms(t.value)} ${t.unit}`,
      t.met ? 'yes' : 'NO',
    ]),
  );
  const todo = results.todo.length
    ? `\n\nNot measured:\n${results.todo.map((t) => `- ${t}`).join('\n')}`
    : '';
  return `${plans}\n\n${speed(results)}${measures}\n\n${ratios}\n\n${targets}${todo}\n`;
}

/** The machine's speed during the run (speedProbe.ts), when the results record it. */
function speed(results: Results): string {
  const probe = results.machine.speedProbeMs;
  if (!probe) return '';
  const shown = (s: { median: number; min: number; max: number }): string =>
    `${ms(s.median)} ms (${ms(s.min)}–${ms(s.max)})`;
  return `Machine speed probe (fixed workload in fresh processes, lower is faster): ${shown(probe.start)} at the start, ${shown(probe.end)} at the end.\n\n`;
}
