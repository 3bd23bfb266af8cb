/** Project title, save state, undo/redo, find, Simpan, Ekspor Word, Ekspor PDF, completeness. */
import { useTranslation } from 'react-i18next';
import { exportPlan, prepareExport } from '../actions/export.ts';
import { exportRunning } from '../store/uiSlice.ts';
import { redoEdit, undoEdit } from '../actions/edit.ts';
import { closeProjectFlow, save, saveAs } from '../actions/project.ts';
import { openRollup, rollupKindOf } from '../actions/rollup.ts';
import { saveStateOf } from '../store/projectSlice.ts';
import { useAppStore } from '../store/store.ts';
import { CompletenessMeter } from './CompletenessMeter.tsx';
import { ExportScope } from './ExportScope.tsx';
import { LanguageSwitch } from './LanguageSwitch.tsx';
import { Icon, type IconName } from './Icon.tsx';
import { Logo } from './Logo.tsx';

/** The bar above the editor. */
export function TopBar() {
  const { t } = useTranslation();
  const title = useAppStore((s) => s.doc?.project.meta.title ?? '');
  const fileName = useAppStore((s) => s.doc?.name ?? '');
  const saveState = useAppStore(saveStateOf);
  const canUndo = useAppStore((s) => s.history.past.length > 0);
  const canRedo = useAppStore((s) => s.history.future.length > 0);
  const exporting = useAppStore((s) => exportRunning(s.exportStatus));
  const overall = useAppStore((s) => s.completeness?.overall);
  const setFindOpen = useAppStore((s) => s.setFindOpen);
  const readOnly = useAppStore((s) => s.doc?.readOnly === true);
  const canRollUp = useAppStore((s) => s.doc !== null && rollupKindOf(s.doc) !== undefined);
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
          {readOnly && (
            <span className="read-only-badge" title={t('readOnly.hint')}>
              {t('readOnly.badge')}
            </span>
          )}
        </div>
      </div>
      <div className="topbar-tools" role="toolbar" aria-label={t('toolbar.document')}>
        <IconButton
          icon="undo"
          label={t('action.undo')}
          title={t('action.undoShortcut')}
          onClick={undoEdit}
          disabled={!canUndo}
        />
        <IconButton
          icon="redo"
          label={t('action.redo')}
          title={t('action.redoShortcut')}
          onClick={redoEdit}
          disabled={!canRedo}
        />
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
          disabled={saveState === 'saving' || readOnly}
          title={readOnly ? t('readOnly.hint') : undefined}
        >
          {t('action.save')}
        </button>
        {readOnly && (
          <button type="button" className="button" onClick={() => void saveAs()}>
            {t('action.saveAs')}
          </button>
        )}
        <button
          type="button"
          className="button"
          onClick={openRollup}
          disabled={!canRollUp}
          aria-describedby={canRollUp ? undefined : 'rollup-unavailable'}
          title={canRollUp ? t('rollup.title') : t('rollup.unavailable')}
        >
          {t('action.rollup')}
        </button>
        {!canRollUp && (
          <span id="rollup-unavailable" className="visually-hidden">
            {t('rollup.unavailable')}
          </span>
        )}
        <ExportScope />
        <button
          type="button"
          className="button"
          onClick={() => void exportPlan('docx')}
          onPointerEnter={() => prepareExport('docx')}
          onFocus={() => prepareExport('docx')}
          disabled={exporting}
        >
          {t('action.exportWord')}
        </button>
        <button
          type="button"
          className="button"
          onClick={() => void exportPlan('pdf')}
          onPointerEnter={() => prepareExport('pdf')}
          onFocus={() => prepareExport('pdf')}
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

/** A toolbar button showing only an icon; its name is in a visually hidden label. */
function IconButton(props: {
  icon: IconName;
  label: string;
  title: string;
  onClick: () => void;
  disabled: boolean;
}) {
  return (
    <button
      type="button"
      className="button button-icon"
      onClick={props.onClick}
      disabled={props.disabled}
      title={props.title}
    >
      <Icon name={props.icon} />
      <span className="visually-hidden">{props.label}</span>
    </button>
  );
}
