/**
 * Typed text reaches the plan in the store a moment after the screen (#6: the store is no longer
 * written on every keystroke). Whatever acts on the plan right after typing must still have
 * every letter: a save, an undo, another section opened.
 */
import { copyFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUILTIN_TEMPLATES_DIR } from '../../src/core/io/templates.ts';
import { rendererBuilt, startSession, type EditorSession } from './browser.ts';
import { openFromProjectsFolder, openTreeSection } from './editorSteps.ts';
import { hasText, shows } from './waitFor.ts';

const PLAN = 'kabupaten-demak.rencana';
const SECTION = ['Buku I', 'BAB I Pendahuluan', 'Latar Belakang'];

let session: EditorSession;
let page: Page;

beforeAll(async () => {
  if (!rendererBuilt()) throw new Error('Renderer belum dibangun: jalankan `npm run build` dulu.');
  session = await startSession();
  copyFileSync(
    join(BUILTIN_TEMPLATES_DIR, 'examples', 'rollup', PLAN),
    join(session.projectsDir, PLAN),
  );
  page = await session.newPage();
  await openFromProjectsFolder(page, PLAN);
  await hasText(page.getByRole('heading', { level: 1 }), 'Kabupaten Demak');
});

afterAll(async () => {
  await session?.close();
});

/** Types at the end of Latar Belakang, with no wait after the last key. */
async function typeAtEnd(text: string) {
  await openTreeSection(page, SECTION);
  const box = page.getByRole('textbox', { name: 'Latar Belakang' });
  await box.click();
  await page.keyboard.press('ControlOrMeta+End');
  await page.keyboard.type(text);
  return box;
}

describe('typing, then at once', () => {
  it('saving writes every letter typed', async () => {
    const typed = ' Rapat koordinasi Bappeda 14 November 2026 menyepakati enam dimensi.';
    await typeAtEnd(typed);
    await page.keyboard.press('ControlOrMeta+s');
    await shows(page.getByRole('status').filter({ hasText: 'Tersimpan' }));
    expect(readFileSync(join(session.projectsDir, PLAN), 'utf8')).toContain(typed.trim());
  });

  it('the plan shows as unsaved again once more is typed', async () => {
    await typeAtEnd(' Dinas Kominfo');
    await shows(page.getByRole('status').filter({ hasText: 'Belum disimpan' }));
  });

  it('undo takes back what was just typed, and redo brings it back', async () => {
    await page.keyboard.press('ControlOrMeta+s');
    await shows(page.getByRole('status').filter({ hasText: 'Tersimpan' }));
    const typed = ' Catatan sementara';
    const box = await typeAtEnd(typed);
    await page.keyboard.press('ControlOrMeta+z');
    await expect
      .poll(async () => (await box.textContent()) ?? '', { timeout: 10_000 })
      .not.toContain(typed.trim());
    await page.keyboard.press('ControlOrMeta+Shift+z');
    await hasText(page.getByRole('textbox', { name: 'Latar Belakang' }), typed.trim());
  });

  it('another section opened keeps the text of the one left', async () => {
    const typed = ' Ditambahkan sebelum pindah bagian.';
    await typeAtEnd(typed);
    await openTreeSection(page, ['Buku I', 'BAB I Pendahuluan', 'Maksud dan Tujuan']);
    await openTreeSection(page, SECTION);
    await hasText(page.getByRole('textbox', { name: 'Latar Belakang' }), typed.trim());
    await page.keyboard.press('ControlOrMeta+s');
    await shows(page.getByRole('status').filter({ hasText: 'Tersimpan' }));
    expect(readFileSync(join(session.projectsDir, PLAN), 'utf8')).toContain(typed.trim());
  });
});
