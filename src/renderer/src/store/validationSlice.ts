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

export const createValidationSlice: StateCreator<AppState, [], [], ValidationSlice> = (set) => ({
  planFindings: [],
  sectionFindings: null,
  completeness: null,
  sectionMarks: {},
  validationError: null,
  setPlanValidation: ({ findings, completeness, sectionMarks }) =>
    set({ planFindings: findings, completeness, sectionMarks, validationError: null }),
  setSectionFindings: (sectionFindings) => set({ sectionFindings }),
  setValidationError: (validationError) => set({ validationError }),
  clearValidation: () =>
    set({ planFindings: [], sectionFindings: null, completeness: null, sectionMarks: {} }),
});
