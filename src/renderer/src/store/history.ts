/**
 * Undo and redo across the whole plan. Every edit is a list of changes to one part of the
 * project (a section, the project details, an asset), each with the value before and after.
 * Project data is immutable, so "before" and "after" share structure and cost little.
 * Typing into one place within a short time is merged into a single step.
 */
import type { Asset, Project, ProjectMeta, SectionContent } from '../../../core/model/project.ts';

export type ChangeTarget =
  { kind: 'section'; key: string } | { kind: 'meta' } | { kind: 'asset'; id: string };

export type Change =
  | { target: { kind: 'section'; key: string }; before?: SectionContent; after?: SectionContent }
  | { target: { kind: 'meta' }; before: ProjectMeta; after: ProjectMeta }
  | { target: { kind: 'asset'; id: string }; before?: Asset; after?: Asset };

export interface HistoryEntry {
  changes: Change[];
  /** Edits with the same key close together in time become one step (e.g. typing in one cell). */
  mergeKey?: string;
  /** When the step was last extended. */
  at: number;
  /** When the step began; a merged step stops growing after MAX_STEP_MS. */
  since?: number;
}

export interface History {
  past: HistoryEntry[];
  future: HistoryEntry[];
}

export const EMPTY_HISTORY: History = { past: [], future: [] };
/** Typing pauses longer than this start a new undo step. */
export const MERGE_WINDOW_MS = 1000;
/** Even continuous typing becomes a new step after this long. */
export const MAX_STEP_MS = 5000;
const LIMIT = 500;

function setValue(project: Project, change: Change, value: 'before' | 'after'): Project {
  switch (change.target.kind) {
    case 'section': {
      const content = (change as Extract<Change, { target: { kind: 'section' } }>)[value];
      const sections = { ...project.sections };
      if (content === undefined) delete sections[change.target.key];
      else sections[change.target.key] = content;
      return { ...project, sections };
    }
    case 'meta':
      return { ...project, meta: (change as Extract<Change, { target: { kind: 'meta' } }>)[value] };
    case 'asset': {
      const asset = (change as Extract<Change, { target: { kind: 'asset' } }>)[value];
      const assets = { ...project.assets };
      if (asset === undefined) delete assets[change.target.id];
      else assets[change.target.id] = asset;
      return { ...project, assets };
    }
  }
}

/** The project with the changes applied forwards ("after") or backwards ("before"). */
export function applyChanges(
  project: Project,
  changes: Change[],
  side: 'before' | 'after',
): Project {
  const ordered = side === 'before' ? [...changes].reverse() : changes;
  return ordered.reduce((p, change) => setValue(p, change, side), project);
}

function sameTarget(a: ChangeTarget, b: ChangeTarget): boolean {
  if (a.kind !== b.kind) return false;
  if (a.kind === 'section') return a.key === (b as typeof a).key;
  if (a.kind === 'asset') return a.id === (b as typeof a).id;
  return true;
}

/** Adds an edit; merges it into the last step when both carry the same merge key and it is recent. */
export function record(history: History, entry: HistoryEntry): History {
  const last = history.past[history.past.length - 1];
  if (
    last &&
    entry.mergeKey !== undefined &&
    last.mergeKey === entry.mergeKey &&
    entry.at - last.at < MERGE_WINDOW_MS &&
    entry.at - (last.since ?? last.at) < MAX_STEP_MS &&
    last.changes.length === 1 &&
    entry.changes.length === 1 &&
    sameTarget(last.changes[0]!.target, entry.changes[0]!.target)
  ) {
    // Keep the oldest "before" and the newest "after".
    const merged = { ...entry.changes[0]!, before: last.changes[0]!.before } as Change;
    return {
      past: [
        ...history.past.slice(0, -1),
        { ...entry, since: last.since ?? last.at, changes: [merged] },
      ],
      future: [],
    };
  }
  return { past: [...history.past, entry].slice(-LIMIT), future: [] };
}

/** Undoes the last step: the new history, the project before it, and the step (to show where). */
export function undo(
  history: History,
  project: Project,
): { history: History; project: Project; entry: HistoryEntry } | undefined {
  const entry = history.past[history.past.length - 1];
  if (!entry) return undefined;
  return {
    history: { past: history.past.slice(0, -1), future: [...history.future, entry] },
    project: applyChanges(project, entry.changes, 'before'),
    entry,
  };
}

/** Redoes the last undone step. */
export function redo(
  history: History,
  project: Project,
): { history: History; project: Project; entry: HistoryEntry } | undefined {
  const entry = history.future[history.future.length - 1];
  if (!entry) return undefined;
  return {
    history: { past: [...history.past, entry], future: history.future.slice(0, -1) },
    project: applyChanges(project, entry.changes, 'after'),
    entry,
  };
}
