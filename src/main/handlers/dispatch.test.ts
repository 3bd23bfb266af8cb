import { mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { keptExportThread } from '../../core/export/worker/exportInWorker.ts';
import type { Envelope, OpenedProject, SavedProject } from '../../shared/api.ts';
import { createHostEnv } from '../../host/env.ts';
import type { HandlerEnv } from './env.ts';
import { dispatch } from './dispatch.ts';
import { appMsg, type AppMessageKey } from '../../shared/messages.ts';

/** The window id the renderer would send. */
const WINDOW = 'jendela-uji-1';

let root: string;
let env: HandlerEnv;

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'rencana-handlers-'));
  env = createHostEnv({ projectsDir: join(root, 'projects') });
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

function value<T>(envelope: Envelope<unknown>): T {
  if (!envelope.ok) throw new Error(`${envelope.error.key}: ${envelope.error.message}`);
  return envelope.value as T;
}

async function newPlan(): Promise<OpenedProject> {
  return value(
    await dispatch(
      'newProject',
      {
        templateId: 'kabkota',
        regionCodes: ['35.10'],
        period: { start: 2026, end: 2030 },
        team: [{ name: 'Dewi', role: 'Ketua Tim' }],
      },
      env,
    ),
  );
}

describe('payload checks', () => {
  it('refuses an unknown call', async () => {
    const result = await dispatch('deleteEverything', {}, env);
    expect(result).toMatchObject({ ok: false, error: { key: 'app.unknown-call' } });
  });

  it('refuses a payload of the wrong shape and says where', async () => {
    const result = await dispatch('searchRegions', { query: 42 }, env);
    expect(result).toMatchObject({
      ok: false,
      error: {
        key: 'app.payload-invalid',
        params: { where: 'input.query', expected: 'teks', expectedEn: 'string' },
      },
    });
    // The message in Bahasa Indonesia is Indonesian throughout, the English one English.
    if (result.ok) throw new Error('refused payload was accepted');
    const { key, params } = result.error as { key: AppMessageKey; params: Record<string, string> };
    expect(appMsg('id', key, params)).toBe(
      'Permintaan searchRegions tidak sah: input.query harus teks.',
    );
    expect(appMsg('en', key, params)).toBe(
      'Invalid searchRegions request: input.query must be string.',
    );
  });

  it('refuses properties the contract does not name', async () => {
    const result = await dispatch(
      'openProject',
      { path: 'a.rencana', window: WINDOW, mode: 'x' },
      env,
    );
    expect(result).toMatchObject({ ok: false, error: { params: { where: 'input.mode' } } });
  });

  it('refuses a payload to a call that takes none', async () => {
    const result = await dispatch('listTemplates', { all: true }, env);
    expect(result).toMatchObject({ ok: false, error: { key: 'app.payload-invalid' } });
  });

  it('checks a project against the project schema before saving it', async () => {
    const { project } = await newPlan();
    const broken = { ...project, meta: { ...project.meta, period: { start: 'x', end: 2030 } } };
    const result = await dispatch(
      'saveProject',
      { path: 'a.rencana', project: broken, window: WINDOW },
      env,
    );
    expect(result).toMatchObject({ ok: false, error: { key: 'app.project-invalid' } });
  });

  it('names a template that does not exist', async () => {
    const result = await dispatch(
      'newProject',
      { templateId: 'nope', regionCodes: ['35.10'], period: { start: 2026, end: 2030 }, team: [] },
      env,
    );
    expect(result).toMatchObject({ ok: false, error: { key: 'template.unknown' } });
  });
});

describe('projects in the host folder', () => {
  it('creates, saves, lists and reopens a plan', async () => {
    const opened = await newPlan();
    expect(opened.path).toBeUndefined();
    expect(opened.name).toMatch(/banyuwangi.*\.rencana$/);
    const saved = value<SavedProject>(
      await dispatch(
        'saveProjectAs',
        { project: opened.project, path: 'banyuwangi', window: WINDOW },
        env,
      ),
    );
    expect(saved).toEqual({ path: 'banyuwangi.rencana', name: 'banyuwangi.rencana' });
    const listed = value<{ path: string }[]>(await dispatch('listProjectFiles', undefined, env));
    expect(listed.map((f) => f.path)).toEqual(['banyuwangi.rencana']);
    const reopened = value<OpenedProject>(
      await dispatch('openProject', { path: 'banyuwangi.rencana', window: WINDOW }, env),
    );
    expect(reopened.project).toEqual(opened.project);
    const recent = value<{ path: string }[]>(await dispatch('recentProjects', undefined, env));
    expect(recent[0]?.path).toBe('banyuwangi.rencana');
  });

  it.each([
    '../outside.rencana',
    '/etc/passwd.rencana',
    'a/../../outside.rencana',
    'C:\\x.rencana',
  ])('refuses the path %s', async (path) => {
    const { project } = await newPlan();
    const result = await dispatch('saveProject', { path, project, window: WINDOW }, env);
    expect(result).toMatchObject({ ok: false, error: { key: 'app.path-outside' } });
  });

  it('refuses a symbolic link that leads out of the folder', async () => {
    writeFileSync(join(root, 'secret.rencana'), '{}');
    symlinkSync(root, join(root, 'projects', 'link'));
    const result = await dispatch(
      'openProject',
      { path: 'link/secret.rencana', window: WINDOW },
      env,
    );
    expect(result).toMatchObject({ ok: false, error: { key: 'app.path-outside' } });
  });

  it('only opens and saves .rencana files', async () => {
    writeFileSync(join(root, 'projects', 'notes.txt'), 'x');
    const result = await dispatch('openProject', { path: 'notes.txt', window: WINDOW }, env);
    expect(result).toMatchObject({ ok: false, error: { key: 'app.not-rencana' } });
  });

  it('reports a broken file in Bahasa Indonesia without changing it', async () => {
    const file = join(root, 'projects', 'rusak.rencana');
    writeFileSync(file, '{"format": "rencana-studio", ');
    const result = await dispatch('openProject', { path: 'rusak.rencana', window: WINDOW }, env);
    expect(result).toMatchObject({ ok: false, error: { key: 'file.not-json' } });
    expect(readFileSync(file, 'utf8')).toBe('{"format": "rencana-studio", ');
  });

  it('has no native dialogs in the browser', async () => {
    const result = await dispatch('openProjectDialog', { window: WINDOW }, env);
    expect(result).toMatchObject({ ok: false, error: { key: 'app.dialog-unavailable' } });
  });
});

describe('regions, images, links', () => {
  it('finds regions of the levels the pack serves', async () => {
    const hits = value<{ code: string; level: string }[]>(
      await dispatch('searchRegions', { query: 'jawa', templateId: 'kabkota' }, env),
    );
    expect(hits.every((h) => h.level !== 'provinsi')).toBe(true);
    const provinces = value<{ level: string }[]>(
      await dispatch('searchRegions', { query: 'jawa', templateId: 'provinsi' }, env),
    );
    expect(provinces.length).toBeGreaterThan(0);
    expect(provinces.every((h) => h.level === 'provinsi')).toBe(true);
  });

  it('accepts a PNG by its content and refuses other bytes', async () => {
    const png =
      'iVBORw0KGgoAAAANSUhEUgAAAAIAAAADCAYAAAC56t6BAAAAEklEQVR4nGP4z8DAwMDAxMDAAAAbcgL/Wq3T8AAAAABJRU5ErkJggg==';
    const asset = value<{ mime: string; width: number; height: number }>(
      await dispatch('importImage', { name: 'peta.png', data: png }, env),
    );
    expect(asset).toMatchObject({ mime: 'image/png', width: 2, height: 3 });
    const text = Buffer.from('<svg onload="alert(1)"></svg>').toString('base64');
    const refused = await dispatch('importImage', { name: 'x.png', data: text }, env);
    expect(refused).toMatchObject({ ok: false, error: { key: 'app.image-invalid' } });
  });

  it('refuses a small PNG whose header announces 100 megapixels, without decoding it', async () => {
    // 10 000 × 10 000: within the per-side limit, over the 40-megapixel one; 57 bytes in all.
    const header = Buffer.alloc(33);
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]).copy(header, 0);
    header.writeUInt32BE(13, 8);
    header.write('IHDR', 12, 'ascii');
    header.writeUInt32BE(10_000, 16);
    header.writeUInt32BE(10_000, 20);
    header.set([8, 6, 0, 0, 0], 24);
    const bomb = Buffer.concat([
      header,
      Buffer.from('0000000c4944415478da63000100000500010d0a2db40000000049454e44ae426082', 'hex'),
    ]);
    const refused = await dispatch(
      'importImage',
      { name: 'peta-resolusi-tinggi.png', data: bomb.toString('base64') },
      env,
    );
    expect(refused).toMatchObject({
      ok: false,
      error: {
        key: 'app.image-too-many-pixels',
        params: { width: 10_000, height: 10_000, megapixels: 40 },
      },
    });
  });

  it.each(['http://example.com', 'file:///etc/passwd', 'javascript:alert(1)', 'https://u:p@x.id'])(
    'does not open %s',
    async (url) => {
      const result = await dispatch('openExternal', { url }, env);
      expect(result).toMatchObject({ ok: false, error: { key: 'app.url-not-allowed' } });
    },
  );
});

describe('validation and export', () => {
  it('validates a plan the same way as core', async () => {
    const { project } = await newPlan();
    const result = value<{ findings: { code: string }[]; completeness: { overall: number } }>(
      await dispatch('validateProject', { project, lang: 'en' }, env),
    );
    expect(result.findings.some((f) => f.code === 'section.empty')).toBe(true);
    expect(result.completeness.overall).toBeLessThan(0.05);
  });

  it('readies the export thread when asked, answering at once, and refuses other formats', async () => {
    const thread = env.exportThread;
    expect(thread).toBeDefined();
    const kept = keptExportThread(thread!);
    await kept.terminate();
    const started = kept.threadsStarted;
    expect(value(await dispatch('prepareExport', { format: 'pdf' }, env))).toBeNull();
    expect(kept.alive).toBe(true);
    // An export asked meanwhile runs in the same thread, after the loading.
    const { project } = await newPlan();
    const exported = await kept.export(project, { format: 'docx', book: 'all' });
    expect(exported.fileName).toMatch(/\.docx$/);
    expect(kept.threadsStarted).toBe(started + 1);
    // The thread has the PDF exporter loaded: preparing it again does nothing.
    expect(await kept.prepare('pdf')).toBe(false);
    const refused = await dispatch('prepareExport', { format: 'odt' } as never, env);
    expect(refused.ok).toBe(false);
    await kept.terminate();
  });
});
