/** The start screen: new plan, open a plan, the sample, and recent plans. */
import { useTranslation } from 'react-i18next';
import {
  discardRecoveryFlow,
  openPath,
  openProjectFlow,
  openSampleFlow,
  restoreRecoveryFlow,
  startNewProject,
} from '../actions/project.ts';
import { shortDateTime } from '../../../shared/when.ts';
import { useAppStore } from '../store/store.ts';
import { LanguageSwitch } from './LanguageSwitch.tsx';
import { Logo } from './Logo.tsx';

function formatDate(iso: string, lang: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime())
    ? ''
    : date.toLocaleString(lang === 'en' ? 'en-GB' : 'id-ID', {
        dateStyle: 'medium',
        timeStyle: 'short',
      });
}

/** The first screen when no plan is open. */
export function StartScreen() {
  const { t } = useTranslation();
  const recent = useAppStore((s) => s.recent);
  const lang = useAppStore((s) => s.lang);
  const info = useAppStore((s) => s.appInfo);
  const recoveries = useAppStore((s) => s.recoveries);
  return (
    <main className="start">
      <div className="start-inner">
        <header className="start-header">
          <Logo />
          <div>
            <h1 className="start-title">Rencana Studio</h1>
            <p className="start-tagline">{t('start.tagline')}</p>
          </div>
          <LanguageSwitch />
        </header>
        {recoveries.length > 0 && (
          <section className="start-recovery" aria-labelledby="recovery-heading">
            <h2 id="recovery-heading">{t('recovery.heading')}</h2>
            <p className="muted">{t('recovery.intro')}</p>
            <ul className="recovery-list">
              {recoveries.map((entry) => (
                <li key={entry.id} className="recovery-item" aria-label={entry.title}>
                  <div className="recovery-text">
                    <span className="recent-title">{entry.title}</span>
                    <span className="recent-meta">
                      {entry.name ?? t('recovery.neverSaved')} ·{' '}
                      {t('recovery.takenAt', { when: shortDateTime(entry.takenAt, lang) })}
                    </span>
                  </div>
                  <button
                    type="button"
                    className="button button-primary"
                    onClick={() => void restoreRecoveryFlow(entry.id)}
                  >
                    {t('recovery.restore')}
                  </button>
                  <button
                    type="button"
                    className="button"
                    onClick={() => void discardRecoveryFlow(entry.id)}
                  >
                    {t('recovery.discard')}
                  </button>
                </li>
              ))}
            </ul>
          </section>
        )}
        <section className="start-actions" aria-label={t('start.actions')}>
          <StartAction
            id="newProject"
            label={t('action.newProject')}
            hint={t('start.newProjectHint')}
            onClick={() => void startNewProject()}
          />
          <StartAction
            id="openProject"
            label={t('action.openProject')}
            hint={t('start.openProjectHint')}
            onClick={() => void openProjectFlow()}
          />
          <StartAction
            id="openSample"
            label={t('action.openSample')}
            hint={t('start.openSampleHint')}
            onClick={() => void openSampleFlow()}
          />
        </section>
        <section className="start-recent" aria-labelledby="recent-heading">
          <h2 id="recent-heading">{t('start.recent')}</h2>
          {recent.length === 0 ? (
            <p className="muted">{t('start.noRecent')}</p>
          ) : (
            <ul className="recent-list">
              {recent.map((entry) => (
                <li key={entry.path}>
                  <button
                    type="button"
                    className="recent-item"
                    onClick={() => void openPath(entry.path)}
                  >
                    <span className="recent-title">{entry.title}</span>
                    <span className="recent-meta">
                      {entry.name} · {formatDate(entry.openedAt, lang)}
                    </span>
                  </button>
                </li>
              ))}
            </ul>
          )}
        </section>
        <footer className="start-footer muted">
          {info?.projectsFolder ? t('start.projectsFolder', { folder: info.projectsFolder }) : null}
          {info ? <span> · {t('start.version', { version: info.version })}</span> : null}
        </footer>
      </div>
    </main>
  );
}

/** One start-screen action: a large button with its explanation. */
function StartAction(props: { id: string; label: string; hint: string; onClick: () => void }) {
  const hintId = `start-${props.id}-hint`;
  return (
    <div className="start-action">
      <button
        type="button"
        className="start-action-button"
        aria-describedby={hintId}
        onClick={props.onClick}
      >
        {props.label}
      </button>
      <p id={hintId} className="start-action-text">
        {props.hint}
      </p>
    </div>
  );
}
