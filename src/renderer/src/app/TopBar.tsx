/** Project title, save state, undo/redo, find, Simpan, Ekspor Word, Ekspor PDF, completeness. */
import { useTranslation } from 'react-i18next';
import { exportPlan } from '../actions/export.ts';
import { redoEdit, undoEdit } from '../actions/edit.ts';
import { closeProjectFlow, save } from '../actions/project.ts';
import { saveStateOf } from '../store/projectSlice.ts';
import { useAppStore } from '../store/store.ts';
import { CompletenessMeter } from './CompletenessMeter.tsx';
import { ExportScope } from './ExportScope.tsx';
import { LanguageSwitch } from './LanguageSwitch.tsx';
import { Icon } from './Icon.tsx';
import { Logo } from './Logo.tsx';

/** The bar above the editor. */
export function TopBar() {
  const { t } = useTranslation();
  const title = useAppStore((s) => s.doc?.project.meta.title ?? '');
  const fileName = useAppStore((s) => s.doc?.name ?? '');
  const saveState = useAppStore(saveStateOf);
  const canUndo = useAppStore((s) => s.history.past.length > 0);
  const canRedo = useAppStore((s) => s.history.future.length > 0);
  const exporting = useAppStore(
    (s) =>
      s.exportStatus !== null &&
      s.exportStatus.stage !== 'finished' &&
      s.exportStatus.stage !== 'failed',
  );
  const overall = useAppStore((s) => s.completeness?.overall);
  const setFindOpen = useAppStore((s) => s.setFindOpen);
  return (
    <header className="topbar">
      <button
        type="button"
        className="topbar-home"
        onClick={() => void closeProjectFlow()}
        title={t('action.closeProject')}
      >
        <Logo size={28} />
        <span className="visually-hidden">{t('action.closeProject')}</span>
      </button>
      <div className="topbar-title">
        <h1 className="project-title" title={title}>
          {title}
        </h1>
        <div className="project-file">
          <span className="project-file-name">{fileName}</span>
          <span className={`save-state save-state-${saveState}`} role="status" aria-live="polite">
            {t(`save.${saveState}`)}
          </span>
        </div>
      </div>
      <div className="topbar-tools" role="toolbar" aria-label={t('toolbar.document')}>
        <button
          type="button"
          className="button button-icon"
          onClick={undoEdit}
          disabled={!canUndo}
          title={t('action.undoShortcut')}
        >
          <Icon name="undo" />
          <span className="visually-hidden">{t('action.undo')}</span>
        </button>
        <button
          type="button"
          className="button button-icon"
          onClick={redoEdit}
          disabled={!canRedo}
          title={t('action.redoShortcut')}
        >
          <Icon name="redo" />
          <span className="visually-hidden">{t('action.redo')}</span>
        </button>
        <button
          type="button"
          className="button"
          onClick={() => setFindOpen(true)}
          title={t('action.findShortcut')}
        >
          {t('action.find')}
        </button>
        <span className="toolbar-separator" aria-hidden="true" />
        <button
          type="button"
          className="button button-primary"
          onClick={() => void save()}
          disabled={saveState === 'saving'}
        >
          {t('action.save')}
        </button>
        <ExportScope />
        <button
          type="button"
          className="button"
          onClick={() => void exportPlan('docx')}
          disabled={exporting}
        >
          {t('action.exportWord')}
        </button>
        <button
          type="button"
          className="button"
          onClick={() => void exportPlan('pdf')}
          disabled={exporting}
        >
          {t('action.exportPdf')}
        </button>
      </div>
      <CompletenessMeter value={overall} />
      <LanguageSwitch compact />
    </header>
  );
}
