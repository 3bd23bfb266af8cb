/** Writes the roll-up reports the user asked for: XLSX here, DOCX/PDF through the export pipeline. */
import { extname } from 'node:path';
import { writeFileAtomic } from '../io/atomicWrite.ts';
import type { PlanContext } from '../plan/context.ts';
import { rollupSummary } from './planSummary.ts';
import { ROLLUP_TABLES, tableSectionKey } from './target.ts';
import { rollupWorkbook } from './xlsx.ts';

/** The report formats `--report` accepts, named by file extension. */
export type ReportFormat = 'xlsx' | 'docx' | 'pdf';

export const REPORT_FORMATS: readonly ReportFormat[] = ['xlsx', 'docx', 'pdf'];

/** The report format a path's extension names, or undefined. */
export function reportFormatOf(path: string): ReportFormat | undefined {
  const ext = extname(path).slice(1).toLowerCase();
  return REPORT_FORMATS.find((f) => f === ext);
}

/** The Buku holding the roll-up (the matrix of a province plan, the programmes of an agglomeration). */
function rollupBook(ctx: PlanContext): number | 'all' {
  const key =
    tableSectionKey(ctx, ROLLUP_TABLES.matrix) ?? tableSectionKey(ctx, ROLLUP_TABLES.programme);
  return (key && ctx.outline.byKey.get(key)?.book?.number) || 'all';
}

/** Writes one report of the rolled-up plan `ctx` to `path` (atomically); throws UserErrors. */
export async function writeRollupReport(
  ctx: PlanContext,
  path: string,
  format: ReportFormat,
  projectPath: string,
): Promise<void> {
  if (format === 'xlsx') {
    const { programmes, summary } = rollupSummary(ctx);
    const bytes = await rollupWorkbook({
      title: ctx.project.meta.title,
      date: ctx.project.meta.date,
      programmes,
      summary,
      framework: ctx.template.framework,
    });
    writeFileAtomic(path, bytes);
    return;
  }
  // Loaded on demand: the exporters pull in docx and pdfmake.
  const { exportToFile } = await import('../io/exportFile.ts');
  await exportToFile(ctx, { format, book: rollupBook(ctx), out: path, projectPath });
}
