/** The application store: three small slices in one zustand store. */
import { createStore, useStore, type StoreApi, type UseBoundStore } from 'zustand';
import type { SectionContent } from '../../../core/model/project.ts';
import { heldText } from './heldText.ts';
import { createProjectSlice, type ProjectSlice } from './projectSlice.ts';
import { createUiSlice, type UiSlice } from './uiSlice.ts';
import { createValidationSlice, type ValidationSlice } from './validationSlice.ts';

export type AppState = ProjectSlice & UiSlice & ValidationSlice;

/** Typed text reaches the store once typing pauses this long (see heldText.ts)… */
export const TEXT_QUIET_MS = 150;
/** …and during steady typing at least this often. */
export const TEXT_MAX_MS = 500;

export type AppStore = UseBoundStore<StoreApi<AppState>> & {
  /**
   * The rich-text editor on screen hands its content over here on every change instead of
   * calling setSection (see heldText.ts); `getState()` writes it first, so every reader of the
   * store sees it. React's subscriptions (the hook) see it when it is written.
   */
  holdSection(key: string, content: SectionContent, mergeKey: string, generation: number): void;
  /** Writes held text now (the editor lost focus or is going away). */
  flushHeld(): void;
};

/** A fresh store (the app has one; tests make their own). */
export function createAppStore(
  options: { textQuietMs?: number; textMaxMs?: number } = {},
): AppStore {
  const inner = createStore<AppState>()((...args) => ({
    ...createProjectSlice(...args),
    ...createUiSlice(...args),
    ...createValidationSlice(...args),
  }));
  const held = heldText(inner, {
    quietMs: options.textQuietMs ?? TEXT_QUIET_MS,
    maxMs: options.textMaxMs ?? TEXT_MAX_MS,
  });
  // The hook reads the store as it is: a render must never write to it.
  const useBound = ((selector?: (state: AppState) => unknown) =>
    useStore(inner, selector ?? ((state) => state))) as UseBoundStore<StoreApi<AppState>>;
  return Object.assign(useBound, inner, {
    getState: () => {
      held.flush();
      return inner.getState();
    },
    holdSection: held.hold,
    flushHeld: held.flush,
  });
}

export const useAppStore = createAppStore();
