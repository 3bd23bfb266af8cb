/**
 * Keeps the window title (file name and an unsaved mark), the close guard and the native
 * menu language in step with the store, in the desktop app and in the browser alike.
 */
import { api } from './api/index.ts';
import { saveStateOf } from './store/projectSlice.ts';
import type { AppStore } from './store/store.ts';

/** "banyuwangi.rencana • — Rencana Studio" while unsaved. */
export function windowTitle(name: string | undefined, dirty: boolean): string {
  if (!name) return 'Rencana Studio';
  return `${name}${dirty ? ' •' : ''} — Rencana Studio`;
}

/** Starts syncing; returns the function that stops it. */
export function startWindowState(store: AppStore): () => void {
  let last = '';
  const sync = () => {
    const state = store.getState();
    const dirty = state.doc !== null && saveStateOf(state) !== 'saved';
    const title = windowTitle(state.doc?.name, dirty);
    const key = `${title}|${state.lang}`;
    if (key === last) return;
    last = key;
    document.title = title;
    void api.setWindowState({ title, dirty, lang: state.lang }).catch(() => {});
  };
  const beforeUnload = (event: BeforeUnloadEvent) => {
    const state = store.getState();
    // The desktop app asks with a native dialog instead; this guards the browser tab.
    if (state.doc && saveStateOf(state) !== 'saved' && state.appInfo?.shell === 'browser')
      event.preventDefault();
  };
  window.addEventListener('beforeunload', beforeUnload);
  sync();
  const unsubscribe = store.subscribe(sync);
  return () => {
    unsubscribe();
    window.removeEventListener('beforeunload', beforeUnload);
  };
}
