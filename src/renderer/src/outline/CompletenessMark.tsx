/** A small ring filled to the share done, with the percentage for screen readers. */
import { useTranslation } from 'react-i18next';

/** `value` is 0–1. */
export function CompletenessMark({ value }: { value: number }) {
  const { t } = useTranslation();
  const percent = Math.round(value * 100);
  const state = percent >= 100 ? 'done' : percent > 0 ? 'partial' : 'empty';
  return (
    <span className={`mark mark-${state}`} title={t('completeness.mark', { percent })}>
      <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true" focusable="false">
        <circle cx="8" cy="8" r="6" className="mark-track" />
        {percent > 0 && (
          <circle
            cx="8"
            cy="8"
            r="6"
            className="mark-fill"
            pathLength={100}
            strokeDasharray={`${percent} 100`}
            transform="rotate(-90 8 8)"
          />
        )}
      </svg>
      <span className="visually-hidden">, {t('completeness.mark', { percent })}</span>
    </span>
  );
}
