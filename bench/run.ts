/**
 * The benchmark (issue 6). `npx tsx bench/run.ts --generate` writes the plans;
 * `npx tsx bench/run.ts` measures them (generating them first when missing) and writes
 * bench/results.json. Options:
 *   --generate            write the plans to bench/generated/ and stop
 *   --seed N              another seed (plans of the same size, other content)
 *   --plans large,medium  which plans to measure
 *   --only ours,tools,core,editor
 *   --runs N --slow-runs N --warmup N
 *   --profile PLAN:docx|pdf|core   profile one run and print where the time goes
 *   --out FILE            where to write the results (default bench/results.json)
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { planPath, readPlan, writePlan, type GeneratedFile } from './generate/index.ts';
import { BENCH_PLANS, DEFAULT_SEED, type PlanName } from './generate/specs.ts';
import { GENERATED_DIR, ROOT, type BenchContext } from './harness/context.ts';
import { formatProfile, profileRun, type ProfileTarget } from './harness/profile.ts';
import { runBenchmark, type Step } from './harness/runBenchmark.ts';

const { values } = parseArgs({
  options: {
    generate: { type: 'boolean' },
    seed: { type: 'string' },
    plans: { type: 'string' },
    only: { type: 'string' },
    runs: { type: 'string' },
    'slow-runs': { type: 'string' },
    warmup: { type: 'string' },
    profile: { type: 'string' },
    out: { type: 'string' },
  },
});

const seed = values.seed === undefined ? DEFAULT_SEED : Number(values.seed);
const plans = (values.plans?.split(',') ?? BENCH_PLANS) as PlanName[];

function plansReady(): GeneratedFile[] {
  return plans.map((name) => {
    if (
      values.generate ||
      values.seed !== undefined ||
      !existsSync(planPath(GENERATED_DIR, name))
    ) {
      process.stderr.write(`Membuat rencana ${name} (benih ${seed})…\n`);
      return writePlan(GENERATED_DIR, name, seed);
    }
    return readPlan(GENERATED_DIR, name);
  });
}

const files = plansReady();
if (values.generate) {
  for (const f of files)
    console.log(
      `${f.path}: ${f.words} kata (${f.proseWords} kata uraian), ${f.programmes} program, ${f.quickWins} quick win, ${f.figures} gambar, ${(f.bytes / 1048576).toFixed(1)} MB`,
    );
} else if (values.profile) {
  const [plan, target] = values.profile.split(':') as [PlanName, ProfileTarget];
  const { file, summary } = await profileRun(plan, planPath(GENERATED_DIR, plan), target);
  console.log(`${file}\n\n${formatProfile(summary)}`);
} else {
  const ctx: BenchContext = {
    settings: {
      runs: Number(values.runs ?? 5),
      slowRuns: Number(values['slow-runs'] ?? 3),
      slowMs: 20_000,
      warmup: Number(values.warmup ?? 1),
      seed,
    },
    measures: [],
    todo: [],
  };
  const steps = (values.only?.split(',') ?? ['ours', 'tools', 'core', 'editor']) as Step[];
  const output = values.out ?? join(ROOT, 'bench', 'results.json');
  console.log(await runBenchmark(ctx, files, steps, output));
}
