import { describe, expect, it } from 'vitest';
import { openedSample } from '../../../../tests/fixtures/sample.ts';
import type { OpenedProject } from '../../../shared/api.ts';
import { saveStateOf } from './projectSlice.ts';
import { createAppStore } from './store.ts';

function opened(): OpenedProject {
  return openedSample('contoh.rencana', 'contoh.rencana');
}

const KEY = 'buku-1.pendahuluan.latar-belakang';
const paragraph = (text: string) => ({
  kind: 'richtext' as const,
  doc: [{ type: 'paragraph' as const, children: [{ text }] }],
});

describe('project slice', () => {
  it('keeps the content in one place and tracks unsaved changes', () => {
    const store = createAppStore();
    store.getState().loadProject(opened());
    expect(saveStateOf(store.getState())).toBe('saved');
    const outline = store.getState().doc!.outline;
    store.getState().setSection(KEY, paragraph('Baru'), `${KEY}|text`);
    expect(store.getState().doc!.project.sections[KEY]).toEqual(paragraph('Baru'));
    expect(store.getState().doc!.outline).toBe(outline);
    expect(saveStateOf(store.getState())).toBe('unsaved');
    store.getState().setSaving(true);
    expect(saveStateOf(store.getState())).toBe('saving');
    store
      .getState()
      .markSaved({ path: 'baru.rencana', name: 'baru.rencana' }, store.getState().revision);
    expect(saveStateOf(store.getState())).toBe('saved');
    expect(store.getState().doc!.path).toBe('baru.rencana');
  });

  it('marks a plan never saved as unsaved', () => {
    const store = createAppStore();
    store.getState().loadProject(opened(), { saved: false });
    expect(saveStateOf(store.getState())).toBe('unsaved');
  });

  it('a save that finishes after further typing leaves the plan unsaved', () => {
    const store = createAppStore();
    store.getState().loadProject(opened());
    store.getState().setSection(KEY, paragraph('A'));
    const revision = store.getState().revision;
    store.getState().setSection(KEY, paragraph('AB'));
    store.getState().markSaved({ path: 'x.rencana', name: 'x.rencana' }, revision);
    expect(saveStateOf(store.getState())).toBe('unsaved');
  });

  it('undo and redo restore the content and tell editors to reload', () => {
    const store = createAppStore();
    store.getState().loadProject(opened());
    const before = store.getState().doc!.project.sections[KEY];
    store.getState().setSection(KEY, paragraph('X'));
    const reloads = store.getState().reloads;
    const entry = store.getState().undo();
    expect(entry?.changes[0]!.target).toEqual({ kind: 'section', key: KEY });
    expect(store.getState().doc!.project.sections[KEY]).toEqual(before);
    expect(store.getState().reloads).toBe(reloads + 1);
    store.getState().redo();
    expect(store.getState().doc!.project.sections[KEY]).toEqual(paragraph('X'));
  });

  it('rebuilds the outline only when the region names change', () => {
    const store = createAppStore();
    store.getState().loadProject(opened());
    const { outline, project } = store.getState().doc!;
    store.getState().setMeta({ ...project.meta, title: 'Judul lain' });
    expect(store.getState().doc!.outline).toBe(outline);
    store
      .getState()
      .setMeta({ ...project.meta, regions: [{ code: '35.10', name: 'Banyuwangi Raya' }] });
    // Compared by identity: the outline's cycles (book ↔ chapter) make a deep comparison slow.
    expect(store.getState().doc!.outline === outline).toBe(false);
  });
});
