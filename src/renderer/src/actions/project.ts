/** What the user does with whole projects: new, open, save, close. The API and the store meet here. */
import type { ApiInput, LockInfo, OpenedProject, SavedProject } from '../../../shared/api.ts';
import { ApiError, unwrap } from '../../../shared/client.ts';
import { api } from '../api/index.ts';
import { errorMessage } from '../api/errors.ts';
import { contentSections } from '../../../core/template/outline.ts';
import { saveStateOf } from '../store/projectSlice.ts';
import { META_KEY } from '../store/document.ts';
import { useAppStore } from '../store/store.ts';
import { i18n } from '../i18n/index.ts';
import { WINDOW_ID } from '../windowId.ts';
import { firstMetaProblem } from './metaChecks.ts';

const store = useAppStore;

type OpenMode = 'normal' | 'read-only' | 'take-over';

/**
 * The plan on screen is being left for another one: the editor lets go of the keyboard, so
 * keys pressed while the next plan loads do not go into the plan being left (which has just
 * been saved or deliberately discarded, and would be dropped with what they typed).
 */
function releaseKeyboard(): void {
  if (typeof document === 'undefined') return;
  const active = document.activeElement as { blur?: () => void } | null;
  if (active && active !== document.body) active.blur?.();
}

/** Shows an error from any layer in the user's language. */
export function reportError(error: unknown): void {
  store.getState().setNotice({ kind: 'error', text: errorMessage(error, store.getState().lang) });
}

function wireKey(error: unknown): string | undefined {
  return error instanceof ApiError ? error.wire.key : undefined;
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
  const notices = [
    opened.migrated ? i18n.t('notice.migrated') : '',
    opened.readOnly ? i18n.t('notice.readOnly') : '',
    opened.lockedBy && !opened.readOnly ? i18n.t('notice.tookOver') : '',
    opened.restored ? i18n.t('notice.restored') : '',
  ].filter(Boolean);
  state.setNotice(notices.length ? { kind: 'info', text: notices.join(' ') } : null);
}

/**
 * The plan is held by another window or process: asks whether to open it read-only, take
 * it over, or not open it, and retries with that choice.
 */
async function whenLocked(
  error: unknown,
  retry: (mode: OpenMode) => Promise<boolean>,
): Promise<boolean> {
  if (!(error instanceof ApiError) || error.wire.key !== 'app.project-locked') {
    reportError(error);
    return false;
  }
  const p = error.wire.params;
  const info: LockInfo = {
    where: p.where === 'computer' || p.where === 'process' ? p.where : 'window',
    since: String(p.since ?? ''),
    app: String(p.app ?? ''),
    host: String(p.host ?? ''),
  };
  const choice = await new Promise<'read-only' | 'take-over' | 'cancel'>((resolve) =>
    store.getState().openDialog({ kind: 'locked', name: String(p.name ?? ''), info, resolve }),
  );
  store.getState().closeDialog();
  return choice === 'cancel' ? false : retry(choice);
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
  if (choice === 'discard') {
    // A deliberate "don't save": the recovery copy of these changes goes too.
    await api.closeProject({ window: WINDOW_ID, discardRecovery: true }).catch(() => undefined);
    return true;
  }
  // Text typed while the save ran is not in the file: that is asked about again, not left behind.
  return (await save()) && confirmLeave();
}

/** Refreshes the recent-projects list of the start screen. */
export async function refreshRecent(): Promise<void> {
  try {
    store.getState().setRecent(unwrap(await api.recentProjects()));
  } catch {
    store.getState().setRecent([]);
  }
}

/** Refreshes the recovery copies offered on the start screen. */
export async function refreshRecoveries(): Promise<void> {
  try {
    store.getState().setRecoveries(unwrap(await api.listRecoveries()));
  } catch {
    store.getState().setRecoveries([]);
  }
}

/** Proyek Baru: opens the wizard once the current plan may be left. */
export async function startNewProject(): Promise<void> {
  if (await confirmLeave()) store.getState().openDialog({ kind: 'new-project' });
}

/** Creates the plan the wizard describes; it stays unsaved until the user saves it. */
export async function createProject(input: ApiInput<'newProject'>): Promise<boolean> {
  try {
    const opened = unwrap(await api.newProject(input));
    // The plan left behind no longer holds its file.
    await api.closeProject({ window: WINDOW_ID, discardRecovery: false });
    showProject(opened, false);
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
    const opened = unwrap(await api.openProjectDialog({ window: WINDOW_ID }));
    if (opened) showProject(opened);
  } catch (error) {
    const path = error instanceof ApiError ? error.wire.params.path : undefined;
    if (typeof path === 'string') await whenLocked(error, (mode) => openPath(path, mode));
    else reportError(error);
  }
}

/** Opens a project by the path the API gave (recent list, in-app list, launch). */
export async function openPath(path: string, mode: OpenMode = 'normal'): Promise<boolean> {
  try {
    showProject(unwrap(await api.openProject({ path, window: WINDOW_ID, mode })));
    return true;
  } catch (error) {
    return whenLocked(error, (choice) => openPath(path, choice));
  }
}

/**
 * The desktop app was asked to open a file while running (another .rencana double-clicked,
 * macOS "Open With"): after the unsaved-work check, the file launchRequest now names.
 */
export async function openLaunchedFileFlow(): Promise<void> {
  try {
    const request = unwrap(await api.launchRequest());
    if (request.kind !== 'file' || !(await confirmLeave())) return;
    releaseKeyboard();
    await openPath(request.path);
  } catch (error) {
    reportError(error);
  }
}

/** Buka Contoh: the sample plan, unsaved (saving asks where). */
export async function openSampleFlow(): Promise<void> {
  if (!(await confirmLeave())) return;
  releaseKeyboard();
  try {
    const opened = unwrap(await api.openSample());
    await api.closeProject({ window: WINDOW_ID, discardRecovery: false });
    showProject(opened);
  } catch (error) {
    reportError(error);
  }
}

/** Pulihkan: a recovery copy opened as unsaved work, bound to its file when it has one. */
export async function restoreRecoveryFlow(id: string, mode: OpenMode = 'normal'): Promise<boolean> {
  if (mode === 'normal' && !(await confirmLeave())) return false;
  releaseKeyboard();
  try {
    showProject(unwrap(await api.restoreRecovery({ id, window: WINDOW_ID, mode })), false);
    await refreshRecoveries();
    return true;
  } catch (error) {
    const ok = await whenLocked(error, (choice) => restoreRecoveryFlow(id, choice));
    await refreshRecoveries();
    return ok;
  }
}

/** Buang: the recovery copy is deleted. */
export async function discardRecoveryFlow(id: string): Promise<void> {
  try {
    unwrap(await api.discardRecovery({ id }));
  } catch (error) {
    reportError(error);
  }
  await refreshRecoveries();
}

/** Back to the start screen. */
export async function closeProjectFlow(): Promise<void> {
  if (!(await confirmLeave())) return;
  await api.closeProject({ window: WINDOW_ID, discardRecovery: true }).catch(() => undefined);
  store.getState().closeProject();
  store.getState().showSection(null);
  await Promise.all([refreshRecent(), refreshRecoveries()]);
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

/** A save refused to protect someone else's work: Simpan Sebagai, overwrite (when allowed), or nothing. */
async function whenSaveRefused(error: unknown, path: string): Promise<boolean> {
  const key = wireKey(error);
  if (key !== 'app.read-only' && key !== 'app.changed-on-disk' && key !== 'app.lock-lost') {
    reportError(error);
    return false;
  }
  const choice = await new Promise<'save-as' | 'overwrite' | 'cancel'>((resolve) =>
    store.getState().openDialog({
      kind: 'save-conflict',
      message: errorMessage(error, store.getState().lang),
      canOverwrite: key !== 'app.read-only',
      resolve,
    }),
  );
  store.getState().closeDialog();
  if (choice === 'save-as') return saveAs();
  if (choice === 'overwrite') return writeTo(path, true);
  return false;
}

async function writeTo(path: string | undefined, force = false): Promise<boolean> {
  const state = store.getState();
  const doc = state.doc;
  if (!doc || stopOnMetaProblem()) return false;
  const revision = state.revision;
  state.setSaving(true);
  try {
    const saved: SavedProject | null =
      path === undefined
        ? unwrap(
            await api.saveProjectAs({
              project: doc.project,
              suggestedName: doc.name,
              window: WINDOW_ID,
            }),
          )
        : unwrap(
            await api.saveProject({
              path,
              project: doc.project,
              window: WINDOW_ID,
              ...(force ? { force } : {}),
            }),
          );
    if (!saved) {
      store.getState().setSaving(false);
      return false;
    }
    store.getState().markSaved(saved, revision);
    return true;
  } catch (error) {
    store.getState().setSaving(false);
    if (path !== undefined) return whenSaveRefused(error, path);
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
    const saved = unwrap(
      await api.saveProjectAs({ project: doc.project, path: name, window: WINDOW_ID }),
    );
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
  // As when leaving a plan: what was typed while the save ran is asked about, not closed away.
  if ((await save()) && (await confirmLeave())) await api.closeWindow();
}

/** The desktop app asked to close with unsaved changes and the user chose not to save. */
export async function discardAndClose(): Promise<void> {
  await api.closeProject({ window: WINDOW_ID, discardRecovery: true }).catch(() => undefined);
  await api.closeWindow();
}
