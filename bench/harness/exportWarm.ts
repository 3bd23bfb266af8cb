/**
 * Child process of the harness: a planner exporting again from the editor. The plan goes
 * through the editor's kept export thread (ExportThread, src/core/export/worker/) and
 * exportToFile, as the editor's export handler sends it: once (the thread starts, loads the
 * exporters, fills its caches), then RUNS more times through the same thread, each timed from
 * the request to the written file. Prints one JSON line (WarmExportSample).
 *
 * With `app`, the thread runs the desktop app's built export thread (`out/main/exportThread.js`,
 * from `npm run build`) instead of the checkout's TypeScript through tsx: its first export is
 * the one a planner waits for on the first export after starting the app. With
 * `app-prepared`, the thread is first prepared for the format (not timed; `prepareMs`), as the
 * editor asks when the pointer or the focus comes onto an export button. RUNS may be 0.
 *
 *   node --import tsx bench/harness/exportWarm.ts PLAN.rencana docx|pdf OUT RUNS [app|app-prepared]
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { ExportFormat } from '../../src/core/export/index.ts';
import { ExportThread, SOURCE_THREAD } from '../../src/core/export/worker/exportInWorker.ts';
import { exportToFile } from '../../src/core/io/exportFile.ts';
import { readProjectFile } from '../../src/core/io/projectFile.ts';
import { builtinTemplates } from '../../src/core/io/templates.ts';
import { planContext } from '../../src/core/plan/context.ts';

export interface WarmExportSample {
  /** The first export: starting the thread, loading modules, empty caches. */
  firstMs: number;
  /** With `app-prepared`: preparing the thread before the first export (not in firstMs). */
  prepareMs?: number;
  firstCpuMs: number;
  /** Each later export through the same thread, request to written file. */
  warmMs: number[];
  /** CPU time of each later export (user + system, the whole process: both threads). */
  warmCpuMs: number[];
  /** Resident memory of the process (this thread and the export thread) after each later export. */
  rssAfterMb: number[];
  /** Peak resident memory of the process, read at exit. */
  maxRssMb: number;
  /** Export threads started: 1 unless the thread ended between exports. */
  threads: number;
  bytes: number;
}

const [planArg, formatArg, outArg, runsArg, threadArg] = process.argv.slice(2);
const runs = Number(runsArg);
if (
  !planArg ||
  (formatArg !== 'docx' && formatArg !== 'pdf') ||
  !outArg ||
  !Number.isInteger(runs) ||
  runs < 0 ||
  (threadArg !== undefined && threadArg !== 'app' && threadArg !== 'app-prepared')
) {
  console.error('Pemakaian: exportWarm.ts PLAN.rencana docx|pdf OUT PUTARAN [app|app-prepared]');
  process.exit(2);
}
/** The desktop app's export thread, as `npm run build` writes it. */
const APP_THREAD = new URL('../../out/main/exportThread.js', import.meta.url);
const app = threadArg === 'app' || threadArg === 'app-prepared';
if (app && !existsSync(APP_THREAD)) {
  console.error('Thread ekspor aplikasi belum dibangun: jalankan `npm run build`.');
  process.exit(2);
}
const format: ExportFormat = formatArg;
const planPath = resolve(planArg);
const { project } = readProjectFile(planPath);
const templates = builtinTemplates();
const thread = new ExportThread(app ? APP_THREAD : SOURCE_THREAD);

/** One export as the editor's handler does it; its wall and CPU time. */
async function exportOnce(): Promise<{ ms: number; cpuMs: number; bytes: number }> {
  const cpuStart = process.cpuUsage();
  const start = performance.now();
  const ctx = planContext(project, templates.forProject(project.template));
  const written = await exportToFile(
    ctx,
    { format, book: 'all', projectPath: planPath, out: resolve(outArg!) },
    (plan, request) => thread.export(plan.project, request),
  );
  const ms = performance.now() - start;
  const cpu = process.cpuUsage(cpuStart);
  return { ms, cpuMs: (cpu.user + cpu.system) / 1000, bytes: written.bytes };
}

let prepareMs: number | undefined;
if (threadArg === 'app-prepared') {
  const start = performance.now();
  if (!(await thread.prepare(format))) {
    console.error('Thread ekspor gagal disiapkan.');
    process.exit(1);
  }
  prepareMs = performance.now() - start;
}
const first = await exportOnce();
const warmMs: number[] = [];
const warmCpuMs: number[] = [];
const rssAfterMb: number[] = [];
let bytes = first.bytes;
for (let i = 0; i < runs; i++) {
  const run = await exportOnce();
  warmMs.push(run.ms);
  warmCpuMs.push(run.cpuMs);
  rssAfterMb.push(process.memoryUsage().rss / 1048576);
  bytes = run.bytes;
}
const sample: WarmExportSample = {
  firstMs: first.ms,
  ...(prepareMs === undefined ? {} : { prepareMs }),
  firstCpuMs: first.cpuMs,
  warmMs,
  warmCpuMs,
  rssAfterMb,
  maxRssMb: process.resourceUsage().maxRSS / 1024,
  threads: thread.threadsStarted,
  bytes,
};
await thread.terminate();
console.log(JSON.stringify(sample));
