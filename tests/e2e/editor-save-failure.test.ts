/**
 * A save that cannot be written — the folder the plan was opened from is gone (a USB stick
 * pulled out, a network share dropped) — fails with a message that says why, and the work in
 * the editor stays: the text typed is still there, still marked unsaved, and Simpan Sebagai
 * writes it elsewhere.
 */
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUILTIN_TEMPLATES_DIR } from '../../src/core/io/templates.ts';
import { rendererBuilt, startSession, type EditorSession } from './browser.ts';
import { openFromProjectsFolder, typeAtEndOfBackground } from './editorSteps.ts';
import { gone, hasText, shows } from './waitFor.ts';

const PLAN = 'kabupaten-demak.rencana';
const FOLDER = 'flashdisk-bappeda';
const TYPED = ' Catatan rapat koordinasi 12 November 2026 belum tersimpan.';

let session: EditorSession;
let page: Page;

beforeAll(async () => {
  if (!rendererBuilt()) throw new Error('Renderer belum dibangun: jalankan `npm run build` dulu.');
  session = await startSession();
  mkdirSync(join(session.projectsDir, FOLDER));
  copyFileSync(
    join(BUILTIN_TEMPLATES_DIR, 'examples', 'rollup', PLAN),
    join(session.projectsDir, FOLDER, PLAN),
  );
  page = await session.newPage();
});

afterAll(async () => {
  await session?.close();
});

describe('saving to a folder that has gone', () => {
  it('says the folder is gone and keeps the typed text, unsaved', async () => {
    await openFromProjectsFolder(page, PLAN);
    await hasText(page.getByRole('heading', { level: 1 }), 'Kabupaten Demak');

    const box = await typeAtEndOfBackground(page, TYPED);

    rmSync(join(session.projectsDir, FOLDER), { recursive: true, force: true });
    await page.keyboard.press('ControlOrMeta+s');

    await shows(page.getByText(/tidak dapat ditulis: folder tujuan tidak ada/).first());
    await hasText(box, TYPED.trim());
    await shows(page.getByRole('status').filter({ hasText: 'Belum disimpan' }));
    expect(existsSync(join(session.projectsDir, FOLDER))).toBe(false);
  });

  it('Simpan Sebagai then writes the same work elsewhere', async () => {
    await page.keyboard.press('ControlOrMeta+Shift+s');
    const dialog = page.getByRole('dialog', { name: /Simpan Sebagai/ });
    await shows(dialog);
    const name = dialog.getByRole('textbox').first();
    await name.fill('kabupaten-demak-pulihan.rencana');
    await dialog.getByRole('button', { name: 'Simpan', exact: true }).click();
    await gone(dialog);
    const saved = join(session.projectsDir, 'kabupaten-demak-pulihan.rencana');
    await shows(page.getByRole('status').filter({ hasText: 'Tersimpan' }));
    expect(readFileSync(saved, 'utf8')).toContain(TYPED.trim());
    expect(session.errors.filter((e) => !/Failed to load resource/.test(e))).toEqual([]);
  });
});
