/** Identitas Proyek: title, date, period, regions, team and the OPD list the choice lists use. */
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { NumberInput } from '../cells/NumberInput.tsx';
import { META_KEY } from '../store/document.ts';
import { useAppStore } from '../store/store.ts';
import { focusMeta } from './focusMeta.ts';
import { updateMeta } from './metaEdit.ts';
import { OpdTable } from './OpdTable.tsx';
import { TeamTable } from './TeamTable.tsx';

/** The project details page. */
export function ProjectDetails() {
  const { t } = useTranslation();
  const meta = useAppStore((s) => s.doc!.project.meta);
  const reloads = useAppStore((s) => s.reloads);
  const focusRequest = useAppStore((s) => s.focusRequest);
  const pageRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (focusRequest?.meta !== undefined && pageRef.current)
      focusMeta(pageRef.current, focusRequest.meta);
  }, [focusRequest]);

  return (
    <article
      className="section section-meta"
      aria-labelledby="section-title"
      key={reloads}
      ref={pageRef}
      data-page={META_KEY}
    >
      <header className="section-header">
        <h2 id="section-title" className="section-title">
          {t('meta.title')}
        </h2>
        <p className="muted">{t('meta.intro')}</p>
      </header>
      <div className="fields-form">
        <div className="field field-wide">
          <label className="field-label" htmlFor="meta-title">
            {t('meta.planTitle')}
          </label>
          <input
            id="meta-title"
            data-meta="title"
            className="cell-input"
            value={meta.title}
            maxLength={300}
            onChange={(e) => updateMeta(meta, { title: e.target.value }, 'title')}
          />
        </div>
        <div className="field">
          <label className="field-label" htmlFor="meta-date">
            {t('meta.date')}
          </label>
          <input
            id="meta-date"
            data-meta="date"
            className="cell-input"
            type="date"
            value={meta.date}
            onChange={(e) => e.target.value && updateMeta(meta, { date: e.target.value }, 'date')}
          />
        </div>
        <fieldset className="field field-period">
          <legend className="field-label">{t('meta.period')}</legend>
          <NumberInput
            kind="year"
            className="cell-input"
            aria-label={t('meta.periodStart')}
            data-meta="period/start"
            value={meta.period.start}
            onValue={(start) =>
              start !== undefined &&
              updateMeta(meta, { period: { ...meta.period, start } }, 'period')
            }
          />
          <span aria-hidden="true">–</span>
          <NumberInput
            kind="year"
            className="cell-input"
            aria-label={t('meta.periodEnd')}
            data-meta="period/end"
            value={meta.period.end}
            onValue={(end) =>
              end !== undefined && updateMeta(meta, { period: { ...meta.period, end } }, 'period')
            }
          />
        </fieldset>
        <div className="field field-wide">
          <span className="field-label">{t('meta.regions')}</span>
          <ul className="plain-list">
            {meta.regions.map((region, i) => (
              <li key={region.code} data-meta={`regions/${i}/code`} tabIndex={-1}>
                {region.name} <span className="muted">({region.code})</span>
              </li>
            ))}
          </ul>
        </div>
      </div>

      <TeamTable meta={meta} />
      <OpdTable meta={meta} />
    </article>
  );
}
