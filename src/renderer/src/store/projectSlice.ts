/** The project slice: the open document, its edit history and its save state. */
import type { StateCreator } from 'zustand';
import type { ProjectMeta, SectionContent } from '../../../core/model/project.ts';
import type { OpenedProject, SavedProject } from '../../../shared/api.ts';
import { openDocument, withProject, type OpenDocument } from './document.ts';
import {
  applyChanges,
  EMPTY_HISTORY,
  record,
  redo,
  undo,
  type Change,
  type History,
  type HistoryEntry,
} from './history.ts';
import type { AppState } from './store.ts';

export type SaveState = 'saved' | 'unsaved' | 'saving';

export interface ProjectSlice {
  doc: OpenDocument | null;
  /** Increments on every change of the content. */
  revision: number;
  /** The revision last written to disk; -1 for a plan never saved. */
  savedRevision: number;
  saving: boolean;
  history: History;
  /** Increments when content changes other than by typing in the editor on screen (undo, redo, open), so editors reload. */
  reloads: number;
  loadProject(opened: OpenedProject, options?: { saved: boolean }): void;
  closeProject(): void;
  edit(changes: Change[], mergeKey?: string): void;
  setSection(key: string, content: SectionContent | undefined, mergeKey?: string): void;
  setMeta(meta: ProjectMeta, mergeKey?: string): void;
  /** Changes made outside the editors on screen (a roll-up): one undo step, and editors reload. */
  applyExternal(changes: Change[]): void;
  undo(): HistoryEntry | undefined;
  redo(): HistoryEntry | undefined;
  setSaving(saving: boolean): void;
  markSaved(saved: SavedProject, revision: number): void;
}

/** Whether the content differs from what was last saved. */
export function saveStateOf(
  state: Pick<ProjectSlice, 'saving' | 'revision' | 'savedRevision'>,
): SaveState {
  if (state.saving) return 'saving';
  return state.revision === state.savedRevision ? 'saved' : 'unsaved';
}

export const createProjectSlice: StateCreator<AppState, [], [], ProjectSlice> = (set, get) => ({
  doc: null,
  revision: 0,
  savedRevision: 0,
  saving: false,
  history: EMPTY_HISTORY,
  reloads: 0,
  loadProject(opened, options = { saved: true }) {
    const { revision, reloads } = get();
    set({
      doc: openDocument(
        opened.project,
        opened.template,
        opened.path,
        opened.name,
        opened.readOnly === true,
      ),
      revision: revision + 1,
      savedRevision: options.saved ? revision + 1 : -1,
      history: EMPTY_HISTORY,
      reloads: reloads + 1,
      saving: false,
    });
  },
  closeProject() {
    set({
      doc: null,
      history: EMPTY_HISTORY,
      revision: get().revision + 1,
      savedRevision: get().revision + 1,
    });
  },
  edit(changes, mergeKey) {
    const { doc, history, revision } = get();
    if (!doc || changes.length === 0) return;
    const project = applyChanges(doc.project, changes, 'after');
    set({
      doc: withProject(doc, project),
      revision: revision + 1,
      history: record(history, { changes, mergeKey, at: Date.now() }),
    });
  },
  setSection(key, content, mergeKey) {
    const doc = get().doc;
    if (!doc) return;
    get().edit(
      [{ target: { kind: 'section', key }, before: doc.project.sections[key], after: content }],
      mergeKey,
    );
  },
  setMeta(meta, mergeKey) {
    const doc = get().doc;
    if (!doc) return;
    get().edit([{ target: { kind: 'meta' }, before: doc.project.meta, after: meta }], mergeKey);
  },
  applyExternal(changes) {
    if (!get().doc || changes.length === 0) return;
    get().edit(changes);
    set({ reloads: get().reloads + 1 });
  },
  undo() {
    const { doc, history, revision, reloads } = get();
    const result = doc && undo(history, doc.project);
    if (!doc || !result) return undefined;
    set({
      doc: withProject(doc, result.project),
      history: result.history,
      revision: revision + 1,
      reloads: reloads + 1,
    });
    return result.entry;
  },
  redo() {
    const { doc, history, revision, reloads } = get();
    const result = doc && redo(history, doc.project);
    if (!doc || !result) return undefined;
    set({
      doc: withProject(doc, result.project),
      history: result.history,
      revision: revision + 1,
      reloads: reloads + 1,
    });
    return result.entry;
  },
  setSaving(saving) {
    set({ saving });
  },
  markSaved(saved, revision) {
    const doc = get().doc;
    if (!doc) return;
    set({
      // Saved under this window's lock: a read-only view that was saved elsewhere is now that file.
      doc: { ...doc, path: saved.path, name: saved.name, readOnly: undefined },
      savedRevision: revision,
      saving: false,
    });
  },
});
