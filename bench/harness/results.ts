/** The shape of bench/results.json. */
import type { PlanName } from '../generate/specs.ts';
import type { Summary } from './stats.ts';

export interface Measure {
  /** Stable id, e.g. "large.pdf.ours". */
  id: string;
  plan: PlanName;
  label: string;
  /** Milliseconds: the time the figure is about (absent for a memory-only figure). */
  timeMs?: Summary;
  /** For latencies: the 50th and 95th percentiles of timeMs.runs. */
  percentiles?: { p50: number; p95: number };
  cpuMs?: Summary;
  /** Peak resident memory of the process. */
  memoryMb?: Summary;
  /** The command that reproduces one run, from the repository root. */
  command: string;
  /** The machine's one-minute load average when the figure was taken (other work competes above 2). */
  loadAverage?: number;
  note?: string;
}

export interface Comparison {
  id: string;
  label: string;
  ours: string;
  theirs: string;
  /** Median of ours divided by median of theirs. */
  ratio: number;
  /** Ours measured as a whole process (node start, module loading, reading the plan) divided by theirs. */
  processRatio?: number;
  /** CPU time of our export divided by the tool's: steadier than wall time on a busy machine. */
  cpuRatio?: number;
  /** The ratio the target allows, when there is one. */
  target?: number;
}

export interface TargetResult {
  id: string;
  label: string;
  /** "< 1000 ms", "≤ 0.3×" */
  limit: string;
  value: number;
  unit: 'ms' | 'MB' | '×';
  met: boolean;
}

export interface PlanInfo {
  name: PlanName;
  path: string;
  bytes: number;
  words: number;
  proseWords: number;
  programmes: number;
  quickWins: number;
  tables: number;
  figures: number;
  /** Pages of our PDF. */
  pages?: number;
}

export interface Results {
  schemaVersion: 1;
  startedAt: string;
  finishedAt: string;
  machine: {
    cpus: number;
    cpuModel: string;
    memoryGb: number;
    node: string;
    loadAverageStart: number[];
    loadAverageEnd: number[];
    /**
     * The fixed workload of speedProbe.ts at the start and the end of the run (ms, fresh
     * processes): runs whose probes differ were taken at different speeds of the machine.
     */
    speedProbeMs?: { start: Summary; end: Summary };
  };
  git: { commit: string; dirty: boolean };
  tools: Record<string, string>;
  settings: { runs: number; slowRuns: number; warmup: number; seed: number };
  plans: PlanInfo[];
  measures: Measure[];
  comparisons: Comparison[];
  targets: TargetResult[];
  /** Figures that could not be measured, and why. */
  todo: string[];
}
