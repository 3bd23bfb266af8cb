/**
 * Gabungkan Rencana Kabupaten/Kota: pick the regency/city plans (native dialog on the
 * desktop, the projects folder in the browser), run the roll-up, see what was taken and
 * skipped and why, and optionally write the roll-up report.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatRupiah } from '../../../core/format/number.ts';
import { regionsPhrase } from '../../../core/region/names.ts';
import type { ExportDone, ProjectFileEntry, RollupOutcome } from '../../../shared/api.ts';
import { unwrap } from '../../../shared/client.ts';
import { reportError } from '../actions/project.ts';
import {
  exportRollupReport,
  matrixSectionKey,
  pickRollupFiles,
  rollupKindOf,
  runRollup,
} from '../actions/rollup.ts';
import { api } from '../api/index.ts';
import { errorMessage } from '../api/errors.ts';
import { useAppStore } from '../store/store.ts';
import { Modal } from './Modal.tsx';

interface Finished {
  outcome: RollupOutcome;
  changed: number;
}

/** The roll-up dialog. */
export function RollupDialog() {
  const { t } = useTranslation();
  const doc = useAppStore((s) => s.doc);
  const lang = useAppStore((s) => s.lang);
  const native = useAppStore((s) => s.appInfo?.nativeDialogs ?? false);
  const folder = useAppStore((s) => s.appInfo?.projectsFolder ?? '');
  const close = useAppStore((s) => s.closeDialog);
  const showSection = useAppStore((s) => s.showSection);
  const [available, setAvailable] = useState<ProjectFileEntry[] | null>(null);
  const [chosen, setChosen] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const [finished, setFinished] = useState<Finished | null>(null);
  const [report, setReport] = useState<ExportDone | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const ownPath = doc?.path;

  useEffect(() => {
    if (native) return;
    api
      .listProjectFiles()
      .then((envelope) => setAvailable(unwrap(envelope).filter((file) => file.path !== ownPath)))
      .catch((error: unknown) => {
        reportError(error);
        setAvailable([]);
      });
  }, [native, ownPath]);

  if (!doc) return null;
  const kind = rollupKindOf(doc);
  const matrixKey = matrixSectionKey(doc);

  const toggle = (path: string, on: boolean) =>
    setChosen((list) => (on ? [...list, path] : list.filter((p) => p !== path)));

  const pick = async () => {
    try {
      const files = await pickRollupFiles();
      if (files) setChosen(files);
    } catch (error) {
      setProblem(errorMessage(error, lang));
    }
  };

  const run = async () => {
    setBusy(true);
    setProblem(null);
    setReport(null);
    try {
      setFinished(await runRollup(chosen));
    } catch (error) {
      setProblem(errorMessage(error, lang));
    } finally {
      setBusy(false);
    }
  };

  const writeReport = async (format: 'xlsx' | 'docx' | 'pdf') => {
    setBusy(true);
    setProblem(null);
    try {
      setReport(await exportRollupReport(format));
    } catch (error) {
      setProblem(errorMessage(error, lang));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal title={t('rollup.title')} onCancel={close} className="modal-rollup">
      <p>
        {kind === 'agglomeration'
          ? t('rollup.introAgglomeration', { regions: regionsPhrase(doc.project.meta.regions) })
          : t('rollup.introProvince', { region: doc.project.meta.regions[0]?.name ?? '' })}
      </p>
      {native ? (
        <div className="rollup-pick">
          <button type="button" className="button" onClick={() => void pick()} disabled={busy}>
            {t('rollup.pick')}
          </button>
          {chosen.length > 0 && (
            <ul className="rollup-chosen" aria-label={t('rollup.chosen')}>
              {chosen.map((path) => (
                <li key={path}>{path}</li>
              ))}
            </ul>
          )}
        </div>
      ) : (
        <fieldset className="rollup-files">
          <legend>{t('rollup.filesIn', { folder })}</legend>
          {available === null ? (
            <p>{t('common.loading')}</p>
          ) : available.length === 0 ? (
            <p>{t('open.none')}</p>
          ) : (
            <ul className="file-list">
              {available.map((file) => (
                <li key={file.path}>
                  <label className="file-item rollup-file">
                    <input
                      type="checkbox"
                      checked={chosen.includes(file.path)}
                      onChange={(e) => toggle(file.path, e.target.checked)}
                    />
                    <span className="file-name">{file.path}</span>
                  </label>
                </li>
              ))}
            </ul>
          )}
        </fieldset>
      )}
      {problem && (
        <p className="field-error" role="alert">
          {problem}
        </p>
      )}
      {busy && <p role="status">{t('rollup.running')}</p>}
      {finished && <RollupResult finished={finished} lang={lang} />}
      {finished && (
        <div className="rollup-report" role="group" aria-label={t('rollup.report')}>
          <span>{t('rollup.report')}:</span>
          {(['xlsx', 'docx', 'pdf'] as const).map((format) => (
            <button
              key={format}
              type="button"
              className="button button-small"
              disabled={busy}
              onClick={() => void writeReport(format)}
            >
              {format.toUpperCase()}
            </button>
          ))}
          {report && <span role="status">{t('rollup.reportWritten', { file: report.path })}</span>}
        </div>
      )}
      <div className="modal-actions">
        {finished && matrixKey && (
          <button
            type="button"
            className="button"
            onClick={() => {
              close();
              showSection(matrixKey);
            }}
          >
            {t('rollup.showMatrix')}
          </button>
        )}
        <button type="button" className="button" onClick={close}>
          {t('common.close')}
        </button>
        <button
          type="button"
          className="button button-primary"
          disabled={busy || chosen.length === 0}
          onClick={() => void run()}
        >
          {t('rollup.run')}
        </button>
      </div>
    </Modal>
  );
}

/** What the roll-up did: files taken and skipped, programme counts, shared-programme candidates. */
function RollupResult({ finished, lang }: { finished: Finished; lang: string }) {
  const { t } = useTranslation();
  const { outcome, changed } = finished;
  const info = outcome.lines.filter((line) => line.severity === 'info');
  return (
    <section className="rollup-result" aria-labelledby="rollup-result-heading">
      <h3 id="rollup-result-heading">{t('rollup.result')}</h3>
      <p role="status">
        {changed === 0 ? t('rollup.unchanged') : t('rollup.changed', { count: changed })}{' '}
        {t('rollup.totals', outcome.totals)}
      </p>
      {outcome.imported.length > 0 && (
        <table className="rollup-table">
          <caption>{t('rollup.imported')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('rollup.col.file')}</th>
              <th scope="col">{t('rollup.col.region')}</th>
              <th scope="col">{t('rollup.col.programmes')}</th>
              <th scope="col">{t('rollup.col.added')}</th>
              <th scope="col">{t('rollup.col.updated')}</th>
              <th scope="col">{t('rollup.col.unchanged')}</th>
              <th scope="col">{t('rollup.col.removed')}</th>
            </tr>
          </thead>
          <tbody>
            {outcome.imported.map((row) => (
              <tr key={row.file}>
                <td>{row.file}</td>
                <td>
                  {row.region} ({row.code})
                </td>
                <td>{row.programmes}</td>
                <td>{row.added}</td>
                <td>{row.updated}</td>
                <td>{row.unchanged}</td>
                <td>{row.removed}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {outcome.skipped.length > 0 && (
        <>
          <h4 id="rollup-skipped">{t('rollup.skipped')}</h4>
          <ul className="rollup-skipped" aria-labelledby="rollup-skipped">
            {outcome.skipped.map((row, index) => (
              <li key={`${row.file}-${index}`}>{row.reason}</li>
            ))}
          </ul>
        </>
      )}
      <h4 id="rollup-candidates">{t('rollup.candidates')}</h4>
      {outcome.candidates.length === 0 ? (
        <p className="muted">{t('rollup.noCandidates')}</p>
      ) : (
        <ul className="rollup-candidates" aria-labelledby="rollup-candidates">
          {outcome.candidates.map((c, index) => (
            <li key={`${c.theme}-${index}`}>
              <strong>{c.theme}</strong> — {c.regions.join(', ')} (
              {t('rollup.candidateSize', {
                count: c.programmes,
                cost: formatRupiah(c.totalCost),
              })}
              ){c.confirmed ? ` · ${t('rollup.confirmed')}` : ''}
            </li>
          ))}
        </ul>
      )}
      <details>
        <summary>{t('rollup.fullReport')}</summary>
        <ul lang={lang}>
          {info.map((line, index) => (
            <li key={index}>{line.text}</li>
          ))}
        </ul>
      </details>
    </section>
  );
}
