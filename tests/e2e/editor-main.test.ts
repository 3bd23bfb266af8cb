/**
 * The built Electron main process (out/main/index.js), run under Node against a stand-in for
 * the `electron` module (tests/e2e/electronStub): the bundle loads, finds core's templates and
 * fonts, states its security settings, serves every call only to its own page, and exports.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runStub } from './electronStub/runStub.ts';
import { API_CALLS } from '../../src/shared/api.ts';

const RUN = fileURLToPath(new URL('./electronStub/run.mjs', import.meta.url));
const MAIN = fileURLToPath(new URL('../../out/main/index.js', import.meta.url));

interface Envelope {
  ok: boolean;
  value?: Record<string, unknown>;
  error?: { key: string };
}

interface Report {
  channels: string[];
  webPreferences: Record<string, unknown>;
  windowOpen: { action: string };
  permission: boolean;
  launch: Envelope;
  sample: { name: string; template: string };
  refused: Envelope;
  outside: Envelope;
  exported: Envelope;
  secondLaunch: Envelope;
  secondOpened: Envelope;
  commands: string[];
  progress: { requestId: number; progress: { stage: string } }[];
  saved: Envelope;
  title: string;
  edited: boolean;
  menus: string[][];
  link: Envelope;
  opened: string[];
  badLink: Envelope;
}

let home: string;
let report: Report;

beforeAll(() => {
  if (!existsSync(MAIN))
    throw new Error('Proses utama belum dibangun: jalankan `npm run build` dulu.');
  home = mkdtempSync(join(tmpdir(), 'rencana-main-'));
  report = runStub<Report>(RUN, ['--open-sample'], {
    STUB_HOME: home,
    STUB_SAVE: join(home, 'disimpan'),
  });
});

afterAll(() => {
  if (home) rmSync(home, { recursive: true, force: true });
});

describe('the built main process', () => {
  it('serves exactly the calls of the contract', () => {
    expect(report.channels.sort()).toEqual(API_CALLS.map((call) => `rencana:${call}`).sort());
  });

  it('creates its window isolated, sandboxed and without Node, and denies new windows and permissions', () => {
    expect(report.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false,
    });
    expect(String(report.webPreferences.preload)).toMatch(/out\/preload\/index\.cjs$/);
    expect(report.windowOpen).toEqual({ action: 'deny' });
    expect(report.permission).toBe(false);
  });

  it('answers only its own page, and only for files the user chose', () => {
    expect(report.refused).toMatchObject({ ok: false });
    expect(report.outside).toMatchObject({ ok: false, error: { key: 'app.path-not-allowed' } });
  });

  it('opens the sample on `npm start` and exports it with progress', () => {
    expect(report.launch).toEqual({ ok: true, value: { kind: 'sample' } });
    expect(report.sample.template).toBe('kabkota');
    expect(report.exported.ok).toBe(true);
    const written = String(report.exported.value?.path);
    expect(readFileSync(written).subarray(0, 2).toString()).toBe('PK');
    expect(report.progress.map((p) => p.progress.stage)).toEqual([
      'preparing',
      'rendering',
      'done',
    ]);
    expect(report.progress.every((p) => p.requestId === 7)).toBe(true);
  });

  it('exports PDF too: the PDF exporter, loaded on first use, finds its fonts from the bundle', () => {
    const pdfHome = mkdtempSync(join(tmpdir(), 'rencana-main-pdf-'));
    try {
      const pdf = runStub<Report>(RUN, ['--open-sample'], {
        STUB_FORMAT: 'pdf',
        STUB_HOME: pdfHome,
        STUB_SAVE: join(pdfHome, 'disimpan'),
      }).exported;
      expect(pdf, JSON.stringify(pdf)).toMatchObject({ ok: true });
      expect(readFileSync(String(pdf.value?.path)).subarray(0, 5).toString()).toBe('%PDF-');
    } finally {
      rmSync(pdfHome, { recursive: true, force: true });
    }
  });

  it('opens a plan double-clicked while it runs, through the renderer’s unsaved-work check', () => {
    expect(report.secondLaunch).toEqual({
      ok: true,
      value: { kind: 'file', path: join(home, 'kiriman', 'kabupaten-kendal.rencana') },
    });
    expect(report.commands).toContain('open-launch-file');
    expect(report.secondOpened).toEqual({ name: 'kabupaten-kendal.rencana' });
  });

  it('saves where the native dialog says, adding .rencana', () => {
    expect(report.saved).toMatchObject({ ok: true, value: { name: 'disimpan.rencana' } });
    expect(existsSync(join(home, 'disimpan.rencana'))).toBe(true);
  });

  it('shows the file and unsaved mark in the title and rebuilds the menus in the chosen language', () => {
    expect(report.title).toBe('contoh.rencana • — Rencana Studio');
    expect(report.edited).toBe(true);
    expect(report.menus[0]).toEqual(['Berkas', 'Sunting', 'Tampilan', 'Bantuan']);
    expect(report.menus[report.menus.length - 1]).toEqual(['File', 'Edit', 'View', 'Help']);
  });

  it('opens only https links outside', () => {
    expect(report.link).toEqual({ ok: true, value: { opened: true } });
    expect(report.opened).toEqual(['https://komdigi.go.id/']);
    expect(report.badLink).toMatchObject({ ok: false, error: { key: 'app.url-not-allowed' } });
  });
});
