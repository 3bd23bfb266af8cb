/**
 * Runs validation in the background of typing: the edited section shortly after each change,
 * the whole plan once the user pauses (in idle time), never inside the keystroke itself.
 */
import { unwrap } from '../../../shared/client.ts';
import { api } from '../api/index.ts';
import type { AppStore } from '../store/store.ts';
import { quietTimer } from './quietTimer.ts';
import { sectionMarksOf, validateOneSection, validateWholePlan } from './run.ts';

/**
 * A template whose schemas were not compiled into this build (installed after it) cannot be
 * validated here under the CSP; the main process or host runs the same checks instead.
 */
async function validateRemotely(store: AppStore, cause: unknown): Promise<void> {
  const { doc, lang } = store.getState();
  if (!doc) return;
  try {
    const result = unwrap(await api.validateProject({ project: doc.project, lang }));
    store.getState().setSectionFindings(null);
    store.getState().setPlanValidation({ ...result, sectionMarks: sectionMarksOf(doc) });
  } catch {
    store.getState().setValidationError(String(cause));
  }
}

export const SECTION_DELAY_MS = 120;
export const PLAN_DELAY_MS = 600;

type Idle = (callback: () => void) => void;

const whenIdle: Idle = (callback) => {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(callback, { timeout: 1000 });
  else setTimeout(callback, 0);
};

/** Starts validating on every change of content, section or language; returns a stop function. */
export function startValidation(store: AppStore): () => void {
  const runSection = () => {
    const { doc, activeKey, lang } = store.getState();
    if (!doc || !activeKey || !doc.outline.byKey.has(activeKey)) return;
    try {
      store.getState().setSectionFindings(validateOneSection(doc, activeKey, lang));
    } catch {
      // A schema not compiled into this build; the whole-plan run falls back to the host.
    }
  };
  const runPlan = () =>
    whenIdle(() => {
      const { doc, lang } = store.getState();
      if (!doc) return;
      try {
        const result = validateWholePlan(doc, lang);
        // The whole-plan result includes the edited section; the per-section result is no longer newer.
        store.getState().setSectionFindings(null);
        store.getState().setPlanValidation(result);
      } catch (error) {
        void validateRemotely(store, error);
      }
    });

  const sectionTimer = quietTimer(runSection, SECTION_DELAY_MS);
  const planTimer = quietTimer(runPlan, PLAN_DELAY_MS);

  const schedule = (immediate: boolean) => {
    if (immediate) {
      sectionTimer.cancel();
      planTimer.cancel();
      runPlan();
      return;
    }
    sectionTimer.touch();
    planTimer.touch();
  };

  const unsubscribe = store.subscribe((state, previous) => {
    if (!state.doc) {
      if (previous.doc) store.getState().clearValidation();
      return;
    }
    const opened =
      state.doc.template !== previous.doc?.template || state.reloads !== previous.reloads;
    if (opened || state.lang !== previous.lang) schedule(true);
    else if (state.revision !== previous.revision) schedule(false);
  });
  if (store.getState().doc) schedule(true);
  return () => {
    unsubscribe();
    sectionTimer.cancel();
    planTimer.cancel();
  };
}
