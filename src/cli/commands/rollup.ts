/**
 * `rencana rollup`: brings regency/city plans into a province (or agglomeration)
 * plan. Exit 0 when every file was rolled up, 1 when some were skipped (the rest
 * is written) or none could be, 2 when the target cannot be read, used or written.
 */
import { resolve } from 'node:path';
import { msg } from '../../core/i18n/messages.ts';
import { writeProjectFile } from '../../core/io/projectFile.ts';
import { rollupSummary } from '../../core/rollup/planSummary.ts';
import { rollupReportLines } from '../../core/rollup/reportLines.ts';
import { reportFormatOf, writeRollupReport } from '../../core/rollup/reports.ts';
import { runRollup } from '../../core/rollup/run.ts';
import { parseCommandArgs } from '../args.ts';
import { UsageError, type Command } from '../io.ts';
import { loadPlan } from '../loadPlan.ts';
import { text } from '../text.ts';

/** Rolls KABKOTA_FILES… up into PROVINCE_FILE (or --out) and writes the --report files. */
export const rollupCommand: Command = async (args, io) => {
  const { values, positionals } = parseCommandArgs(
    'rollup',
    args,
    { out: { type: 'string' }, report: { type: 'string', multiple: true } },
    io,
  );
  const [targetFile, ...files] = positionals;
  if (!targetFile) throw new UsageError('rollup', text(io.lang, 'error.missing-file'));
  if (files.length === 0) throw new UsageError('rollup', msg(io.lang, 'rollup.no-sources'));
  const reports = (values.report ?? []).map((file) => {
    const format = reportFormatOf(file);
    if (!format)
      throw new UsageError(
        'rollup',
        text(io.lang, 'error.bad-option', { value: file, option: '--report' }),
      );
    return { file, format };
  });
  const ctx = loadPlan(targetFile, io.cwd);
  const run = runRollup(ctx, targetFile, files, io.cwd, io.lang);
  const { summary } = rollupSummary(run.ctx);
  const nothing = run.changes.imported.length === 0;
  for (const line of rollupReportLines(run.changes, run.skipped, summary, io.lang)) {
    if (line.severity === 'warning') io.err(line.text);
    else if (!nothing) io.out(line.text);
  }
  if (nothing) {
    io.err(msg(io.lang, 'rollup.nothing', { file: targetFile }));
    return 1;
  }
  const out = values.out ?? targetFile;
  writeProjectFile(resolve(io.cwd, out), run.project);
  io.out(msg(io.lang, 'rollup.written', { file: out }));
  for (const report of reports) {
    await writeRollupReport(
      run.ctx,
      resolve(io.cwd, report.file),
      report.format,
      resolve(io.cwd, out),
    );
    io.out(msg(io.lang, 'rollup.report-written', { file: report.file }));
  }
  if (run.skipped.length > 0) {
    io.err(msg(io.lang, 'rollup.skipped-count', { skipped: run.skipped.length, total: run.total }));
    return 1;
  }
  return 0;
};
