/**
 * How fast the machine is during a run: the fixed workload of speedProbe.ts, each time in a
 * fresh process, at the start and at the end of a benchmark run. Two runs' figures compare
 * only when their probes agree; this virtual machine's speed moves by half between hours.
 */
import { join } from 'node:path';
import { ROOT } from './context.ts';
import { runMeasured } from './process.ts';
import { type Summary, summarize } from './stats.ts';

export const SPEED_PROBE = join(ROOT, 'bench', 'harness', 'speedProbe.ts');

/** The probe's time over `runs` fresh processes. */
export async function probeMachineSpeed(runs = 5): Promise<Summary> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const run = await runMeasured(process.execPath, ['--import', 'tsx', SPEED_PROBE], {
      cwd: ROOT,
      timeoutMs: 60_000,
    });
    const line = run.stdout.trim().split('\n').pop() ?? '';
    times.push((JSON.parse(line) as { ms: number }).ms);
  }
  return summarize(times);
}
