/**
 * Every command of the menus, shortcuts and buttons, in one switch: the native menu, the
 * keyboard and the top bar all run these, so they cannot disagree.
 */
import type { MenuCommand } from '../../shared/commands.ts';
import { exportPlan } from './actions/export.ts';
import { redoEdit, undoEdit } from './actions/edit.ts';
import {
  closeProjectFlow,
  discardAndClose,
  openProjectFlow,
  openLaunchedFileFlow,
  openSampleFlow,
  save,
  saveAndClose,
  saveAs,
  startNewProject,
} from './actions/project.ts';
import { openRollup } from './actions/rollup.ts';
import { changeLanguage } from './i18n/index.ts';
import { toggleMarkInActiveEditor } from './richtext/activeEditor.ts';
import { useAppStore } from './store/store.ts';

function missingCase(value: never): never {
  throw new Error(`Perintah tidak ditangani: ${String(value)}`);
}

/** Runs one command. */
export function runCommand(command: MenuCommand): void {
  const state = useAppStore.getState();
  const hasDoc = state.doc !== null;
  switch (command) {
    case 'new-project':
      return void startNewProject();
    case 'open-project':
      return void openProjectFlow();
    case 'open-sample':
      return void openSampleFlow();
    case 'open-launch-file':
      return void openLaunchedFileFlow();
    case 'save':
      return void (hasDoc && save());
    case 'save-as':
      return void (hasDoc && saveAs());
    case 'save-and-close':
      return void saveAndClose();
    case 'discard-and-close':
      return void discardAndClose();
    case 'rollup':
      return void (hasDoc && openRollup());
    case 'export-docx':
      return void exportPlan('docx');
    case 'export-pdf':
      return void exportPlan('pdf');
    case 'close-project':
      return void (hasDoc && closeProjectFlow());
    case 'undo':
      return undoEdit();
    case 'redo':
      return redoEdit();
    case 'bold':
    case 'italic':
    case 'underline':
      return toggleMarkInActiveEditor(command);
    case 'find':
      return hasDoc ? state.setFindOpen(true) : undefined;
    case 'toggle-guidance':
      return state.toggleGuidance();
    case 'language-id':
      return changeLanguage('id');
    case 'language-en':
      return changeLanguage('en');
    case 'about':
      return state.openDialog({ kind: 'about' });
    default:
      return missingCase(command);
  }
}
