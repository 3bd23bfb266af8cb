/**
 * Our DOCX and PDF exports: one child process per run (bench/harness/exportOnce.ts), the first
 * export in the desktop app's built export thread, and exports again in the editor's kept
 * export thread (both bench/harness/exportWarm.ts).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { PlanName } from '../generate/specs.ts';
import { planDir, ROOT, shown, type BenchContext, record } from './context.ts';
import type { ExportSample } from './exportOnce.ts';
import type { WarmExportSample } from './exportWarm.ts';
import { runMeasured } from './process.ts';
import { repeatProcess } from './repeat.ts';
import { summarize, summarizeKnown } from './stats.ts';

const EXPORT_ONCE = join(ROOT, 'bench', 'harness', 'exportOnce.ts');

/** The node arguments of one export run. */
export function exportArgs(
  planPath: string,
  format: 'docx' | 'pdf',
  out: string,
  extra: string[] = [],
): string[] {
  return [...extra, '--import', 'tsx', EXPORT_ONCE, planPath, format, out];
}

/** Measures one format of one plan; returns the path of the last output. */
export async function measureOurExport(
  ctx: BenchContext,
  plan: PlanName,
  planPath: string,
  format: 'docx' | 'pdf',
): Promise<string> {
  const out = join(planDir(plan), `ours.${format}`);
  const args = exportArgs(planPath, format, out);
  const samples = await repeatProcess(process.execPath, args, {
    ...ctx.settings,
    cwd: ROOT,
    timeoutMs: 600_000,
    label: `${plan} ${format} Rencana Studio`,
  });
  const parsed = samples.map((s) => JSON.parse(s.stdout.trim().split('\n').pop()!) as ExportSample);
  const command = `node ${args.map((a) => (a.startsWith('/') ? shown(a) : a)).join(' ')}`;
  const name = format === 'docx' ? 'DOCX' : 'PDF';
  record(
    ctx,
    {
      id: `${plan}.${format}.ours`,
      plan,
      label: `${name} export, Rencana Studio (layout + render + write)`,
      timeMs: summarize(parsed.map((p) => p.exportMs)),
      cpuMs: summarize(parsed.map((p) => p.cpuMs)),
      memoryMb: summarize(parsed.map((p) => p.maxRssMb)),
      command,
      note: `resident memory before the export: ${Math.round(parsed[0]!.rssBeforeMb)} MB; output ${Math.round(parsed[0]!.bytes / 1024)} KB`,
    },
    {
      id: `${plan}.${format}.ours-process`,
      plan,
      label: `${name} export, Rencana Studio as a whole process (node, tsx, read plan, export)`,
      timeMs: summarize(samples.map((s) => s.wallMs)),
      cpuMs: summarizeKnown(samples.map((s) => s.cpuMs)),
      command,
    },
  );
  return out;
}

const EXPORT_WARM = join(ROOT, 'bench', 'harness', 'exportWarm.ts');

/** The node arguments of the kept-thread run: one first export, then `runs` timed ones. */
export function warmExportArgs(
  planPath: string,
  format: 'docx' | 'pdf',
  out: string,
  runs: number,
): string[] {
  return ['--import', 'tsx', EXPORT_WARM, planPath, format, out, String(runs)];
}

/**
 * Measures one format of one plan exported again from the editor: one child process, one
 * first export through the editor's kept export thread (not counted), then the settings'
 * number of runs through the same thread.
 */
export async function measureOurWarmExport(
  ctx: BenchContext,
  plan: PlanName,
  planPath: string,
  format: 'docx' | 'pdf',
): Promise<void> {
  const out = join(planDir(plan), `ours-warm.${format}`);
  const args = warmExportArgs(planPath, format, out, ctx.settings.runs);
  process.stderr.write(
    `  ${plan} ${format} Rencana Studio, thread ekspor editor: 1 + ${ctx.settings.runs} putaran\n`,
  );
  const run = await runMeasured(process.execPath, args, { cwd: ROOT, timeoutMs: 900_000 });
  const sample = JSON.parse(run.stdout.trim().split('\n').pop()!) as WarmExportSample;
  const command = `node ${args.map((a) => (a.startsWith('/') ? shown(a) : a)).join(' ')}`;
  const name = format === 'docx' ? 'DOCX' : 'PDF';
  const rss = sample.rssAfterMb.map((mb) => Math.round(mb)).join(', ');
  record(ctx, {
    id: `${plan}.${format}.ours-warm`,
    plan,
    label: `${name} export, second and later export in the editor's kept export thread`,
    timeMs: summarize(sample.warmMs),
    cpuMs: summarize(sample.warmCpuMs),
    memoryMb: summarize([sample.maxRssMb]),
    command,
    note: `the first export in the same thread (thread start, modules, empty caches): ${Math.round(sample.firstMs)} ms, CPU ${Math.round(sample.firstCpuMs)} ms; resident memory of the process after each later export: ${rss} MB; ${sample.threads} thread(s) started; peak memory is the whole process (editor thread and export thread)`,
  });
}

/**
 * Measures the first export of one format of one plan in the desktop app's export thread (the
 * built bundle, `out/main/exportThread.js`): one child process per run, thread start, modules
 * and empty caches included. Without a build this is a TODO, not a number.
 */
export async function measureAppFirstExport(
  ctx: BenchContext,
  plan: PlanName,
  planPath: string,
  format: 'docx' | 'pdf',
  prepared = false,
): Promise<void> {
  if (!existsSync(join(ROOT, 'out', 'main', 'exportThread.js'))) {
    ctx.todo.push(
      'Ekspor pertama di aplikasi desktop: thread ekspor belum dibangun (jalankan `npm run build`), tidak diukur.',
    );
    return;
  }
  const out = join(planDir(plan), `ours-app.${format}`);
  const args = [...warmExportArgs(planPath, format, out, 0), prepared ? 'app-prepared' : 'app'];
  const samples = await repeatProcess(process.execPath, args, {
    ...ctx.settings,
    cwd: ROOT,
    timeoutMs: 600_000,
    label: `${plan} ${format} Rencana Studio, ekspor pertama di thread aplikasi${prepared ? ' yang disiapkan' : ''}`,
  });
  const parsed = samples.map(
    (s) => JSON.parse(s.stdout.trim().split('\n').pop()!) as WarmExportSample,
  );
  const command = `node ${args.map((a) => (a.startsWith('/') ? shown(a) : a)).join(' ')}`;
  const name = format === 'docx' ? 'DOCX' : 'PDF';
  const prepareMs = parsed.flatMap((p) => (p.prepareMs === undefined ? [] : [p.prepareMs]));
  record(ctx, {
    id: `${plan}.${format}.ours-app-${prepared ? 'prepared' : 'first'}`,
    plan,
    label: prepared
      ? `${name} export, first in the desktop app's export thread, prepared (pointer on the button)`
      : `${name} export, first in the desktop app's export thread (built bundle: thread start, modules, empty caches)`,
    timeMs: summarize(parsed.map((p) => p.firstMs)),
    cpuMs: summarize(parsed.map((p) => p.firstCpuMs)),
    memoryMb: summarize(parsed.map((p) => p.maxRssMb)),
    command,
    note: `timed from the request to the written file, as the editor sends it; one process per run; peak memory is the whole process (serving thread and export thread)${
      prepareMs.length > 0
        ? `; preparing the thread before it (thread start, modules, templates${format === 'pdf' ? ', three renders of the warm-up document' : ''}; not timed above): median ${Math.round(summarize(prepareMs).median)} ms`
        : ''
    }`,
  });
}
