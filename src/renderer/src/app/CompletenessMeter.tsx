/** The plan's overall completeness as a bar and a percentage. */
import { useTranslation } from 'react-i18next';

/** `value` is 0–1, or undefined before the first check has run. */
export function CompletenessMeter({ value }: { value: number | undefined }) {
  const { t } = useTranslation();
  const percent = value === undefined ? undefined : Math.round(value * 100);
  return (
    <div
      className="completeness"
      role="meter"
      aria-label={t('completeness.overall')}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={percent ?? 0}
      aria-valuetext={percent === undefined ? t('completeness.pending') : `${percent}%`}
    >
      <span className="completeness-label">{t('completeness.short')}</span>
      <span className="completeness-track" aria-hidden="true">
        <span className="completeness-fill" style={{ width: `${percent ?? 0}%` }} />
      </span>
      <span className="completeness-value">{percent === undefined ? '…' : `${percent}%`}</span>
    </div>
  );
}
