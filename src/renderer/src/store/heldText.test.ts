import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openedSample, sampleProject } from '../../../../tests/fixtures/sample.ts';
import type { SectionContent } from '../../../core/model/project.ts';
import { saveStateOf } from './projectSlice.ts';
import { createAppStore, type AppState } from './store.ts';

const KEY = 'buku-1.pendahuluan.latar-belakang';
const MERGE = `${KEY}|text`;
const paragraph = (text: string): SectionContent => ({
  kind: 'richtext',
  doc: [{ type: 'paragraph', children: [{ text }] }],
});

function openedStore(quiet = 150, max = 500) {
  const opened = openedSample('banyuwangi.rencana', 'banyuwangi.rencana');
  const store = createAppStore({ textQuietMs: quiet, textMaxMs: max });
  store.getState().loadProject(opened);
  // Something already unsaved (the first change to a clean plan is written at once, see below).
  store
    .getState()
    .setMeta({ ...opened.project.meta, title: `${opened.project.meta.title} (draf)` });
  // What subscribers (and so React) have been told, without reading through getState().
  const told: AppState[] = [];
  store.subscribe((state) => told.push(state));
  return { store, told, generation: store.getState().reloads };
}

/** Typing "Kabupaten" one letter at a time, as the editor hands it over. */
function type(store: ReturnType<typeof openedStore>['store'], generation: number, word: string) {
  for (let i = 1; i <= word.length; i++)
    store.holdSection(KEY, paragraph(word.slice(0, i)), MERGE, generation);
}

describe('typed text held by the store', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('is written once typing pauses, one write for a burst of keystrokes', () => {
    const { store, told, generation } = openedStore(150, 500);
    type(store, generation, 'Kabupaten');
    expect(told).toHaveLength(0);
    vi.advanceTimersByTime(149);
    expect(told).toHaveLength(0);
    vi.advanceTimersByTime(1);
    expect(told).toHaveLength(1);
    expect(told[0]!.doc!.project.sections[KEY]).toEqual(paragraph('Kabupaten'));
    expect(saveStateOf(told[0]!)).toBe('unsaved');
    expect(vi.getTimerCount()).toBe(0);
  });

  it('during steady typing is written at least every maxMs, with one timer armed', () => {
    const { store, told, generation } = openedStore(150, 500);
    const text = 'Pemerintah Kabupaten Banyuwangi';
    // A key every 50 ms for 1.5 s: never a pause of 150 ms.
    for (let i = 1; i <= 30; i++) {
      store.holdSection(KEY, paragraph(text.slice(0, i)), MERGE, generation);
      expect(vi.getTimerCount()).toBe(1);
      vi.advanceTimersByTime(50);
    }
    expect(told.length).toBeGreaterThanOrEqual(2);
    expect(told.length).toBeLessThanOrEqual(3);
    vi.advanceTimersByTime(150);
    expect(told.at(-1)!.doc!.project.sections[KEY]).toEqual(paragraph(text.slice(0, 30)));
    // All of it one undo step (typing merges within a second, as when written per key).
    store.getState().undo();
    expect(store.getState().doc!.project.sections[KEY]).toEqual(sampleProject().sections[KEY]);
  });

  it('is in the state that getState() returns, at once: a save right after typing has the text', () => {
    const { store, generation } = openedStore(10_000, 10_000);
    type(store, generation, 'Smart City');
    const state = store.getState();
    expect(state.doc!.project.sections[KEY]).toEqual(paragraph('Smart City'));
    expect(saveStateOf(state)).toBe('unsaved');
    // The save writes this project and marks this revision saved.
    state.setSaving(true);
    store
      .getState()
      .markSaved({ path: 'banyuwangi.rencana', name: 'banyuwangi.rencana' }, state.revision);
    expect(saveStateOf(store.getState())).toBe('saved');
    // Nothing is left to be written later over the saved state.
    vi.advanceTimersByTime(10_000);
    expect(saveStateOf(store.getState())).toBe('saved');
  });

  it('typing after a save started leaves the plan unsaved once the save ends', () => {
    const { store, generation } = openedStore(10_000, 10_000);
    type(store, generation, 'Dinas');
    const saving = store.getState();
    type(store, generation, 'Dinas Kominfo');
    store.getState().markSaved({ path: 'x.rencana', name: 'x.rencana' }, saving.revision);
    expect(store.getState().doc!.project.sections[KEY]).toEqual(paragraph('Dinas Kominfo'));
    expect(saveStateOf(store.getState())).toBe('unsaved');
  });

  it('undo right after typing takes back what was typed, as one step', () => {
    const { store, generation } = openedStore(10_000, 10_000);
    const before = store.getState().doc!.project.sections[KEY];
    type(store, generation, 'Banyuwangi');
    store.getState().undo();
    expect(store.getState().doc!.project.sections[KEY]).toEqual(before);
    store.getState().redo();
    expect(store.getState().doc!.project.sections[KEY]).toEqual(paragraph('Banyuwangi'));
  });

  it('drops text from an editor that a reload has replaced', () => {
    const { store, generation } = openedStore(150, 500);
    type(store, generation, 'Pertama');
    store.getState().undo();
    const undone = store.getState().doc!.project.sections[KEY];
    // A late change from the replaced editor (made before the undo) must not overwrite it.
    store.holdSection(KEY, paragraph('Basi'), MERGE, generation);
    vi.advanceTimersByTime(150);
    expect(store.getState().doc!.project.sections[KEY]).toEqual(undone);
  });

  it('writes the first keystroke to a plan with nothing unsaved at once, then holds again', () => {
    const { store, told, generation } = openedStore(150, 500);
    store.getState().setSaving(true);
    store
      .getState()
      .markSaved(
        { path: 'banyuwangi.rencana', name: 'banyuwangi.rencana' },
        store.getState().revision,
      );
    told.length = 0;
    store.holdSection(KEY, paragraph('K'), MERGE, generation);
    // The close guard hears of it with this keystroke, not 150 ms later.
    expect(told).toHaveLength(1);
    expect(saveStateOf(told[0]!)).toBe('unsaved');
    store.holdSection(KEY, paragraph('Ka'), MERGE, generation);
    store.holdSection(KEY, paragraph('Kab'), MERGE, generation);
    expect(told).toHaveLength(1);
    vi.advanceTimersByTime(150);
    expect(told).toHaveLength(2);
    expect(told[1]!.doc!.project.sections[KEY]).toEqual(paragraph('Kab'));
  });

  it('flushHeld writes at once (the editor lost focus)', () => {
    const { store, told, generation } = openedStore(10_000, 10_000);
    type(store, generation, 'Pelayanan');
    store.flushHeld();
    expect(told).toHaveLength(1);
    expect(told[0]!.doc!.project.sections[KEY]).toEqual(paragraph('Pelayanan'));
    expect(vi.getTimerCount()).toBe(0);
  });
});
