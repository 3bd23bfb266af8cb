/**
 * Repeats a measured process: warm-up runs first (not counted), then the counted runs. A run
 * that takes longer than `slowMs` in warm-up lowers the count to `slowRuns`, so the whole
 * benchmark stays within its time budget.
 */
import { runMeasured, type ProcessSample, type RunOptions } from './process.ts';

export interface RepeatOptions extends RunOptions {
  runs: number;
  warmup: number;
  slowRuns: number;
  slowMs: number;
  /** Printed before each run. */
  label: string;
}

/** The counted samples of `command args`. */
export async function repeatProcess(
  command: string,
  args: string[],
  options: RepeatOptions,
): Promise<ProcessSample[]> {
  let runs = options.runs;
  for (let i = 0; i < options.warmup; i++) {
    process.stderr.write(`  ${options.label}: pemanasan ${i + 1}/${options.warmup}\n`);
    const warm = await runMeasured(command, args, options);
    if (warm.wallMs > options.slowMs) runs = Math.min(runs, options.slowRuns);
  }
  const samples: ProcessSample[] = [];
  for (let i = 0; i < runs; i++) {
    process.stderr.write(`  ${options.label}: putaran ${i + 1}/${runs}\n`);
    samples.push(await runMeasured(command, args, options));
  }
  return samples;
}
