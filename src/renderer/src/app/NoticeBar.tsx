/** One message at a time at the bottom of the window: errors stay until dismissed. */
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../store/store.ts';

/** The notice bar (a live region, so screen readers announce it). */
export function NoticeBar() {
  const { t } = useTranslation();
  const notice = useAppStore((s) => s.notice);
  const setNotice = useAppStore((s) => s.setNotice);
  return (
    <div className="notice-area" aria-live="polite">
      {notice && (
        <div
          className={`notice notice-${notice.kind}`}
          role={notice.kind === 'error' ? 'alert' : undefined}
        >
          <span className="notice-text">{notice.text}</span>
          <button type="button" className="button button-quiet" onClick={() => setNotice(null)}>
            {t('common.close')}
          </button>
        </div>
      )}
    </div>
  );
}
