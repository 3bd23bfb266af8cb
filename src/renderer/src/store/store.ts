/** The application store: three small slices in one zustand store. */
import { create } from 'zustand';
import { createProjectSlice, type ProjectSlice } from './projectSlice.ts';
import { createUiSlice, type UiSlice } from './uiSlice.ts';
import { createValidationSlice, type ValidationSlice } from './validationSlice.ts';

export type AppState = ProjectSlice & UiSlice & ValidationSlice;

/** A fresh store (the app has one; tests make their own). */
export function createAppStore() {
  return create<AppState>()((...args) => ({
    ...createProjectSlice(...args),
    ...createUiSlice(...args),
    ...createValidationSlice(...args),
  }));
}

export const useAppStore = createAppStore();
export type AppStore = typeof useAppStore;
