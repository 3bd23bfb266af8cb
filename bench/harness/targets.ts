/** The targets and the comparisons with other tools, evaluated on the measures. */
import type { Comparison, Measure, TargetResult } from './results.ts';

interface ComparisonDef {
  ours: string;
  theirs: string;
  label: string;
  target?: number;
}

const COMPARISONS: ComparisonDef[] = [
  { ours: 'docx.ours', theirs: 'pandoc', label: 'DOCX: ours ÷ pandoc', target: 0.3 },
  { ours: 'pdf.ours', theirs: 'libreoffice', label: 'PDF: ours ÷ LibreOffice', target: 0.5 },
  { ours: 'pdf.ours', theirs: 'weasyprint', label: 'PDF: ours ÷ WeasyPrint', target: 1 / 6 },
];

/** Our time divided by theirs, for every plan measured with both. */
export function comparisons(measures: Measure[]): Comparison[] {
  const byId = new Map(measures.map((m) => [m.id, m]));
  const plans = [...new Set(measures.map((m) => m.plan))];
  return plans.flatMap((plan) =>
    COMPARISONS.flatMap((def): Comparison[] => {
      const ours = byId.get(`${plan}.${def.ours}`)?.timeMs;
      const process = byId.get(`${plan}.${def.ours.replace('.ours', '.ours-process')}`)?.timeMs;
      const theirs = byId.get(`${plan}.${def.theirs}`)?.timeMs;
      const ourCpu = byId.get(`${plan}.${def.ours}`)?.cpuMs;
      const theirCpu = byId.get(`${plan}.${def.theirs}`)?.cpuMs;
      if (!ours || !theirs) return [];
      return [
        {
          id: `${plan}.${def.ours}/${def.theirs}`,
          label: `${plan}: ${def.label}`,
          ours: `${plan}.${def.ours}`,
          theirs: `${plan}.${def.theirs}`,
          ratio: ours.median / theirs.median,
          ...(process ? { processRatio: process.median / theirs.median } : {}),
          ...(ourCpu && theirCpu ? { cpuRatio: ourCpu.median / theirCpu.median } : {}),
          ...(plan === 'large' && def.target !== undefined ? { target: def.target } : {}),
        },
      ];
    }),
  );
}

type Pick = (m: Measure) => number | undefined;
const median: Pick = (m) => m.timeMs?.median;
const p95: Pick = (m) => m.percentiles?.p95;
const memory: Pick = (m) => m.memoryMb?.median;

const TARGETS: {
  id: string;
  measure: string;
  label: string;
  max: number;
  unit: 'ms' | 'MB';
  pick: Pick;
}[] = [
  {
    id: 'docx-time',
    measure: 'large.docx.ours',
    label: 'DOCX export of the large plan',
    max: 1000,
    unit: 'ms',
    pick: median,
  },
  {
    id: 'pdf-time',
    measure: 'large.pdf.ours',
    label: 'PDF export of the large plan',
    max: 2500,
    unit: 'ms',
    pick: median,
  },
  {
    id: 'pdf-memory',
    measure: 'large.pdf.ours',
    label: 'PDF export peak memory',
    max: 400,
    unit: 'MB',
    pick: memory,
  },
  {
    id: 'validate-plan',
    measure: 'large.validate-plan',
    label: 'Whole-plan validation',
    max: 50,
    unit: 'ms',
    pick: median,
  },
  {
    id: 'validate-text',
    measure: 'large.validate-text-section',
    label: 'One section (longest text)',
    max: 5,
    unit: 'ms',
    pick: median,
  },
  {
    id: 'validate-table',
    measure: 'large.validate-table-section',
    label: 'One section (largest programme table)',
    max: 5,
    unit: 'ms',
    pick: median,
  },
  {
    id: 'open',
    measure: 'large.open',
    label: 'Open the large plan',
    max: 500,
    unit: 'ms',
    pick: median,
  },
  {
    id: 'save',
    measure: 'large.save',
    label: 'Save the large plan',
    max: 500,
    unit: 'ms',
    pick: median,
  },
  {
    id: 'typing-p95',
    measure: 'large.editor-keypress',
    label: 'Typing, keypress to frame, p95',
    max: 16,
    unit: 'ms',
    pick: p95,
  },
  {
    id: 'typing-p95-unthrottled',
    measure: 'large.editor-keypress-unthrottled',
    label: 'Typing, keypress to frame, p95, frames not held to 60 Hz',
    max: 16,
    unit: 'ms',
    pick: p95,
  },
  {
    id: 'editable',
    measure: 'large.editor-editable',
    label: 'Large plan editable',
    max: 2000,
    unit: 'ms',
    pick: median,
  },
  {
    id: 'renderer-memory',
    measure: 'large.editor-memory',
    label: 'Renderer memory',
    max: 400,
    unit: 'MB',
    pick: memory,
  },
];

/** Every target that has its measure, met or not. */
export function evaluateTargets(measures: Measure[], ratios: Comparison[]): TargetResult[] {
  const byId = new Map(measures.map((m) => [m.id, m]));
  const absolute = TARGETS.flatMap((t): TargetResult[] => {
    const measure = byId.get(t.measure);
    const value = measure && t.pick(measure);
    if (value === undefined) return [];
    return [
      {
        id: t.id,
        label: t.label,
        limit: `< ${t.max} ${t.unit}`,
        value,
        unit: t.unit,
        met: value < t.max,
      },
    ];
  });
  const relative = ratios
    .filter((c) => c.target !== undefined)
    .map((c): TargetResult => ({
      id: c.id,
      label: c.label,
      limit: `≤ ${c.target!.toFixed(2)}×`,
      value: c.ratio,
      unit: '×',
      met: c.ratio <= c.target!,
    }));
  return [...absolute, ...relative];
}
