/**
 * Autosave: while the plan has unsaved changes, a recovery copy is written every interval
 * (30 s) and whenever the window loses focus or is hidden. A normal save or a deliberate
 * "don't save" removes the copy (in the process that owns files).
 */
import { unwrap } from '../../shared/client.ts';
import { api } from './api/index.ts';
import { saveStateOf } from './store/projectSlice.ts';
import type { AppStore } from './store/store.ts';
import { WINDOW_ID } from './windowId.ts';

export { AUTOSAVE_INTERVAL_MS, autosaveInterval } from './autosaveInterval.ts';

/** Starts autosaving; returns the function that stops it. */
export function startAutosave(store: AppStore, intervalMs: number): () => void {
  // The revision last copied: nothing is written twice for the same content.
  let copied = -1;
  let running = false;
  const run = async () => {
    const state = store.getState();
    if (running || !state.doc || saveStateOf(state) !== 'unsaved' || state.revision === copied)
      return;
    running = true;
    const revision = state.revision;
    try {
      unwrap(
        await api.autosave({
          window: WINDOW_ID,
          project: state.doc.project,
          ...(state.doc.path !== undefined ? { path: state.doc.path } : {}),
        }),
      );
      copied = revision;
    } catch (error) {
      // Autosave is a safety net: a failure must not interrupt typing; the next try may work.
      console.warn('[rencana] salinan pemulihan gagal ditulis:', error);
    } finally {
      running = false;
    }
  };
  const onHidden = () => {
    if (document.visibilityState === 'hidden') void run();
  };
  const onBlur = () => void run();
  const timer = setInterval(() => void run(), intervalMs);
  window.addEventListener('blur', onBlur);
  document.addEventListener('visibilitychange', onHidden);
  return () => {
    clearInterval(timer);
    window.removeEventListener('blur', onBlur);
    document.removeEventListener('visibilitychange', onHidden);
  };
}
