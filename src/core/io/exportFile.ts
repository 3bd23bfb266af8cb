/** Writes an export next to the project or where the user asked, atomically. */
import { statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { exportPlan, type ExportRequest } from '../export/index.ts';
import type { PlanContext } from '../plan/context.ts';
import { writeFileAtomic } from './atomicWrite.ts';

export interface ExportToFileOptions extends ExportRequest {
  /** A file path or an existing folder; default: the project's folder. */
  out?: string;
  projectPath: string;
}

/** Exports and writes the document; returns the path written and its size. */
export async function exportToFile(
  ctx: PlanContext,
  options: ExportToFileOptions,
): Promise<{ path: string; bytes: number }> {
  const { bytes, fileName } = await exportPlan(ctx, options);
  let path = options.out ?? join(dirname(options.projectPath), fileName);
  try {
    if (statSync(path).isDirectory()) path = join(path, fileName);
  } catch {
    // Not an existing folder: a file path.
  }
  writeFileAtomic(path, bytes);
  return { path, bytes: bytes.length };
}
