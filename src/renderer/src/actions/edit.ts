/** Undo and redo across the whole plan; after each, the centre shows where the change was. */
import { META_KEY } from '../store/document.ts';
import type { HistoryEntry } from '../store/history.ts';
import { useAppStore } from '../store/store.ts';

const store = useAppStore;

function showWhere(entry: HistoryEntry | undefined): void {
  const target = entry?.changes[0]?.target;
  if (!target) return;
  // Focus goes to the section changed, so that typing can continue where the change was.
  if (target.kind === 'section') store.getState().focus({ sectionKey: target.key });
  else if (target.kind === 'meta') store.getState().showSection(META_KEY);
}

/** Urungkan. */
export function undoEdit(): void {
  showWhere(store.getState().undo());
}

/** Ulangi. */
export function redoEdit(): void {
  showWhere(store.getState().redo());
}
