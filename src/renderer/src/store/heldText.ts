/**
 * Typed text reaches the store a moment after the screen. Writing a rich-text section into the
 * plan on every keystroke (a new project value, an undo step, every subscriber of the store
 * told) was part of each key's way to the screen (#6); the editor on screen holds the text
 * instead. It is written once typing pauses for `quietMs`, and during steady typing at least
 * every `maxMs`; at once when the editor loses focus or goes; and as soon as anything reads
 * the store through `getState()` (saving, exporting, autosave, undo, closing the window):
 * nothing that acts on the plan ever sees it without the text typed. The first change to a
 * plan with nothing unsaved is written at once: the window's close guard (in the main process)
 * knows from that keystroke on that there is something to save.
 */
import type { StoreApi } from 'zustand';
import type { SectionContent } from '../../../core/model/project.ts';
import { saveStateOf } from './projectSlice.ts';
import type { AppState } from './store.ts';

interface Held {
  content: SectionContent;
  mergeKey: string;
  /** The store's `reloads` when the editor that typed it was made. */
  generation: number;
}

export interface HeldText {
  /** Keeps the newest content of a section until it is written. */
  hold(key: string, content: SectionContent, mergeKey: string, generation: number): void;
  /** Writes what is held, now. */
  flush(): void;
}

export function heldText(
  store: StoreApi<AppState>,
  { quietMs, maxMs }: { quietMs: number; maxMs: number },
): HeldText {
  const held = new Map<string, Held>();
  let timer: ReturnType<typeof setTimeout> | undefined;
  /** When the oldest held change and the newest one came. */
  let first = 0;
  let last = 0;
  // One timer per burst of typing, not one per keystroke: when it fires early it waits the rest.
  const due = () => {
    const now = performance.now();
    const rest = Math.min(last + quietMs, first + maxMs) - now;
    if (rest > 0) timer = setTimeout(due, rest);
    else flush();
  };
  const flush = () => {
    clearTimeout(timer);
    timer = undefined;
    if (held.size === 0) return;
    // Emptied first: a subscriber that reads the store while this writes finds nothing left.
    const entries = [...held];
    held.clear();
    for (const [key, entry] of entries) {
      const state = store.getState();
      // Typed into an editor that undo, redo or another plan has replaced since: that text was
      // already written before the replacement (it reads the store), so this is older than the plan.
      if (state.reloads !== entry.generation || !state.doc) continue;
      state.setSection(key, entry.content, entry.mergeKey);
    }
  };
  return {
    hold(key, content, mergeKey, generation) {
      held.set(key, { content, mergeKey, generation });
      if (saveStateOf(store.getState()) === 'saved') {
        flush();
        return;
      }
      last = performance.now();
      if (timer === undefined) {
        first = last;
        timer = setTimeout(due, quietMs);
      }
    },
    flush,
  };
}
