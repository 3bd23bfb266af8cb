/**
 * Leaving a plan (closing the window, opening another) after "Simpan": text typed while that
 * save ran is not in the file, so it is asked about again instead of being left behind.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openedSample } from '../../../../tests/fixtures/sample.ts';
import type { Project, SectionContent } from '../../../core/model/project.ts';
import type { Envelope, SavedProject } from '../../../shared/api.ts';
import { saveStateOf } from '../store/projectSlice.ts';
import { useAppStore } from '../store/store.ts';

const calls = vi.hoisted(() => ({
  saves: [] as { project: unknown; finish: () => void }[],
  closedWindow: 0,
}));

vi.mock('../api/index.ts', () => ({
  api: {
    saveProject: (input: { path: string; project: unknown }) =>
      new Promise<Envelope<SavedProject>>((resolve) =>
        calls.saves.push({
          project: input.project,
          finish: () =>
            resolve({ ok: true, value: { path: input.path, name: 'banyuwangi.rencana' } }),
        }),
      ),
    closeWindow: () => {
      calls.closedWindow++;
      return Promise.resolve({ ok: true, value: null });
    },
    closeProject: () => Promise.resolve({ ok: true, value: null }),
  },
}));

const { confirmLeave, saveAndClose } = await import('./project.ts');

const KEY = 'buku-1.pendahuluan.latar-belakang';
const paragraph = (text: string): SectionContent => ({
  kind: 'richtext',
  doc: [{ type: 'paragraph', children: [{ text }] }],
});
const typed = (project: unknown) => (project as Project).sections[KEY];

/** What the editor hands over while the user types `text` into Latar Belakang. */
function type(text: string) {
  const generation = useAppStore.getState().reloads;
  for (let i = 1; i <= text.length; i++)
    useAppStore.holdSection(KEY, paragraph(text.slice(0, i)), `${KEY}|text`, generation);
}

/** Lets the awaited promises of the flow run. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

/** The choice in the "Simpan perubahan?" dialog now open. */
function answer(choice: 'save' | 'discard' | 'cancel') {
  const dialog = useAppStore.getState().dialog;
  if (dialog?.kind !== 'confirm-discard') throw new Error(`no question asked: ${dialog?.kind}`);
  dialog.resolve(choice);
}

beforeEach(() => {
  calls.saves.length = 0;
  calls.closedWindow = 0;
  useAppStore.getState().loadProject(openedSample('banyuwangi.rencana', 'banyuwangi.rencana'));
});

afterEach(() => {
  useAppStore.getState().closeDialog();
  useAppStore.getState().closeProject();
});

/**
 * "Smart" typed, the close guard's Save chosen, "Smart City" typed while that save runs, the
 * save done: the close that is still deciding.
 */
async function saveAndCloseWhileTyping(): Promise<{ closing: Promise<void> }> {
  type('Smart');
  const closing = saveAndClose();
  await settle();
  type('Smart City');
  calls.saves[0]!.finish();
  await settle();
  // Wrapped: an async function returning the promise itself would wait for it.
  return { closing };
}

describe('saving before leaving', () => {
  it('asks again about text typed while the save ran, and saves it when told to', async () => {
    type('Pemerintah Kabupaten');
    const leaving = confirmLeave();
    answer('save');
    await settle();
    expect(calls.saves).toHaveLength(1);
    expect(typed(calls.saves[0]!.project)).toEqual(paragraph('Pemerintah Kabupaten'));
    // Typed while the file is written.
    type('Pemerintah Kabupaten Banyuwangi');
    calls.saves[0]!.finish();
    await settle();
    expect(saveStateOf(useAppStore.getState())).toBe('unsaved');
    answer('save');
    await settle();
    expect(typed(calls.saves[1]!.project)).toEqual(paragraph('Pemerintah Kabupaten Banyuwangi'));
    calls.saves[1]!.finish();
    expect(await leaving).toBe(true);
    expect(saveStateOf(useAppStore.getState())).toBe('saved');
  });

  it('leaves at once when nothing was typed during the save', async () => {
    type('Dinas Kominfo');
    const leaving = confirmLeave();
    answer('save');
    await settle();
    calls.saves[0]!.finish();
    expect(await leaving).toBe(true);
    expect(useAppStore.getState().dialog).toBeNull();
  });

  it('closing the window after "Simpan" stays open for what was typed during the save', async () => {
    const { closing } = await saveAndCloseWhileTyping();
    expect(calls.closedWindow).toBe(0);
    // Batal: the window stays, with the text on screen and in the plan, unsaved.
    answer('cancel');
    await closing;
    expect(calls.closedWindow).toBe(0);
    expect(useAppStore.getState().doc!.project.sections[KEY]).toEqual(paragraph('Smart City'));
    expect(saveStateOf(useAppStore.getState())).toBe('unsaved');
  });

  it('closing the window after "Simpan" closes once everything typed is saved', async () => {
    const { closing } = await saveAndCloseWhileTyping();
    answer('save');
    await settle();
    expect(typed(calls.saves[1]!.project)).toEqual(paragraph('Smart City'));
    calls.saves[1]!.finish();
    await closing;
    expect(calls.closedWindow).toBe(1);
  });
});
