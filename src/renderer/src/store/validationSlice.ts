/** The validation slice: the latest findings and completeness, kept apart from the content. */
import type { StateCreator } from 'zustand';
import type { Completeness, Finding } from '../../../core/validate/index.ts';
import type { AppState } from './store.ts';

export interface SectionFindings {
  key: string;
  findings: Finding[];
}

export interface ValidationSlice {
  /** From the last whole-plan run (debounced, when the user pauses). */
  planFindings: Finding[];
  /** From the last run on the section being edited (on every change, shortly after). */
  sectionFindings: SectionFindings | null;
  completeness: Completeness | null;
  /** Completeness of every content section (required or not), for the outline marks. */
  sectionMarks: Record<string, number>;
  /** Set when validation could not run at all. */
  validationError: string | null;
  setPlanValidation(result: {
    findings: Finding[];
    completeness: Completeness;
    sectionMarks: Record<string, number>;
  }): void;
  setSectionFindings(result: SectionFindings | null): void;
  setValidationError(message: string | null): void;
  clearValidation(): void;
}

/** Equal plain data (validation results: objects, arrays, strings, numbers). */
export function sameData(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const keysA = Object.keys(a);
  if (keysA.length !== Object.keys(b).length) return false;
  return keysA.every(
    (key) =>
      Object.hasOwn(b, key) &&
      sameData((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]),
  );
}

/** The new value, or the one held if it is equal: what subscribes to it re-renders only on a real change. */
function keep<T>(held: T, next: T): T {
  return sameData(held, next) ? held : next;
}

export const createValidationSlice: StateCreator<AppState, [], [], ValidationSlice> = (
  set,
  get,
) => ({
  planFindings: [],
  sectionFindings: null,
  completeness: null,
  sectionMarks: {},
  validationError: null,
  // Validation re-runs on every pause in typing and mostly finds what it found before; the
  // outline tree, the meter and the findings panel should not redraw for the same result.
  setPlanValidation: ({ findings, completeness, sectionMarks }) => {
    const state = get();
    set({
      planFindings: keep(state.planFindings, findings),
      completeness: keep(state.completeness, completeness),
      sectionMarks: keep(state.sectionMarks, sectionMarks),
      validationError: null,
    });
  },
  setSectionFindings: (sectionFindings) =>
    set({ sectionFindings: keep(get().sectionFindings, sectionFindings) }),
  setValidationError: (validationError) => set({ validationError }),
  clearValidation: () =>
    set({ planFindings: [], sectionFindings: null, completeness: null, sectionMarks: {} }),
});
