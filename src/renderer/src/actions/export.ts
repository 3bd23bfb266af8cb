/** Ekspor Word / Ekspor PDF: the plan as it is on screen, with progress, and the folder afterwards. */
import { unwrap } from '../../../shared/client.ts';
import { api } from '../api/index.ts';
import { errorMessage } from '../api/errors.ts';
import { useAppStore } from '../store/store.ts';
import { exportRunning } from '../store/uiSlice.ts';

const store = useAppStore;

/** Exports the whole plan in `format`; progress and the result appear in the export status. */
export async function exportPlan(format: 'docx' | 'pdf'): Promise<void> {
  const { doc, exportStatus, exportBook } = store.getState();
  if (!doc) return;
  if (exportRunning(exportStatus)) return;
  store.getState().setExportStatus({ format, stage: 'preparing' });
  try {
    const result = unwrap(
      await api.exportDocument(
        { project: doc.project, projectPath: doc.path, format, book: exportBook },
        (progress) => store.getState().setExportStatus({ format, stage: progress.stage }),
      ),
    );
    const errors = store.getState().planFindings.filter((f) => f.severity === 'error').length;
    store.getState().setExportStatus({ format, stage: 'finished', result, errors });
  } catch (error) {
    store.getState().setExportStatus({
      format,
      stage: 'failed',
      message: errorMessage(error, store.getState().lang),
    });
  }
}

/** Asking again sooner does nothing useful: the host keeps a prepared thread for 90 s idle. */
export const PREPARE_AGAIN_MS = 30_000;
const preparedAt: Partial<Record<'docx' | 'pdf', number>> = {};

/**
 * The pointer or the focus is on an export button: the host readies its export thread for
 * that format (starts it, loads the exporter), so the export starts at once when asked. Only a
 * hint: nothing is shown, and an answer that does not come changes nothing.
 */
export function prepareExport(format: 'docx' | 'pdf'): void {
  const { doc, exportStatus } = store.getState();
  if (!doc || exportRunning(exportStatus)) return;
  const now = performance.now();
  const last = preparedAt[format];
  if (last !== undefined && now - last < PREPARE_AGAIN_MS) return;
  preparedAt[format] = now;
  void api.prepareExport({ format });
}

/** Buka folder: the system file manager where there is one, otherwise the folder's path on screen. */
export async function showExportFolder(): Promise<void> {
  const status = store.getState().exportStatus;
  if (status?.stage !== 'finished') return;
  try {
    const shown = unwrap(await api.openFolder({ path: status.result.path }));
    if (!shown.opened) store.getState().setExportStatus({ ...status, folderShown: shown.folder });
  } catch (error) {
    store.getState().setNotice({ kind: 'error', text: errorMessage(error, store.getState().lang) });
  }
}
