/**
 * The province roll-up from the editor: the same core run as `rencana rollup`, on the plan
 * as it is in the editor (saved or not). Nothing is written to the plan's file; the
 * renderer applies the new plan as one undoable edit and the user saves it.
 */
import { statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { msg } from '../../core/i18n/messages.ts';
import { planContext } from '../../core/plan/context.ts';
import { rollupSummary } from '../../core/rollup/planSummary.ts';
import { rollupReportLines } from '../../core/rollup/reportLines.ts';
import { writeRollupReport } from '../../core/rollup/reports.ts';
import { runRollup } from '../../core/rollup/run.ts';
import type { ApiInput, ExportDone, RollupCandidate, RollupOutcome } from '../../shared/api.ts';
import { AppError } from '../../shared/messages.ts';
import type { HandlerEnv } from './env.ts';
import { PROJECT_EXTENSION, suggestedProjectFileName } from './fileNames.ts';

/** The plan's file on disk, or where it would be saved by default. */
function targetPath(
  env: HandlerEnv,
  input: { projectPath?: string; project: ApiInput<'rollupPlan'>['project'] },
) {
  return input.projectPath === undefined
    ? join(env.files.defaultFolder(), suggestedProjectFileName(input.project))
    : env.files.resolve(input.projectPath);
}

/** chooseRollupFiles: the regency/city plans picked in the native dialog; null when cancelled. */
export async function chooseRollupFiles(
  _input: undefined,
  env: HandlerEnv,
): Promise<string[] | null> {
  if (!env.dialogs.available) throw new AppError('app.dialog-unavailable');
  const chosen = await env.dialogs.chooseProjectFiles();
  return chosen === undefined ? null : chosen.map((path) => env.files.display(path));
}

/** rollupPlan: brings the chosen regency/city plans into the plan sent, and says what happened. */
export function rollupPlan(input: ApiInput<'rollupPlan'>, env: HandlerEnv): RollupOutcome {
  const ctx = planContext(input.project, env.templates.forProject(input.project.template));
  const target = targetPath(env, input);
  // Each path is checked by the shell's rules first; the run then names files as the user saw them.
  const files = input.files.map((file) => {
    const absolute = env.files.resolve(file);
    if (!absolute.toLowerCase().endsWith(PROJECT_EXTENSION))
      throw new AppError('app.not-rencana', { path: basename(absolute) });
    return env.files.display(absolute);
  });
  const run = runRollup(ctx, target, files, env.files.defaultFolder(), input.lang);
  const { summary } = rollupSummary(run.ctx);
  const imported = run.changes.imported.map((i) => ({
    file: i.file,
    region: i.regionName,
    code: i.regionCode,
    programmes: i.programmes,
    ...i.counts,
  }));
  const totals = { added: 0, updated: 0, unchanged: 0, removed: 0 };
  for (const i of imported) {
    totals.added += i.added;
    totals.updated += i.updated;
    totals.unchanged += i.unchanged;
    totals.removed += i.removed;
  }
  const regionName = new Map(summary.byRegion.map((r) => [r.code, r.name]));
  const candidates: RollupCandidate[] = summary.candidates.map((c) => ({
    theme: c.theme,
    element: c.element,
    regions: c.regions.map((code) => regionName.get(code) ?? code),
    programmes: c.members.length,
    totalCost: c.totalCost,
    confirmed: c.confirmed,
  }));
  const lines = rollupReportLines(run.changes, run.skipped, summary, input.lang);
  if (imported.length === 0)
    lines.push({
      severity: 'warning',
      text: msg(input.lang, 'rollup.nothing', { file: basename(target) }),
    });
  return {
    // Nothing taken: the plan stays exactly as it was sent.
    project: imported.length === 0 ? input.project : run.project,
    target: run.target.kind,
    imported,
    skipped: run.skipped.map((s) => ({
      file: s.file,
      key: s.key,
      reason: msg(input.lang, s.key, s.params),
    })),
    totals,
    candidates,
    lines,
  };
}

/** exportRollupReport: the roll-up summaries as XLSX, DOCX or PDF beside the plan's file. */
export async function exportRollupReport(
  input: ApiInput<'exportRollupReport'>,
  env: HandlerEnv,
): Promise<ExportDone> {
  const ctx = planContext(input.project, env.templates.forProject(input.project.template));
  const projectPath = targetPath(env, input);
  const stem = basename(projectPath).replace(/\.rencana$/i, '');
  const path = join(dirname(projectPath), `${stem}-rekap-gabungan.${input.format}`);
  await writeRollupReport(ctx, path, input.format, projectPath);
  env.files.grant(path);
  return {
    path: env.files.display(path),
    name: basename(path),
    folder: dirname(path),
    bytes: statSync(path).size,
  };
}
