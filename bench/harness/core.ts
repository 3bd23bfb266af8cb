/** Opening, saving and validating a plan, timed in a child process (bench/harness/coreOnce.ts). */
import { join } from 'node:path';
import type { PlanName } from '../generate/specs.ts';
import { planDir, ROOT, shown, type BenchContext, record } from './context.ts';
import type { CoreSample } from './coreOnce.ts';
import { runMeasured } from './process.ts';
import { summarize } from './stats.ts';

const CORE_ONCE = join(ROOT, 'bench', 'harness', 'coreOnce.ts');

/** Runs coreOnce with four times the export runs (these are fast) and records five measures. */
export async function measureCore(
  ctx: BenchContext,
  plan: PlanName,
  planPath: string,
): Promise<CoreSample> {
  const runs = Math.max(1, ctx.settings.runs * 4);
  const warmup = Math.max(1, ctx.settings.warmup * 3);
  const args = [
    '--import',
    'tsx',
    CORE_ONCE,
    planPath,
    String(runs),
    String(warmup),
    join(planDir(plan), 'saved.rencana'),
  ];
  process.stderr.write(`  ${plan} buka/simpan/validasi: ${runs} putaran\n`);
  const result = await runMeasured(process.execPath, args, { cwd: ROOT, timeoutMs: 600_000 });
  const sample = JSON.parse(result.stdout.trim().split('\n').pop()!) as CoreSample;
  const command = `node ${args.map((a) => (a.startsWith('/') ? shown(a) : a)).join(' ')}`;
  const add = (id: string, label: string, times: number[], note?: string) =>
    record(ctx, {
      id: `${plan}.${id}`,
      plan,
      label,
      timeMs: summarize(times),
      command,
      ...(note ? { note } : {}),
    });
  add('open', 'Open the plan file (readProjectFile)', sample.openMs);
  add('save', 'Save the plan file (writeProjectFile)', sample.saveMs);
  add(
    'validate-plan',
    'Validate the whole plan (validatePlan)',
    sample.validatePlanMs,
    sample.errors ? 'the plan has errors' : 'no errors',
  );
  add(
    'validate-text-section',
    'Validate one edited section: the longest text (validateSection)',
    sample.validateTextSectionMs,
    sample.textSection,
  );
  add(
    'validate-table-section',
    'Validate one edited section: the largest programme table (validateSection)',
    sample.validateTableSectionMs,
    sample.tableSection,
  );
  return sample;
}
