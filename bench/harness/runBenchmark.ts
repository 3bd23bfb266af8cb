/**
 * One benchmark run: for each plan, its twins for the other tools, our exports, the tools,
 * open/save/validate; then the editor on the largest plan. Writes results.json and returns
 * the tables to print.
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { format, resolveConfig } from 'prettier';
import { join } from 'node:path';
import type { GeneratedFile } from '../generate/index.ts';
import { GENERATED_DIR, ROOT, type BenchContext } from './context.ts';
import { measureCore } from './core.ts';
import { measureEditor } from './editor.ts';
import { measureAppFirstExport, measureOurExport, measureOurWarmExport } from './ours.ts';
import { pdfPages, preparePlan } from './prepare.ts';
import { formatResults } from './report.ts';
import type { PlanInfo, Results } from './results.ts';
import { probeMachineSpeed } from './machineSpeed.ts';
import { comparisons, evaluateTargets } from './targets.ts';
import { measureTools, toolVersions } from './tools.ts';

export type Step = 'ours' | 'tools' | 'core' | 'editor';

function git(): Results['git'] {
  try {
    const commit = execFileSync('git', ['rev-parse', 'HEAD'], {
      cwd: ROOT,
      encoding: 'utf8',
    }).trim();
    const dirty =
      execFileSync('git', ['status', '--porcelain'], { cwd: ROOT, encoding: 'utf8' }).trim() !== '';
    return { commit, dirty };
  } catch {
    return { commit: 'unknown', dirty: true };
  }
}

async function measurePlan(
  ctx: BenchContext,
  file: GeneratedFile,
  steps: Step[],
): Promise<PlanInfo> {
  process.stderr.write(`Rencana ${file.name}: menyiapkan Markdown dan HTML…\n`);
  const info = preparePlan(file);
  if (steps.includes('ours') || steps.includes('tools')) {
    await measureOurExport(ctx, file.name, file.path, 'docx');
    const pdf = await measureOurExport(ctx, file.name, file.path, 'pdf');
    info.pages = pdfPages(pdf);
  }
  if (steps.includes('ours')) {
    // What a planner meets on the first export after starting the desktop app, clicking at
    // once or after the pointer rested on the button…
    for (const format of ['docx', 'pdf'] as const) {
      await measureAppFirstExport(ctx, file.name, file.path, format);
      await measureAppFirstExport(ctx, file.name, file.path, format, true);
    }
    // …and exporting again from the editor (the thread is kept between exports).
    await measureOurWarmExport(ctx, file.name, file.path, 'docx');
    await measureOurWarmExport(ctx, file.name, file.path, 'pdf');
  }
  if (steps.includes('tools')) await measureTools(ctx, file.name);
  if (steps.includes('core')) await measureCore(ctx, file.name, file.path);
  return info;
}

/** Runs the steps on the plans, writes `output`, returns the printed tables. */
export async function runBenchmark(
  ctx: BenchContext,
  files: GeneratedFile[],
  steps: Step[],
  output: string,
): Promise<string> {
  const startedAt = new Date().toISOString();
  const loadAverageStart = loadavg();
  process.stderr.write('Mengukur kecepatan mesin (awal)…\n');
  const speedStart = await probeMachineSpeed();
  const plans: PlanInfo[] = [];
  // Smaller plans first: their runs also warm the tools' files and caches for the large one.
  const ordered = [...files].sort((a, b) => a.bytes - b.bytes);
  for (const file of ordered) plans.push(await measurePlan(ctx, file, steps));
  if (steps.includes('editor')) {
    const largest = ordered[ordered.length - 1];
    if (largest) await measureEditor(ctx, largest.name, largest.path);
  }
  process.stderr.write('Mengukur kecepatan mesin (akhir)…\n');
  const speedEnd = await probeMachineSpeed();
  const ratios = comparisons(ctx.measures);
  const results: Results = {
    schemaVersion: 1,
    startedAt,
    finishedAt: new Date().toISOString(),
    machine: {
      cpus: cpus().length,
      cpuModel: cpus()[0]?.model ?? 'unknown',
      memoryGb: Math.round(totalmem() / 1073741824),
      node: process.version,
      loadAverageStart,
      loadAverageEnd: loadavg(),
      speedProbeMs: { start: speedStart, end: speedEnd },
    },
    git: git(),
    tools: toolVersions(),
    settings: {
      runs: ctx.settings.runs,
      slowRuns: ctx.settings.slowRuns,
      warmup: ctx.settings.warmup,
      seed: ctx.settings.seed,
    },
    plans,
    measures: ctx.measures,
    comparisons: ratios,
    targets: evaluateTargets(ctx.measures, ratios),
    todo: ctx.todo,
  };
  // Formatted as the repository's Prettier would, so `npm run lint` accepts the file.
  const options = (await resolveConfig(output)) ?? {};
  writeFileSync(output, await format(JSON.stringify(results), { ...options, parser: 'json' }));
  writeFileSync(join(GENERATED_DIR, 'results.txt'), formatResults(results));
  return formatResults(results);
}
