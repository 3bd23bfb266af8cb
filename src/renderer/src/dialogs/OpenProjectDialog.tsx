/** Buka Proyek in the browser: the plans in the host's projects folder. */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProjectFileEntry } from '../../../shared/api.ts';
import { unwrap } from '../../../shared/client.ts';
import { openPath, reportError } from '../actions/project.ts';
import { api } from '../api/index.ts';
import { useAppStore } from '../store/store.ts';
import { Modal } from './Modal.tsx';

/** The list of project files to open. */
export function OpenProjectDialog() {
  const { t } = useTranslation();
  const close = useAppStore((s) => s.closeDialog);
  const folder = useAppStore((s) => s.appInfo?.projectsFolder ?? '');
  const [files, setFiles] = useState<ProjectFileEntry[] | null>(null);
  useEffect(() => {
    api
      .listProjectFiles()
      .then((envelope) => setFiles(unwrap(envelope)))
      .catch((error: unknown) => {
        reportError(error);
        setFiles([]);
      });
  }, []);
  const [opening, setOpening] = useState(false);
  // Open until the plan is loaded: closed at once, it gave the focus back to the plan on screen,
  // and what was typed there while the file was read went with that plan, unasked.
  const open = async (path: string) => {
    setOpening(true);
    await openPath(path);
    close();
  };
  return (
    <Modal title={t('open.title')} onCancel={close} wide>
      <p className="muted">{t('open.folder', { folder })}</p>
      {files === null ? (
        <p>{t('common.loading')}</p>
      ) : files.length === 0 ? (
        <p>{t('open.none')}</p>
      ) : (
        <ul className="file-list">
          {files.map((file) => (
            <li key={file.path}>
              <button
                type="button"
                className="file-item"
                disabled={opening}
                onClick={() => void open(file.path)}
              >
                <span className="file-name">{file.path}</span>
                <span className="file-meta muted">{new Date(file.modified).toLocaleString()}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="modal-actions">
        <button type="button" className="button" onClick={close}>
          {t('common.cancel')}
        </button>
      </div>
    </Modal>
  );
}
