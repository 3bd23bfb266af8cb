/** "Simpan perubahan?" before leaving a plan with unsaved changes. */
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../store/store.ts';
import { Modal } from './Modal.tsx';

/** Save, discard or stay. */
export function ConfirmDiscardDialog({
  resolve,
}: {
  resolve(choice: 'save' | 'discard' | 'cancel'): void;
}) {
  const { t } = useTranslation();
  const name = useAppStore((s) => s.doc?.name ?? '');
  return (
    <Modal title={t('confirm.title')} onCancel={() => resolve('cancel')} alert>
      <p>{t('confirm.text', { name })}</p>
      <div className="modal-actions">
        <button type="button" className="button" onClick={() => resolve('cancel')}>
          {t('common.cancel')}
        </button>
        <button type="button" className="button" onClick={() => resolve('discard')}>
          {t('confirm.discard')}
        </button>
        <button
          type="button"
          className="button button-primary"
          data-autofocus
          onClick={() => resolve('save')}
        >
          {t('action.save')}
        </button>
      </div>
    </Modal>
  );
}
