/** The findings: a region named "Pemeriksaan"; each finding moves focus to its exact place. */
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Finding } from '../../../core/validate/index.ts';
import { findPart, isInside } from '../editor/overviewModel.ts';
import { useAppStore } from '../store/store.ts';
import { useFindings } from './useFindings.ts';

const SHOWN_LIMIT = 200;

/** The findings panel. */
export function FindingsPanel() {
  const { t } = useTranslation();
  const findings = useFindings();
  const activeKey = useAppStore((s) => s.activeKey);
  const focus = useAppStore((s) => s.focus);
  const validationError = useAppStore((s) => s.validationError);
  const checked = useAppStore((s) => s.completeness !== null);
  const [onlyHere, setOnlyHere] = useState(false);
  // On a Buku's or BAB's overview, "here" is every section inside it.
  const isPart = useAppStore(
    (s) => (s.doc ? findPart(s.doc.outline, s.activeKey) : undefined) !== undefined,
  );
  const matching = useMemo(() => {
    if (!onlyHere) return findings;
    return findings.filter((f) => {
      const key = f.target.sectionKey;
      if (key === undefined || activeKey === null) return false;
      return isPart ? isInside(key, activeKey) : key === activeKey;
    });
  }, [findings, onlyHere, activeKey, isPart]);
  // A new plan has a finding per empty section; the first ones are enough to act on.
  const shown = matching.slice(0, SHOWN_LIMIT);
  const errors = findings.filter((f) => f.severity === 'error').length;
  const warnings = findings.length - errors;
  const go = (finding: Finding) => focus({ ...finding.target });
  return (
    <section className="panel findings" role="region" aria-label={t('findings.title')}>
      <div className="panel-header">
        <h2 className="panel-title" aria-hidden="true">
          {t('findings.title')}
        </h2>
        <span className="findings-summary" role="status">
          {checked ? t('findings.summary', { errors, warnings }) : t('findings.checking')}
        </span>
      </div>
      <label className="findings-filter">
        <input type="checkbox" checked={onlyHere} onChange={(e) => setOnlyHere(e.target.checked)} />
        {t('findings.onlyHere')}
      </label>
      {validationError && (
        <p className="findings-error">{t('findings.failed', { message: validationError })}</p>
      )}
      {checked && shown.length === 0 ? (
        <p className="muted findings-empty">
          {onlyHere ? t('findings.noneHere') : t('findings.none')}
        </p>
      ) : (
        <ul className="findings-list">
          {shown.map((finding, index) => (
            <li key={`${finding.path}|${finding.code}|${index}`}>
              <button
                type="button"
                className={`finding finding-${finding.severity}`}
                onClick={() => go(finding)}
              >
                <span className="finding-severity">{t(`severity.${finding.severity}`)}</span>
                <span className="finding-message">{finding.message}</span>
                <span className="finding-where">{finding.where}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      {matching.length > shown.length && (
        <p className="muted findings-more">
          {t('findings.more', { count: matching.length - shown.length })}
        </p>
      )}
    </section>
  );
}
