/**
 * Child process of the harness: opens one plan, exports it once to DOCX or PDF, writes the
 * file and prints one JSON line (ExportSample). One export per process, so the peak memory
 * read at exit is that export's.
 *
 *   node --import tsx bench/harness/exportOnce.ts PLAN.rencana docx|pdf OUT
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { exportPlan, type ExportFormat } from '../../src/core/export/index.ts';
import { readProjectFile } from '../../src/core/io/projectFile.ts';
import { builtinTemplates } from '../../src/core/io/templates.ts';
import { planContext } from '../../src/core/plan/context.ts';

export interface ExportSample {
  /** Layout, rendering and writing the file. */
  exportMs: number;
  /** CPU time of the export (user + system, all threads). */
  cpuMs: number;
  /** Reading the plan and its template before the export. */
  loadMs: number;
  /** Resident memory before the export started. */
  rssBeforeMb: number;
  /** Peak resident memory of the process, read at exit. */
  maxRssMb: number;
  bytes: number;
}

const [planArg, formatArg, outArg] = process.argv.slice(2);
if (!planArg || (formatArg !== 'docx' && formatArg !== 'pdf') || !outArg) {
  console.error('Pemakaian: exportOnce.ts PLAN.rencana docx|pdf OUT');
  process.exit(2);
}
const format: ExportFormat = formatArg;
const loadStart = performance.now();
const { project } = readProjectFile(resolve(planArg));
const ctx = planContext(project, builtinTemplates().forProject(project.template));
const loadMs = performance.now() - loadStart;
const rssBeforeMb = process.memoryUsage().rss / 1048576;
const cpuStart = process.cpuUsage();
const start = performance.now();
const result = await exportPlan(ctx, { format, book: 'all' });
writeFileSync(outArg, result.bytes);
const exportMs = performance.now() - start;
const cpu = process.cpuUsage(cpuStart);
const sample: ExportSample = {
  exportMs,
  cpuMs: (cpu.user + cpu.system) / 1000,
  loadMs,
  rssBeforeMb,
  maxRssMb: process.resourceUsage().maxRSS / 1024,
  bytes: result.bytes.length,
};
console.log(JSON.stringify(sample));
