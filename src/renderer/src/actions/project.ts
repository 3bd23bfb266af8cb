/** What the user does with whole projects: new, open, save, close. The API and the store meet here. */
import type { ApiInput, OpenedProject } from '../../../shared/api.ts';
import { unwrap } from '../../../shared/client.ts';
import { api } from '../api/index.ts';
import { errorMessage } from '../api/errors.ts';
import { contentSections } from '../../../core/template/outline.ts';
import { saveStateOf } from '../store/projectSlice.ts';
import { META_KEY } from '../store/document.ts';
import { useAppStore } from '../store/store.ts';
import { i18n } from '../i18n/index.ts';
import { firstMetaProblem } from './metaChecks.ts';

const store = useAppStore;

/** Shows an error from any layer in the user's language. */
export function reportError(error: unknown): void {
  store.getState().setNotice({ kind: 'error', text: errorMessage(error, store.getState().lang) });
}

/** Loads a project into the editor and shows its first section. */
export function showProject(opened: OpenedProject, saved = true): void {
  const state = store.getState();
  state.loadProject(opened, { saved });
  const doc = store.getState().doc!;
  const first =
    contentSections(doc.outline).find((s) => s.part === 'body') ?? contentSections(doc.outline)[0];
  state.showSection(first?.key ?? META_KEY);
  state.setExportStatus(null);
  state.setNotice(opened.migrated ? { kind: 'info', text: i18n.t('notice.migrated') } : null);
}

/** Asks what to do with unsaved changes; true when it is fine to leave the current plan. */
export async function confirmLeave(): Promise<boolean> {
  const state = store.getState();
  if (!state.doc || saveStateOf(state) === 'saved') return true;
  const choice = await new Promise<'save' | 'discard' | 'cancel'>((resolve) =>
    state.openDialog({ kind: 'confirm-discard', resolve }),
  );
  store.getState().closeDialog();
  if (choice === 'cancel') return false;
  if (choice === 'discard') return true;
  return save();
}

/** Refreshes the recent-projects list of the start screen. */
export async function refreshRecent(): Promise<void> {
  try {
    store.getState().setRecent(unwrap(await api.recentProjects()));
  } catch {
    store.getState().setRecent([]);
  }
}

/** Proyek Baru: opens the wizard once the current plan may be left. */
export async function startNewProject(): Promise<void> {
  if (await confirmLeave()) store.getState().openDialog({ kind: 'new-project' });
}

/** Creates the plan the wizard describes; it stays unsaved until the user saves it. */
export async function createProject(input: ApiInput<'newProject'>): Promise<boolean> {
  try {
    showProject(unwrap(await api.newProject(input)), false);
    return true;
  } catch (error) {
    reportError(error);
    return false;
  }
}

/** Buka Proyek: the native dialog in the desktop app, the in-app list in the browser. */
export async function openProjectFlow(): Promise<void> {
  if (!(await confirmLeave())) return;
  if (!store.getState().appInfo?.nativeDialogs) {
    store.getState().openDialog({ kind: 'open-project' });
    return;
  }
  try {
    const opened = unwrap(await api.openProjectDialog());
    if (opened) showProject(opened);
  } catch (error) {
    reportError(error);
  }
}

/** Opens a project by the path the API gave (recent list, in-app list, launch). */
export async function openPath(path: string): Promise<boolean> {
  try {
    showProject(unwrap(await api.openProject({ path })));
    return true;
  } catch (error) {
    reportError(error);
    return false;
  }
}

/** Buka Contoh: the sample plan, unsaved (saving asks where). */
export async function openSampleFlow(): Promise<void> {
  if (!(await confirmLeave())) return;
  try {
    showProject(unwrap(await api.openSample()));
  } catch (error) {
    reportError(error);
  }
}

/** Back to the start screen. */
export async function closeProjectFlow(): Promise<void> {
  if (!(await confirmLeave())) return;
  store.getState().closeProject();
  store.getState().showSection(null);
  await refreshRecent();
}

/** Sends the user to a project detail that would make the file invalid; true when there is one. */
function stopOnMetaProblem(): boolean {
  const state = store.getState();
  const problem = state.doc && firstMetaProblem(state.doc.project.meta);
  if (!problem) return false;
  state.setNotice({ kind: 'error', text: problem.message(i18n.t) });
  state.focus({ meta: problem.path });
  return true;
}

async function writeTo(path: string | undefined): Promise<boolean> {
  const state = store.getState();
  const doc = state.doc;
  if (!doc || stopOnMetaProblem()) return false;
  const revision = state.revision;
  state.setSaving(true);
  try {
    const saved =
      path === undefined
        ? unwrap(await api.saveProjectAs({ project: doc.project, suggestedName: doc.name }))
        : unwrap(await api.saveProject({ path, project: doc.project }));
    if (!saved) {
      store.getState().setSaving(false);
      return false;
    }
    store.getState().markSaved(saved, revision);
    return true;
  } catch (error) {
    store.getState().setSaving(false);
    reportError(error);
    return false;
  }
}

/** Simpan: to the project's file, or Save As for a plan that has none. */
export async function save(): Promise<boolean> {
  const doc = store.getState().doc;
  if (!doc) return false;
  return doc.path === undefined ? saveAs() : writeTo(doc.path);
}

/** Simpan Sebagai: a native dialog, or the in-app name dialog in the browser. */
export async function saveAs(): Promise<boolean> {
  const state = store.getState();
  if (!state.doc || stopOnMetaProblem()) return false;
  if (state.appInfo?.nativeDialogs) return writeTo(undefined);
  return new Promise<boolean>((resolve) => state.openDialog({ kind: 'save-as', resolve }));
}

/** Saves under a name typed in the in-app dialog (browser). */
export async function saveUnderName(name: string): Promise<boolean> {
  const state = store.getState();
  const doc = state.doc;
  if (!doc || stopOnMetaProblem()) return false;
  const revision = state.revision;
  state.setSaving(true);
  try {
    const saved = unwrap(await api.saveProjectAs({ project: doc.project, path: name }));
    if (saved) store.getState().markSaved(saved, revision);
    else store.getState().setSaving(false);
    return saved !== null;
  } catch (error) {
    store.getState().setSaving(false);
    reportError(error);
    return false;
  }
}

/** The desktop app asked to close with unsaved changes and the user chose to save first. */
export async function saveAndClose(): Promise<void> {
  if (await save()) await api.closeWindow();
}
