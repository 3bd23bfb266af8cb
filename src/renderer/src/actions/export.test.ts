/**
 * Readying the export thread when an export looks near: asked once per format while it can
 * still help, never without a plan or while an export runs.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openedSample } from '../../../../tests/fixtures/sample.ts';
import { useAppStore } from '../store/store.ts';

const asked = vi.hoisted(() => [] as string[]);

vi.mock('../api/index.ts', () => ({
  api: {
    prepareExport: (input: { format: string }) => {
      asked.push(input.format);
      return Promise.resolve({ ok: true, value: null });
    },
  },
}));

const { prepareExport, PREPARE_AGAIN_MS } = await import('./export.ts');

describe('prepareExport', () => {
  const initial = useAppStore.getState();
  let now = 1_000_000;
  beforeEach(() => {
    asked.length = 0;
    now += 10 * PREPARE_AGAIN_MS; // what earlier tests asked is long past
    vi.spyOn(performance, 'now').mockImplementation(() => now);
  });
  afterEach(() => {
    vi.restoreAllMocks();
    useAppStore.setState(initial, true);
  });

  function withPlan(): void {
    useAppStore.getState().loadProject(openedSample('banyuwangi.rencana', 'banyuwangi.rencana'));
  }

  it('asks the host once per format, and again only after a while', () => {
    withPlan();
    prepareExport('pdf');
    prepareExport('pdf');
    prepareExport('docx');
    expect(asked).toEqual(['pdf', 'docx']);
    now += PREPARE_AGAIN_MS - 1;
    prepareExport('pdf');
    expect(asked).toEqual(['pdf', 'docx']);
    now += 1;
    prepareExport('pdf');
    expect(asked).toEqual(['pdf', 'docx', 'pdf']);
  });

  it('asks nothing without a plan, or while an export is running', () => {
    prepareExport('pdf');
    expect(asked).toEqual([]);
    withPlan();
    useAppStore.getState().setExportStatus({ format: 'docx', stage: 'rendering' });
    prepareExport('pdf');
    expect(asked).toEqual([]);
    useAppStore.getState().setExportStatus(null);
    prepareExport('pdf');
    expect(asked).toEqual(['pdf']);
  });
});
