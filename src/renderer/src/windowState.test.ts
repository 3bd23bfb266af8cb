/**
 * What the desktop close guard hears (setWindowState's dirty flag) while typed text is held a
 * moment before the store has it (#6): it must never hear "nothing unsaved" while there is.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openedSample } from '../../../tests/fixtures/sample.ts';
import type { SectionContent } from '../../core/model/project.ts';
import { createAppStore } from './store/store.ts';

const sent = vi.hoisted(() => [] as { title: string; dirty: boolean }[]);

vi.mock('./api/index.ts', () => ({
  api: {
    setWindowState: (state: { title: string; dirty: boolean }) => {
      sent.push(state);
      return Promise.resolve({ ok: true, value: null });
    },
  },
}));

const { startWindowState } = await import('./windowState.ts');

const KEY = 'buku-1.pendahuluan.latar-belakang';
const paragraph = (text: string): SectionContent => ({
  kind: 'richtext',
  doc: [{ type: 'paragraph', children: [{ text }] }],
});

function openedStore() {
  const store = createAppStore({ textQuietMs: 150, textMaxMs: 500 });
  store.getState().loadProject(openedSample('banyuwangi.rencana', 'banyuwangi.rencana'));
  return store;
}

/** Typing `text` into Latar Belakang, one letter at a time, as the editor hands it over. */
function type(store: ReturnType<typeof openedStore>, text: string) {
  const generation = store.getState().reloads;
  for (let i = 1; i <= text.length; i++)
    store.holdSection(KEY, paragraph(text.slice(0, i)), `${KEY}|text`, generation);
}

let stop: () => void = () => {};

beforeEach(() => {
  vi.useFakeTimers();
  sent.length = 0;
  vi.stubGlobal('window', { addEventListener: () => {}, removeEventListener: () => {} });
  vi.stubGlobal('document', { title: '' });
});

afterEach(() => {
  stop();
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('the dirty flag the close guard decides from', () => {
  it('turns on with the first keystroke into a saved plan, before any timer', () => {
    const store = openedStore();
    stop = startWindowState(store);
    expect(sent.at(-1)).toEqual(expect.objectContaining({ dirty: false }));
    type(store, 'K');
    expect(sent.at(-1)).toEqual(
      expect.objectContaining({ dirty: true, title: 'banyuwangi.rencana • — Rencana Studio' }),
    );
  });

  it('stays on through a save during which more was typed', () => {
    const store = openedStore();
    stop = startWindowState(store);
    type(store, 'Kabupaten');
    // Simpan: the plan as it is now is written…
    const saving = store.getState();
    saving.setSaving(true);
    // …while the user goes on typing (held: the plan is already marked unsaved).
    type(store, 'Kabupaten Banyuwangi');
    const before = sent.length;
    store
      .getState()
      .markSaved({ path: 'banyuwangi.rencana', name: 'banyuwangi.rencana' }, saving.revision);
    expect(sent.slice(before).every((state) => state.dirty)).toBe(true);
    expect(sent.at(-1)!.dirty).toBe(true);
    expect(store.getState().doc!.project.sections[KEY]).toEqual(paragraph('Kabupaten Banyuwangi'));
    // Nothing is left to arrive later: the flag does not change when the timers run.
    vi.advanceTimersByTime(1000);
    expect(sent.at(-1)!.dirty).toBe(true);
  });

  it('goes off after a save that had everything typed, and on again with the next key', () => {
    const store = openedStore();
    stop = startWindowState(store);
    type(store, 'Dinas');
    const saving = store.getState();
    saving.setSaving(true);
    store
      .getState()
      .markSaved({ path: 'banyuwangi.rencana', name: 'banyuwangi.rencana' }, saving.revision);
    expect(sent.at(-1)!.dirty).toBe(false);
    type(store, 'Dinas K');
    expect(sent.at(-1)!.dirty).toBe(true);
  });
});
