/** The plan is open in another window or process: open read-only, take it over, or cancel. */
import { useTranslation } from 'react-i18next';
import type { LockInfo } from '../../../shared/api.ts';
import { shortDateTime } from '../../../shared/when.ts';
import { useAppStore } from '../store/store.ts';
import { Modal } from './Modal.tsx';

/** The choice offered when a plan is locked. */
export function LockedDialog(props: {
  name: string;
  info: LockInfo;
  resolve(choice: 'read-only' | 'take-over' | 'cancel'): void;
}) {
  const { t } = useTranslation();
  const lang = useAppStore((s) => s.lang);
  const { info } = props;
  const since = shortDateTime(info.since, lang);
  return (
    <Modal title={t('lock.title')} onCancel={() => props.resolve('cancel')} alert>
      <p>{t('lock.text', { since })}</p>
      <p className="muted">
        {t(`lock.where.${info.where}`, { name: props.name, app: info.app, host: info.host })}
      </p>
      <p>{t('lock.readOnlyHint')}</p>
      <p className="field-error">{t('lock.takeOverWarning')}</p>
      <div className="modal-actions">
        <button type="button" className="button" onClick={() => props.resolve('cancel')}>
          {t('common.cancel')}
        </button>
        <button type="button" className="button" onClick={() => props.resolve('take-over')}>
          {t('lock.takeOver')}
        </button>
        <button
          type="button"
          className="button button-primary"
          data-autofocus
          onClick={() => props.resolve('read-only')}
        >
          {t('lock.readOnly')}
        </button>
      </div>
    </Modal>
  );
}
