/**
 * End-to-end helpers: the browser host in-process on a free port with a temporary projects
 * folder, serving the built renderer (npm run build), and Debian's Chromium via playwright-core.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { createHostEnv } from '../../src/host/env.ts';
import { startHost, type RunningHost } from '../../src/host/server.ts';

export const RENDERER_DIR = fileURLToPath(new URL('../../out/renderer', import.meta.url));
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Chromium flags for a headless, quiet, offline run. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface EditorSession {
  host: RunningHost;
  browser: Browser;
  projectsDir: string;
  /** A fresh page on the app, with errors collected. */
  newPage(): Promise<Page>;
  /** Uncaught page errors and console errors seen so far. */
  errors: string[];
  close(): Promise<void>;
}

/** Whether the built renderer exists (the e2e tests need `npm run build` first). */
export function rendererBuilt(): boolean {
  return existsSync(join(RENDERER_DIR, 'index.html'));
}

/** Starts the host and the browser. */
export async function startSession(options: { samplePath?: string } = {}): Promise<EditorSession> {
  const projectsDir = mkdtempSync(join(tmpdir(), 'rencana-e2e-'));
  const host = await startHost({
    env: createHostEnv({ projectsDir, samplePath: options.samplePath }),
    rendererDir: RENDERER_DIR,
    port: 0,
  });
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  const errors: string[] = [];
  return {
    host,
    browser,
    projectsDir,
    errors,
    async newPage() {
      const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
      // A step that cannot happen should fail fast, not after Playwright's 30 s default.
      page.setDefaultTimeout(10_000);
      page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
      page.on('console', (message) => {
        // The browser asks for /favicon.ico on its own; that 404 is not the app's.
        if (message.type() === 'error' && !message.text().includes('favicon'))
          errors.push(`console: ${message.text()}`);
      });
      await page.goto(host.url);
      return page;
    },
    async close() {
      await browser.close();
      await host.close();
      rmSync(projectsDir, { recursive: true, force: true });
    },
  };
}
