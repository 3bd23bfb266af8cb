/**
 * Opening another plan (the sample, a file the desktop app was asked to open, a recovery
 * copy) once the current one may be left: the editor lets go of the keyboard before the next
 * plan loads, so keys pressed meanwhile do not go into the plan being left and vanish with it.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openedSample } from '../../../../tests/fixtures/sample.ts';
import type { Envelope, OpenedProject } from '../../../shared/api.ts';
import { useAppStore } from '../store/store.ts';

const calls = vi.hoisted(() => ({
  log: [] as string[],
  finishOpen: undefined as (() => void) | undefined,
}));

function opened(): OpenedProject {
  return openedSample('contoh-kabupaten-banyuwangi-2026-2030.rencana');
}

/** An API call that answers once the test lets it (the plan is being read meanwhile). */
function held<T>(name: string, value: () => T): Promise<Envelope<T>> {
  calls.log.push(`${name} asked`);
  return new Promise((resolve) => {
    calls.finishOpen = () => {
      calls.log.push(`${name} answered`);
      resolve({ ok: true, value: value() });
    };
  });
}

vi.mock('../api/index.ts', () => ({
  api: {
    openSample: () => held('openSample', opened),
    launchRequest: () =>
      Promise.resolve({ ok: true, value: { kind: 'file', path: 'Rencana/Jember.rencana' } }),
    openProject: () => held('openProject', () => ({ ...opened(), path: 'Rencana/Jember.rencana' })),
    restoreRecovery: () => held('restoreRecovery', () => ({ ...opened(), restored: true })),
    listRecoveries: () => Promise.resolve({ ok: true, value: [] }),
    closeProject: () => Promise.resolve({ ok: true, value: null }),
  },
}));

const { openLaunchedFileFlow, openSampleFlow, restoreRecoveryFlow } = await import('./project.ts');

/** The editor on screen, focused; what happens to it is logged beside the API calls. */
function focusedEditor() {
  const editor = { blur: () => calls.log.push('editor blurred') };
  vi.stubGlobal('document', { activeElement: editor, body: {} });
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

beforeEach(() => {
  calls.log.length = 0;
  calls.finishOpen = undefined;
  useAppStore
    .getState()
    .loadProject(openedSample('Banyuwangi.rencana', 'Rencana/Banyuwangi.rencana'));
  focusedEditor();
});

afterEach(() => {
  vi.unstubAllGlobals();
  useAppStore.getState().closeProject();
});

describe('opening another plan over a saved one', () => {
  it.each([
    ['the sample', () => openSampleFlow(), 'openSample'],
    ['a file the desktop app was asked to open', () => openLaunchedFileFlow(), 'openProject'],
    [
      'a recovery copy',
      () => restoreRecoveryFlow('pemulihan-1').then(() => undefined),
      'restoreRecovery',
    ],
  ])('releases the keyboard before %s is read', async (_what, flow, call) => {
    const done = flow();
    await settle();
    expect(calls.log).toEqual(['editor blurred', `${call} asked`]);
    calls.finishOpen!();
    await done;
    expect(calls.log).toEqual(['editor blurred', `${call} asked`, `${call} answered`]);
    expect(useAppStore.getState().doc?.name).not.toBe('Banyuwangi.rencana');
  });
});
