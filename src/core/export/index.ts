/** The export pipeline: plan → layout model → DOCX or PDF bytes. */
import { buildLayout } from '../layout/index.ts';
import type { BookSelection } from '../layout/model.ts';
import type { PlanContext } from '../plan/context.ts';
import { renderDocx } from './docx/index.ts';
import { renderPdf } from './pdf/index.ts';

export type ExportFormat = 'docx' | 'pdf';

export const EXPORT_FORMATS: readonly ExportFormat[] = ['docx', 'pdf'];

export interface ExportRequest {
  format: ExportFormat;
  book: BookSelection;
}

export interface ExportResult {
  bytes: Uint8Array;
  /** Suggested file name with extension. */
  fileName: string;
}

/** Lays the plan out once and translates it to the requested format. */
export async function exportPlan(ctx: PlanContext, request: ExportRequest): Promise<ExportResult> {
  const layout = buildLayout(ctx, { book: request.book });
  const bytes = request.format === 'docx' ? await renderDocx(layout) : await renderPdf(layout);
  return { bytes, fileName: `${layout.fileBaseName}.${request.format}` };
}
