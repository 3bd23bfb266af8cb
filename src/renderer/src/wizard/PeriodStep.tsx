/** Wizard step 3: the plan period (five years by default, following the RPJMD). */
import { useTranslation } from 'react-i18next';
import { NumberInput } from '../cells/NumberInput.tsx';
import type { UiKey } from '../i18n/types.ts';

interface PeriodStepProps {
  start: number | undefined;
  end: number | undefined;
  problem: UiKey | undefined;
  onStart(start: number | undefined): void;
  onEnd(end: number | undefined): void;
}

/** First and last year; a new first year moves the last one to five years on. */
export function PeriodStep({ start, end, problem: period, onStart, onEnd }: PeriodStepProps) {
  const { t } = useTranslation();
  return (
    <fieldset className="field-period">
      <legend className="field-label">{t('wizard.periodLegend')}</legend>
      <label className="inline-field">
        <span>{t('meta.periodStart')}</span>
        <NumberInput
          kind="year"
          className="cell-input"
          data-autofocus
          value={start}
          onValue={onStart}
        />
      </label>
      <label className="inline-field">
        <span>{t('meta.periodEnd')}</span>
        <NumberInput kind="year" className="cell-input" value={end} onValue={onEnd} />
      </label>
      <p className={period ? 'field-error' : 'muted'} role={period ? 'alert' : undefined}>
        {period ? t(period) : t('wizard.periodHint')}
      </p>
    </fieldset>
  );
}
