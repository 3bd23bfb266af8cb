/** Tentang Rencana Studio. */
import { useTranslation } from 'react-i18next';
import { Logo } from '../app/Logo.tsx';
import { useAppStore } from '../store/store.ts';
import { Modal } from './Modal.tsx';

/** Version and a short description. */
export function AboutDialog() {
  const { t } = useTranslation();
  const info = useAppStore((s) => s.appInfo);
  const close = useAppStore((s) => s.closeDialog);
  return (
    <Modal title={t('about.title')} onCancel={close}>
      <div className="about">
        <Logo size={48} />
        <div>
          <p>{t('about.text')}</p>
          <p className="muted">{info ? t('start.version', { version: info.version }) : null}</p>
        </div>
      </div>
      <div className="modal-actions">
        <button type="button" className="button button-primary" onClick={close}>
          {t('common.close')}
        </button>
      </div>
    </Modal>
  );
}
