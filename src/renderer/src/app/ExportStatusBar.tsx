/** Export progress, then the file written and "Buka folder"; or what went wrong. */
import { useTranslation } from 'react-i18next';
import { showExportFolder } from '../actions/export.ts';
import { useAppStore } from '../store/store.ts';

function kilobytes(bytes: number): string {
  return `${Math.max(1, Math.round(bytes / 1024)).toLocaleString('id-ID')} KB`;
}

/** A thin bar under the top bar while or after exporting. */
export function ExportStatusBar() {
  const { t } = useTranslation();
  const status = useAppStore((s) => s.exportStatus);
  const setStatus = useAppStore((s) => s.setExportStatus);
  if (!status) return null;
  const format = status.format === 'docx' ? 'Word' : 'PDF';
  return (
    <div className={`export-status export-status-${status.stage}`} role="status" aria-live="polite">
      {status.stage === 'finished' ? (
        <>
          <span className="export-text">
            {t('export.done', {
              format,
              file: status.result.name,
              size: kilobytes(status.result.bytes),
            })}
          </span>
          {status.errors > 0 && (
            <span className="export-warning">
              {t('export.withErrors', { count: status.errors })}
            </span>
          )}
          {status.folderShown ? (
            <span className="export-folder">
              {t('export.folderIs', { folder: status.folderShown })}
            </span>
          ) : (
            <button
              type="button"
              className="button button-small"
              onClick={() => void showExportFolder()}
            >
              {t('action.openFolder')}
            </button>
          )}
          <button
            type="button"
            className="button button-quiet button-small"
            onClick={() => setStatus(null)}
          >
            {t('common.close')}
          </button>
        </>
      ) : status.stage === 'failed' ? (
        <>
          <span className="export-text">
            {t('export.failed', { format, message: status.message })}
          </span>
          <button
            type="button"
            className="button button-quiet button-small"
            onClick={() => setStatus(null)}
          >
            {t('common.close')}
          </button>
        </>
      ) : (
        <>
          <span className="export-text">{t(`export.stage.${status.stage}`, { format })}</span>
          <span
            className="progress-indeterminate"
            role="progressbar"
            aria-label={t('export.progress', { format })}
          />
        </>
      )}
    </div>
  );
}
