import {
  copyFileSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BUILTIN_TEMPLATES_DIR } from '../../core/io/templates.ts';
import type { Envelope, OpenedProject, RecoveryOffer, RollupOutcome } from '../../shared/api.ts';
import { createHostEnv } from '../../host/env.ts';
import { dispatch } from './dispatch.ts';
import type { HandlerEnv } from './env.ts';
import { WindowSessions } from './sessions.ts';
import { FILES, REGENCY_FILES } from '../../../tests/fixtures/rollup/files.ts';

const EXAMPLES = join(BUILTIN_TEMPLATES_DIR, 'examples', 'rollup');
const PROVINCE = FILES.province;
const REGENCIES = REGENCY_FILES;
const TAB_A = 'tab-aaaa-0001';
const TAB_B = 'tab-bbbb-0002';
const TAB_C = 'tab-cccc-0003';

let root: string;
let projects: string;
let env: HandlerEnv;

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'rencana-sessions-'));
  projects = join(root, 'projects');
  env = createHostEnv({ projectsDir: projects });
  for (const name of [PROVINCE, ...REGENCIES])
    copyFileSync(join(EXAMPLES, name), join(projects, name));
});
afterEach(() => {
  env.sessions.endAll();
  rmSync(root, { recursive: true, force: true });
});

function value<T>(envelope: Envelope<unknown>): T {
  if (!envelope.ok) throw new Error(`${envelope.error.key}: ${envelope.error.message}`);
  return envelope.value as T;
}

const open = (window: string, mode?: 'read-only' | 'take-over') =>
  dispatch('openProject', { path: PROVINCE, window, ...(mode ? { mode } : {}) }, env);

describe('locks per window of one process', () => {
  it('tells the second tab that the plan is open elsewhere, and lets it open read-only', async () => {
    const first = value<OpenedProject>(await open(TAB_A));
    expect(first.readOnly).toBe(false);
    const second = await open(TAB_B);
    expect(second).toMatchObject({
      ok: false,
      error: { key: 'app.project-locked', params: { where: 'window', name: PROVINCE } },
    });
    if (!second.ok) expect(second.error.message).toMatch(/sedang dibuka di jendela\/proses lain/);
    const readOnly = value<OpenedProject>(await open(TAB_B, 'read-only'));
    expect(readOnly).toMatchObject({ readOnly: true, lockedBy: { where: 'window' } });
    const before = readFileSync(join(projects, PROVINCE), 'utf8');
    const save = await dispatch(
      'saveProject',
      { path: PROVINCE, project: readOnly.project, window: TAB_B },
      env,
    );
    expect(save).toMatchObject({ ok: false, error: { key: 'app.read-only' } });
    expect(readFileSync(join(projects, PROVINCE), 'utf8')).toBe(before);
    // Save As to another file is allowed, and that file is then this tab's own.
    const copy = await dispatch(
      'saveProjectAs',
      { project: readOnly.project, path: 'salinan-jateng', window: TAB_B },
      env,
    );
    expect(copy).toMatchObject({ ok: true, value: { path: 'salinan-jateng.rencana' } });
    expect(readdirSync(projects)).toContain('.~salinan-jateng.rencana.lock');
  });

  it('warns the tab whose plan was taken over, and overwrites only when asked', async () => {
    const first = value<OpenedProject>(await open(TAB_A));
    value(await open(TAB_C, 'take-over'));
    const save = { path: PROVINCE, project: first.project, window: TAB_A };
    expect(await dispatch('saveProject', save, env)).toMatchObject({
      ok: false,
      error: { key: 'app.lock-lost' },
    });
    expect(await dispatch('saveProject', { ...save, force: true }, env)).toMatchObject({
      ok: true,
    });
  });

  it('refuses to overwrite a file changed on disk since it was opened', async () => {
    const first = value<OpenedProject>(await open(TAB_A));
    const file = join(projects, PROVINCE);
    writeFileSync(file, readFileSync(file, 'utf8').replace('Jawa Tengah', 'Jawa Tengah (revisi)'));
    const save = { path: PROVINCE, project: first.project, window: TAB_A };
    expect(await dispatch('saveProject', save, env)).toMatchObject({
      ok: false,
      error: { key: 'app.changed-on-disk' },
    });
    // After a save the new content is what this tab knows: the next save goes through.
    expect(await dispatch('saveProject', { ...save, force: true }, env)).toMatchObject({
      ok: true,
    });
    expect(await dispatch('saveProject', save, env)).toMatchObject({ ok: true });
  });

  it('frees the plan when its tab closes it or goes away', async () => {
    value(await open(TAB_A));
    value(await dispatch('closeProject', { window: TAB_A, discardRecovery: false }, env));
    value(await open(TAB_B));
    value(await dispatch('endWindow', { window: TAB_B }, env));
    expect(value<OpenedProject>(await open(TAB_C)).readOnly).toBe(false);
  });
});

describe('a tab that stops calling in', () => {
  it('loses its lock and its recovery copy to the others after five minutes', async () => {
    let clock = Date.parse('2026-11-22T07:00:00Z');
    env.sessions = new WindowSessions(5 * 60_000, () => clock);
    const opened = value<OpenedProject>(await open(TAB_A));
    value(
      await dispatch('autosave', { window: TAB_A, project: opened.project, path: PROVINCE }, env),
    );
    clock += 4 * 60_000;
    value(await dispatch('windowAlive', { window: TAB_A }, env));
    clock += 4 * 60_000;
    expect(await open(TAB_B)).toMatchObject({ ok: false, error: { key: 'app.project-locked' } });
    expect(value<RecoveryOffer[]>(await dispatch('listRecoveries', undefined, env))).toEqual([]);
    // Tab A crashed: nothing more from it.
    clock += 2 * 60_000;
    expect(value<RecoveryOffer[]>(await dispatch('listRecoveries', undefined, env))).toHaveLength(
      1,
    );
    expect(value<OpenedProject>(await open(TAB_B)).readOnly).toBe(false);
  });
});

describe('recovery copies', () => {
  it('are offered once their tab is gone, restored bound to the file, and removed by a save', async () => {
    const opened = value<OpenedProject>(await open(TAB_A));
    const edited = structuredClone(opened.project);
    edited.meta.title = 'Rencana Induk Provinsi Cerdas Jawa Tengah — draf revisi';
    value(await dispatch('autosave', { window: TAB_A, project: edited, path: PROVINCE }, env));
    // While the tab lives its copy is not offered to others.
    expect(value<RecoveryOffer[]>(await dispatch('listRecoveries', undefined, env))).toEqual([]);
    value(await dispatch('endWindow', { window: TAB_A }, env));
    const offers = value<RecoveryOffer[]>(await dispatch('listRecoveries', undefined, env));
    expect(offers).toHaveLength(1);
    expect(offers[0]).toMatchObject({ title: edited.meta.title, path: PROVINCE, name: PROVINCE });
    const restored = value<OpenedProject>(
      await dispatch('restoreRecovery', { id: offers[0]!.id, window: TAB_B }, env),
    );
    expect(restored).toMatchObject({ path: PROVINCE, restored: true, readOnly: false });
    expect(restored.project.meta.title).toBe(edited.meta.title);
    value(
      await dispatch(
        'saveProject',
        { path: PROVINCE, project: restored.project, window: TAB_B },
        env,
      ),
    );
    expect(readdirSync(env.recoveryFolder)).toEqual([]);
  });

  it('are kept apart for two tabs with the same file', async () => {
    const owner = value<OpenedProject>(await open(TAB_A));
    const viewer = value<OpenedProject>(await open(TAB_B, 'read-only'));
    const a = value<{ id: string }>(
      await dispatch('autosave', { window: TAB_A, project: owner.project, path: PROVINCE }, env),
    );
    const b = value<{ id: string }>(
      await dispatch('autosave', { window: TAB_B, project: viewer.project, path: PROVINCE }, env),
    );
    expect(a.id).not.toBe(b.id);
    expect(readdirSync(env.recoveryFolder)).toHaveLength(2);
  });

  it('are deleted by Buang and by a deliberate discard', async () => {
    const opened = value<OpenedProject>(await open(TAB_A));
    value(
      await dispatch('autosave', { window: TAB_A, project: opened.project, path: PROVINCE }, env),
    );
    value(await dispatch('closeProject', { window: TAB_A, discardRecovery: true }, env));
    expect(value<RecoveryOffer[]>(await dispatch('listRecoveries', undefined, env))).toEqual([]);
    value(await dispatch('autosave', { window: TAB_B, project: opened.project }, env));
    value(await dispatch('endWindow', { window: TAB_B }, env));
    const [offer] = value<RecoveryOffer[]>(await dispatch('listRecoveries', undefined, env));
    expect(offer?.path).toBeUndefined();
    value(await dispatch('discardRecovery', { id: offer!.id }, env));
    expect(value<RecoveryOffer[]>(await dispatch('listRecoveries', undefined, env))).toEqual([]);
  });
});

describe('roll-up from the editor', () => {
  it('takes the five plans, skips a broken file, and changes nothing when run again', async () => {
    writeFileSync(join(projects, 'kabupaten-batang.rencana'), '{"format": "rencana-studio", "me');
    const { project } = value<OpenedProject>(await open(TAB_A));
    const files = [...REGENCIES, 'kabupaten-batang.rencana'];
    const input = { project, projectPath: PROVINCE, files, lang: 'id' };
    const first = value<RollupOutcome>(await dispatch('rollupPlan', input, env));
    expect(first.target).toBe('province');
    expect(first.imported.map((i) => i.code).sort()).toEqual([
      '33.21',
      '33.22',
      '33.24',
      '33.73',
      '33.74',
    ]);
    expect(first.skipped).toEqual([
      expect.objectContaining({
        file: 'kabupaten-batang.rencana',
        key: 'rollup.skip.unreadable-named',
        // The file is named once, by the loader's message.
        reason: expect.stringMatching(
          /^Dilewati: Berkas kabupaten-batang\.rencana (?!.*kabupaten-batang)/,
        ),
      }),
    ]);
    expect(first.candidates.length).toBeGreaterThan(0);
    const again = value<RollupOutcome>(
      await dispatch('rollupPlan', { ...input, project: first.project }, env),
    );
    expect(again.project).toEqual(first.project);
    expect(again.totals.added + again.totals.updated + again.totals.removed).toBe(0);
  });

  it('refuses paths outside the projects folder', async () => {
    const { project } = value<OpenedProject>(await open(TAB_A));
    const result = await dispatch(
      'rollupPlan',
      { project, files: ['../rahasia.rencana'], lang: 'id' },
      env,
    );
    expect(result).toMatchObject({ ok: false, error: { key: 'app.path-outside' } });
  });
});
