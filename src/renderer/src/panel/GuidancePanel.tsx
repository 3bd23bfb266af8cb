/** Petunjuk pengisian and the example of the section being edited. */
import { useTranslation } from 'react-i18next';
import { findPart } from '../editor/overviewModel.ts';
import { META_KEY } from '../store/document.ts';
import { useAppStore } from '../store/store.ts';

/** The guidance panel. */
export function GuidancePanel() {
  const { t } = useTranslation();
  const section = useAppStore((s) =>
    s.activeKey ? s.doc?.outline.byKey.get(s.activeKey) : undefined,
  );
  const isMeta = useAppStore((s) => s.activeKey === META_KEY);
  const isPart = useAppStore(
    (s) => (s.doc ? findPart(s.doc.outline, s.activeKey) : undefined) !== undefined,
  );
  const toggle = useAppStore((s) => s.toggleGuidance);
  return (
    <section className="panel guidance" aria-labelledby="guidance-heading">
      <div className="panel-header">
        <h2 id="guidance-heading" className="panel-title">
          {t('guidance.title')}
        </h2>
        <button type="button" className="button button-quiet button-small" onClick={toggle}>
          {t('guidance.hide')}
        </button>
      </div>
      {isMeta ? (
        <p className="guidance-text">{t('guidance.meta')}</p>
      ) : isPart ? (
        <p className="guidance-text">{t('guidance.part')}</p>
      ) : section ? (
        <>
          <p className="guidance-text">{section.guidance || t('guidance.none')}</p>
          {section.example && (
            <details className="guidance-example">
              <summary>{t('guidance.example')}</summary>
              <p className="guidance-text">{section.example}</p>
            </details>
          )}
        </>
      ) : (
        <p className="muted">{t('guidance.choose')}</p>
      )}
    </section>
  );
}
