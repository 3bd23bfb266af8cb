/** What every measuring step of one harness run shares: settings, paths and the results so far. */
import { loadavg } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { PlanName } from '../generate/specs.ts';
import type { Measure } from './results.ts';

/** The repository root. */
export const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
/** Where generated plans and outputs go (gitignored). */
export const GENERATED_DIR = join(ROOT, 'bench', 'generated');

export interface RunSettings {
  runs: number;
  /** Runs of a step whose warm-up took longer than slowMs. */
  slowRuns: number;
  slowMs: number;
  warmup: number;
  seed: number;
}

export interface BenchContext {
  settings: RunSettings;
  measures: Measure[];
  todo: string[];
}

/** Records measures, stamped with the machine's load at that moment. */
export function record(ctx: BenchContext, ...measures: Measure[]): void {
  const loadAverage = Math.round(loadavg()[0]! * 100) / 100;
  for (const measure of measures) ctx.measures.push({ ...measure, loadAverage });
}

/** The folder of one plan's outputs. */
export function planDir(plan: PlanName): string {
  return join(GENERATED_DIR, plan);
}

/** A path as written in a reproducing command: relative to the root. */
export function shown(path: string): string {
  return relative(ROOT, path) || '.';
}
