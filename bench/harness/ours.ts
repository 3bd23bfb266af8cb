/** Our DOCX and PDF exports, one child process per run (bench/harness/exportOnce.ts). */
import { join } from 'node:path';
import type { PlanName } from '../generate/specs.ts';
import { planDir, ROOT, shown, type BenchContext, record } from './context.ts';
import type { ExportSample } from './exportOnce.ts';
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
