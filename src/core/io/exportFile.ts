/** Writes an export next to the project or where the user asked, atomically. */
import { mkdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { exportPlan, type ExportRequest, type ExportResult } from '../export/index.ts';
import type { PlanContext } from '../plan/context.ts';
import { writeFileAtomic } from './atomicWrite.ts';

export interface ExportToFileOptions extends ExportRequest {
  /** A file path or an existing folder; default: the project's folder. */
  out?: string;
  projectPath: string;
}

/** What turns a plan into document bytes: exportPlan here, or the same in a worker thread. */
export type Exporter = (ctx: PlanContext, request: ExportRequest) => Promise<ExportResult>;

/** Exports and writes the document; returns the path written and its size. */
export async function exportToFile(
  ctx: PlanContext,
  options: ExportToFileOptions,
  exporter: Exporter = exportPlan,
): Promise<{ path: string; bytes: number }> {
  const { bytes, fileName } = await exporter(ctx, { format: options.format, book: options.book });
  let path = options.out ?? join(dirname(options.projectPath), fileName);
  // "keluaran/" names a folder even before it exists: make it, as a user would expect.
  if (/[\\/]$/.test(path)) {
    try {
      mkdirSync(path, { recursive: true });
    } catch {
      // The write below reports why the folder is not usable.
    }
  }
  try {
    if (statSync(path).isDirectory()) path = join(path, fileName);
  } catch {
    // Not an existing folder: a file path.
  }
  writeFileAtomic(path, bytes);
  return { path, bytes: bytes.length };
}
