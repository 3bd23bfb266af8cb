/** A save that would overwrite someone else's work: Simpan Sebagai, overwrite (when allowed), or cancel. */
import { useTranslation } from 'react-i18next';
import { Modal } from './Modal.tsx';

/** Never a silent overwrite: the user chooses. */
export function SaveConflictDialog(props: {
  message: string;
  canOverwrite: boolean;
  resolve(choice: 'save-as' | 'overwrite' | 'cancel'): void;
}) {
  const { t } = useTranslation();
  return (
    <Modal title={t('conflict.title')} onCancel={() => props.resolve('cancel')} alert>
      <p>{props.message}</p>
      <p className="muted">{t('conflict.hint')}</p>
      <div className="modal-actions">
        <button type="button" className="button" onClick={() => props.resolve('cancel')}>
          {t('common.cancel')}
        </button>
        {props.canOverwrite && (
          <button type="button" className="button" onClick={() => props.resolve('overwrite')}>
            {t('conflict.overwrite')}
          </button>
        )}
        <button
          type="button"
          className="button button-primary"
          data-autofocus
          onClick={() => props.resolve('save-as')}
        >
          {t('action.saveAs')}
        </button>
      </div>
    </Modal>
  );
}
