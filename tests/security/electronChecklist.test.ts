/**
 * Electron's security checklist, item by item, against what ships: the built main process
 * (out/main/index.js, run under Node against the Electron stand-in of tests/e2e/electronStub),
 * the built preload (out/preload/index.cjs), the built page (out/renderer/index.html) and the
 * packaging config (electron-builder.yml). SECURITY.md lists each item with this test's name.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API_CALLS } from '../../src/shared/api.ts';
import { CSP_HEADER, CSP_META } from '../../src/shared/csp.ts';
import { runStub } from '../e2e/electronStub/runStub.ts';

const ROOT = new URL('../../', import.meta.url);
const file = (path: string) => new URL(path, ROOT);
const HARNESS = file('tests/security/mainHarness.mjs');

type Probe = Record<string, boolean | { action: string } | undefined>;
interface AppFile {
  status: number;
  type: string | null;
  csp: string | null;
  nosniff: string | null;
  hasRoot: boolean;
}
interface Envelope {
  ok: boolean;
  error?: { key: string };
}
interface Report {
  sandboxEverywhere: boolean;
  schemes: { scheme: string; privileges: Record<string, boolean> }[];
  loaded: string;
  webPreferences: Record<string, unknown>;
  mainWindowNavigation: Probe;
  createdContentsNavigation: Probe;
  appFiles: Record<string, AppFile>;
  requests: Record<string, boolean>;
  permission: Record<string, boolean>;
  permissionCheck: boolean;
  devicePermission: boolean;
  channels: string[];
  fromStrangers: Record<string, boolean[]>;
  junkPayload: Record<string, string>;
  prototypePayload: Envelope;
  links: Record<string, Envelope>;
  opened: string[];
}

let home: string;
let report: Report;

beforeAll(() => {
  if (!existsSync(file('out/main/index.js')))
    throw new Error('Proses utama belum dibangun: jalankan `npm run build` dulu.');
  home = mkdtempSync(join(tmpdir(), 'rencana-security-'));
  report = runStub<Report>(HARNESS.pathname, [], { STUB_HOME: home });
});

afterAll(() => {
  if (home) rmSync(home, { recursive: true, force: true });
});

describe('Electron security checklist (built main process)', () => {
  it('1-3. isolates the renderer: context isolation, sandbox, no Node anywhere in it', () => {
    expect(report.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
    });
    expect(report.webPreferences).not.toHaveProperty('enableBlinkFeatures');
    // app.enableSandbox(): no renderer of the app can run unsandboxed, whatever its options.
    expect(report.sandboxEverywhere).toBe(true);
    expect(String(report.webPreferences.preload)).toMatch(/out\/preload\/index\.cjs$/);
  });

  it('4. serves the page with the strict CSP, as header and as meta tag', () => {
    expect(report.appFiles.index).toMatchObject({ status: 200, csp: CSP_HEADER, hasRoot: true });
    expect(report.appFiles.index!.nosniff).toBe('nosniff');
    expect(CSP_HEADER).not.toMatch(/unsafe-eval|unsafe-inline|https?:|\*/);
    expect(CSP_HEADER).toContain("default-src 'none'");
    expect(CSP_HEADER).toContain("frame-ancestors 'none'");
    const html = readFileSync(file('out/renderer/index.html'), 'utf8').replaceAll('&#39;', "'");
    expect(html).toContain(`http-equiv="Content-Security-Policy" content="${CSP_META}"`);
    expect(html).not.toMatch(/<script(?![^>]*src=)[^>]*>/); // no inline script
  });

  it('5. loads only its own files from app://rencana/, never file:// or anything remote', () => {
    expect(report.loaded).toBe('app://rencana/index.html');
    expect(report.schemes).toEqual([
      {
        scheme: 'app',
        privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true },
      },
    ]);
    for (const name of ['traversal', 'encodedTraversal', 'backslash', 'mainBundle', 'otherHost'])
      expect(report.appFiles[name]?.status, name).toBe(404);
    expect(report.appFiles.unknownType?.status).toBe(404);
    expect(report.appFiles.post?.status).toBe(405);
    expect(report.requests).toEqual({
      'app://rencana/assets/index.js': false,
      'data:image/png;base64,AAAA': false,
      'blob:app://rencana/1234': false,
      'https://example.com/tracker.png': true,
      'http://127.0.0.1:5183/api': true,
      'file:///etc/passwd': true,
      'ws://example.com/': true,
      'ftp://example.com/': true,
    });
  });

  it('6. denies navigation, redirects, new windows and webviews in every web contents', () => {
    const expected = {
      windowOpen: { action: 'deny' },
      navigateAway: true,
      navigateFile: true,
      navigateOwn: false,
      frameAway: true,
      frameOwn: false,
      redirect: true,
      webview: true,
    };
    expect(report.mainWindowNavigation).toEqual(expected);
    // Installed from `web-contents-created`, so contents the app did not make itself too.
    expect(report.createdContentsNavigation).toEqual(expected);
  });

  it('7. denies every permission request and check, and every device', () => {
    expect(Object.values(report.permission)).toEqual([false, false, false, false, false]);
    expect(report.permissionCheck).toBe(false);
    expect(report.devicePermission).toBe(false);
  });

  it('8. answers IPC only from its own page in its own window', () => {
    expect(report.channels.sort()).toEqual(API_CALLS.map((call) => `rencana:${call}`).sort());
    for (const [who, results] of Object.entries(report.fromStrangers)) {
      expect(results, who).toHaveLength(API_CALLS.length);
      expect(
        results.every((ok) => !ok),
        who,
      ).toBe(true);
    }
  });

  it('9. checks every IPC payload against the contract', () => {
    expect(Object.keys(report.junkPayload)).toHaveLength(API_CALLS.length);
    for (const [channel, key] of Object.entries(report.junkPayload))
      expect(key, channel).toBe('app.payload-invalid');
    expect(report.prototypePayload).toMatchObject({
      ok: false,
      error: { key: 'app.payload-invalid' },
    });
  });

  it('10. opens only plain https links outside the app', () => {
    for (const [url, result] of Object.entries(report.links)) {
      if (url === 'https://komdigi.go.id/') expect(result.ok).toBe(true);
      else expect(result, url).toMatchObject({ ok: false, error: { key: 'app.url-not-allowed' } });
    }
    expect(report.opened).toEqual(['https://komdigi.go.id/']);
  });
});

describe('the built preload', () => {
  it('11. exposes one object of named functions, never ipcRenderer or a generic invoke', () => {
    const exposed: Record<string, Record<string, unknown>> = {};
    const invoked: string[] = [];
    const electron = {
      contextBridge: {
        exposeInMainWorld: (key: string, api: Record<string, unknown>) => (exposed[key] = api),
      },
      ipcRenderer: {
        invoke: (channel: string) => invoked.push(channel),
        on: () => {},
        removeListener: () => {},
      },
    };
    const module = { exports: {} };
    const code = readFileSync(file('out/preload/index.cjs'), 'utf8');
    runInNewContext(code, {
      module,
      exports: module.exports,
      require: (name: string) => {
        if (name !== 'electron') throw new Error(`preload requires ${name}`);
        return electron;
      },
    });
    expect(Object.keys(exposed)).toEqual(['rencana']);
    const api = exposed.rencana!;
    expect(Object.keys(api).sort()).toEqual([...API_CALLS, 'onCommand'].sort());
    expect(Object.values(api).every((value) => typeof value === 'function')).toBe(true);
    for (const forbidden of ['ipcRenderer', 'invoke', 'send', 'require', 'process'])
      expect(api).not.toHaveProperty(forbidden);
    void (api.appInfo as () => unknown)();
    expect(invoked).toEqual(['rencana:appInfo']);
  });
});

describe('the packaged app', () => {
  // The option names electron-builder maps onto @electron/fuses (app-builder-lib's generateFuseConfig).
  const builderSource = readFileSync(
    file('node_modules/app-builder-lib/out/platformPackager.js'),
    'utf8',
  );
  const fuses = (() => {
    const yml = readFileSync(file('electron-builder.yml'), 'utf8');
    const block = yml.split(/^electronFuses:\s*$/m)[1]!.split(/^\S/m)[0]!;
    const entries = [...block.matchAll(/^ {2}(\w+):\s*(true|false)\s*$/gm)];
    return Object.fromEntries(entries.map((m) => [m[1]!, m[2] === 'true']));
  })();

  it('12. flips the Electron fuses, with names electron-builder knows', () => {
    expect(fuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
    for (const name of Object.keys(fuses))
      expect(builderSource, name).toContain(`fuses.${name} != null`);
  });

  it('13. ships its code inside asar and uses a current Electron', () => {
    const yml = readFileSync(file('electron-builder.yml'), 'utf8');
    expect(yml).toMatch(/^asar: true$/m);
    const electron = JSON.parse(
      readFileSync(file('node_modules/electron/package.json'), 'utf8'),
    ) as { version: string };
    expect(Number(electron.version.split('.')[0])).toBeGreaterThanOrEqual(45);
  });
});
