/**
 * Autosave and restore in Chromium against the browser host: edit a plan, let autosave
 * write its recovery copy (on blur, and on the interval the page was opened with), "crash"
 * (close the browser context without saving, stop the host), start again on the same
 * projects folder, and restore the work from the start screen.
 */
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUILTIN_TEMPLATES_DIR } from '../../src/core/io/templates.ts';
import { createHostEnv } from '../../src/host/env.ts';
import { startHost, type RunningHost } from '../../src/host/server.ts';
import { shortDateTime } from '../../src/shared/when.ts';
import { seriousViolations } from './axe.ts';
import { CHROMIUM, CHROMIUM_ARGS, RENDERER_DIR, rendererBuilt } from './browser.ts';
import { openFromProjectsFolder, openTreeSection, typeAtEndOfBackground } from './editorSteps.ts';
import { eventually, gone, hasText, shows } from './waitFor.ts';

const PLAN = 'kota-semarang.rencana';
const ADDED =
  ' Pemerintah Kota Semarang menargetkan seluruh layanan perizinan terintegrasi dalam satu portal pada 2027.';
const MORE = ' Data kependudukan dipadankan dengan data Dukcapil setiap triwulan.';

let projectsDir: string;
let recoveryDir: string;
let browser: Browser;
let host: RunningHost;
const errors: string[] = [];

async function startHostHere(): Promise<RunningHost> {
  return startHost({ env: createHostEnv({ projectsDir }), rendererDir: RENDERER_DIR, port: 0 });
}

/** A page in its own browser context (its own tab session), opened with `query`. */
async function openPage(query = ''): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  page.setDefaultTimeout(10_000);
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error' && !message.text().includes('favicon'))
      errors.push(`console: ${message.text()}`);
  });
  await page.goto(`${host.url}${query}`);
  return page;
}

function copies(): { file: string; takenAt: string; project: string }[] {
  try {
    return readdirSync(recoveryDir)
      .filter((name) => name.endsWith('.recovery.json'))
      .map((name) => {
        const data = JSON.parse(readFileSync(join(recoveryDir, name), 'utf8'));
        return { file: name, takenAt: data.takenAt, project: data.project };
      });
  } catch {
    return [];
  }
}

async function openPlan(page: Page): Promise<void> {
  await openFromProjectsFolder(page, PLAN);
  await hasText(page.getByRole('heading', { level: 1 }), 'Kota Semarang');
}

beforeAll(async () => {
  if (!rendererBuilt()) throw new Error('Renderer belum dibangun: jalankan `npm run build` dulu.');
  projectsDir = mkdtempSync(join(tmpdir(), 'rencana-e2e-pemulihan-'));
  recoveryDir = join(projectsDir, '.rencana-studio', 'pemulihan');
  copyFileSync(join(BUILTIN_TEMPLATES_DIR, 'examples', 'rollup', PLAN), join(projectsDir, PLAN));
  host = await startHostHere();
  browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
});

afterAll(async () => {
  await browser?.close();
  await host?.close();
  if (projectsDir) rmSync(projectsDir, { recursive: true, force: true });
});

describe('autosave and restore after a crash', () => {
  let takenAt = '';

  it('writes a recovery copy when the window loses focus, and again on its interval', async () => {
    // The interval is shortened by the page's query; the blur below comes first.
    const page = await openPage('?autosave-ms=1500');
    await openPlan(page);
    expect(copies()).toEqual([]);
    await typeAtEndOfBackground(page, ADDED);
    await page.evaluate(() => window.dispatchEvent(new Event('blur')));
    const [first] = await eventually(
      'a recovery copy with the edit',
      async () => copies(),
      (list) => list.length === 1 && list[0]!.project.includes(ADDED.trim()),
      3000,
    );
    await typeAtEndOfBackground(page, MORE);
    const [second] = await eventually(
      'the copy refreshed on the interval',
      async () => copies(),
      (list) => list.length === 1 && list[0]!.project.includes(MORE.trim()),
      5000,
    );
    expect(second!.file).toBe(first!.file);
    takenAt = second!.takenAt;
    // Crash: the tab goes without saving, the host stops.
    await page.context().close();
    await host.close();
    expect(readFileSync(join(projectsDir, PLAN), 'utf8')).not.toContain(ADDED.trim());
  });

  it('offers the copy at the next start with its title, file and time, and restores it unsaved', async () => {
    host = await startHostHere();
    const page = await openPage();
    const offers = page.getByRole('region', { name: 'Pulihkan pekerjaan yang belum disimpan' });
    await shows(offers);
    const item = offers.getByRole('listitem');
    await hasText(item, 'Kota Semarang');
    await hasText(item, PLAN);
    await hasText(item, `Disimpan otomatis ${shortDateTime(takenAt, 'id')}`);
    expect(await seriousViolations(page)).toEqual([]);
    await item.getByRole('button', { name: 'Pulihkan' }).click();
    await hasText(page.getByRole('heading', { level: 1 }), 'Kota Semarang');
    await shows(page.getByRole('status').filter({ hasText: 'Belum disimpan' }));
    await openTreeSection(page, ['Buku I', 'BAB I Pendahuluan', 'Latar Belakang']);
    const box = page.getByRole('textbox', { name: 'Latar Belakang' });
    await hasText(box, ADDED.trim());
    await hasText(box, MORE.trim());
    // Bound to its file: Ctrl+S writes there, and the copy is gone.
    await page.keyboard.press('ControlOrMeta+s');
    await shows(page.getByRole('status').filter({ hasText: 'Tersimpan' }));
    expect(readFileSync(join(projectsDir, PLAN), 'utf8')).toContain(MORE.trim());
    expect(copies()).toEqual([]);
    await page.context().close();
  });

  it('deletes a copy the user discards', async () => {
    const page = await openPage();
    await openPlan(page);
    await typeAtEndOfBackground(page, ' Catatan sementara.');
    await page.evaluate(() => window.dispatchEvent(new Event('blur')));
    await eventually(
      'a copy',
      async () => copies(),
      (list) => list.length === 1,
      3000,
    );
    await page.context().close();
    await host.close();
    host = await startHostHere();
    const next = await openPage();
    const offers = next.getByRole('region', { name: 'Pulihkan pekerjaan yang belum disimpan' });
    await offers.getByRole('button', { name: 'Buang' }).click();
    await gone(offers);
    expect(copies()).toEqual([]);
    expect(errors).toEqual([]);
  });
});
