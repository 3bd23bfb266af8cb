/** Simpan Sebagai in the browser: a file name in the host's projects folder. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { saveUnderName } from '../actions/project.ts';
import { useAppStore } from '../store/store.ts';
import { Modal } from './Modal.tsx';

/** Asks for the name, then saves. */
export function SaveAsDialog({ resolve }: { resolve(saved: boolean): void }) {
  const { t } = useTranslation();
  const suggested = useAppStore((s) => s.doc?.path ?? s.doc?.name ?? 'rencana.rencana');
  const folder = useAppStore((s) => s.appInfo?.projectsFolder ?? '');
  const close = useAppStore((s) => s.closeDialog);
  const [name, setName] = useState(suggested);
  const [busy, setBusy] = useState(false);
  const finish = (saved: boolean) => {
    close();
    resolve(saved);
  };
  return (
    <Modal title={t('saveAs.title')} onCancel={() => finish(false)}>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          setBusy(true);
          void saveUnderName(name.trim()).then((saved) => {
            setBusy(false);
            if (saved) finish(true);
          });
        }}
      >
        <label className="field-label" htmlFor="save-name">
          {t('saveAs.name')}
        </label>
        <input
          id="save-name"
          className="cell-input"
          data-autofocus
          value={name}
          onChange={(e) => setName(e.target.value)}
        />
        <p className="muted">{t('saveAs.folder', { folder })}</p>
        <div className="modal-actions">
          <button type="button" className="button" onClick={() => finish(false)}>
            {t('common.cancel')}
          </button>
          <button
            type="submit"
            className="button button-primary"
            disabled={busy || name.trim() === ''}
          >
            {t('action.save')}
          </button>
        </div>
      </form>
    </Modal>
  );
}
