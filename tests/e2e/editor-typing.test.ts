/**
 * Typed text reaches the plan in the store a moment after the screen (#6: the store is no longer
 * written on every keystroke). Whatever acts on the plan right after typing must still have
 * every letter: a save, an undo, another section opened, an IME composition, the toolbar, an
 * export, leaving the page, and opening another plan (also while the save it asked for runs,
 * and keys pressed while it opens).
 */
import { copyFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUILTIN_TEMPLATES_DIR } from '../../src/core/io/templates.ts';
import { rendererBuilt, startSession, type EditorSession } from './browser.ts';
import { openFromProjectsFolder, openTreeSection } from './editorSteps.ts';
import { gone, hasText, shows } from './waitFor.ts';

const PLAN = 'kabupaten-demak.rencana';
const OTHER = 'kota-salatiga.rencana';
const SECTION = ['Buku I', 'BAB I Pendahuluan', 'Latar Belakang'];

let session: EditorSession;
let page: Page;

beforeAll(async () => {
  if (!rendererBuilt()) throw new Error('Renderer belum dibangun: jalankan `npm run build` dulu.');
  session = await startSession();
  for (const file of [PLAN, OTHER])
    copyFileSync(
      join(BUILTIN_TEMPLATES_DIR, 'examples', 'rollup', file),
      join(session.projectsDir, file),
    );
  page = await session.newPage();
  await openFromProjectsFolder(page, PLAN);
  await hasText(page.getByRole('heading', { level: 1 }), 'Kabupaten Demak');
});

afterAll(async () => {
  await session?.close();
});

const saved = () => readFileSync(join(session.projectsDir, PLAN), 'utf8');

async function saveNow() {
  await page.keyboard.press('ControlOrMeta+s');
  await shows(page.getByRole('status').filter({ hasText: 'Tersimpan' }));
}

/** The caret at the end of Latar Belakang. */
async function caretAtEnd() {
  await openTreeSection(page, SECTION);
  const box = page.getByRole('textbox', { name: 'Latar Belakang' });
  await box.click();
  await page.keyboard.press('ControlOrMeta+End');
  return box;
}

/** Types at the end of Latar Belakang, with no wait after the last key. */
async function typeAtEnd(text: string) {
  const box = await caretAtEnd();
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

describe('acting at once after typing', () => {
  it('an IME composition committed and saved at once is in the file', async () => {
    await saveNow();
    await caretAtEnd();
    await page.keyboard.type(' Dinas ');
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Input.imeSetComposition', { text: 'kec', selectionStart: 3, selectionEnd: 3 });
    await cdp.send('Input.imeSetComposition', {
      text: 'kecamatan',
      selectionStart: 9,
      selectionEnd: 9,
    });
    await cdp.send('Input.insertText', { text: 'kecamatan' });
    await saveNow();
    expect(saved()).toContain('Dinas kecamatan');
  });

  it('bold from the toolbar between two words, then saving at once, keeps both', async () => {
    await caretAtEnd();
    await page.keyboard.type(' Sebelum');
    await page.getByRole('button', { name: 'Tebal' }).click();
    await page.keyboard.type(' Tebal sesudah');
    await saveNow();
    const file = saved();
    expect(file).toContain('Sebelum');
    expect(file).toContain('Tebal sesudah');
  });

  it('an export right after typing has the text', async () => {
    await caretAtEnd();
    const typed = ' Forum Kota Cerdas Demak dibentuk 2026.';
    await page.keyboard.type(typed);
    await page.getByRole('button', { name: 'Ekspor Word' }).click();
    const done = page.getByText(/Ekspor Word selesai/);
    await shows(done, 60_000);
    const text = (await done.textContent()) ?? '';
    const file = /selesai: (.+?) \(/.exec(text)?.[1];
    expect(file).toBeTruthy();
    const docx = unzipSync(readFileSync(join(session.projectsDir, file!)));
    expect(strFromU8(docx['word/document.xml']!)).toContain('Forum Kota Cerdas Demak');
  });

  it('leaving the page right after typing into a saved plan asks first', async () => {
    await saveNow();
    await caretAtEnd();
    const asked = new Promise<string>((resolve) =>
      page.once('dialog', (dialog) => {
        resolve(dialog.type());
        void dialog.dismiss();
      }),
    );
    await page.keyboard.type(' X');
    await page.evaluate(() => setTimeout(() => location.reload(), 0));
    expect(await asked).toBe('beforeunload');
    await hasText(page.getByRole('textbox', { name: 'Latar Belakang' }), 'X');
  });

  it('opening another plan right after typing asks, and Simpan writes the text', async () => {
    await saveNow();
    await caretAtEnd();
    await page.keyboard.type(' Disimpan sebelum pindah.');
    await page.keyboard.press('ControlOrMeta+o');
    const ask = page.getByRole('alertdialog', { name: 'Simpan perubahan?' });
    await ask.getByRole('button', { name: 'Simpan', exact: true }).click();
    const list = page.getByRole('dialog', { name: 'Buka Proyek' });
    await shows(list);
    expect(saved()).toContain('Disimpan sebelum pindah.');
    await page.keyboard.press('Escape');
    await gone(list);
  });

  it('text typed while the save before opening another plan runs is asked about again', async () => {
    await caretAtEnd();
    await page.keyboard.type(' Disepakati Bappeda.');
    // A slow disk or network: the save asked for before leaving takes a while.
    await page.route('**/api/saveProject', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 800));
      await route.continue();
    });
    await page.keyboard.press('ControlOrMeta+o');
    const ask = page.getByRole('alertdialog', { name: 'Simpan perubahan?' });
    await ask.getByRole('button', { name: 'Simpan', exact: true }).click();
    await gone(ask);
    // The editor has the focus back while the file is written, and the user goes on typing.
    await page.keyboard.type(' Ditambah saat menyimpan.');
    await shows(ask);
    expect(saved()).toContain('Disepakati Bappeda.');
    expect(saved()).not.toContain('Ditambah saat menyimpan.');
    await page.unroute('**/api/saveProject');
    await ask.getByRole('button', { name: 'Simpan', exact: true }).click();
    const list = page.getByRole('dialog', { name: 'Buka Proyek' });
    await shows(list);
    expect(saved()).toContain('Disepakati Bappeda. Ditambah saat menyimpan.');
    await list.getByRole('button', { name: /(^|\/)kota-salatiga\.rencana/ }).click();
    await hasText(page.getByRole('heading', { level: 1 }), 'Salatiga');
  });

  it('keys pressed while another plan is being opened do not go into the plan left', async () => {
    // Kota Salatiga, saved, with the caret in its Latar Belakang.
    const box = await caretAtEnd();
    await page.route('**/api/openProject', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 800));
      await route.continue();
    });
    await page.keyboard.press('ControlOrMeta+o');
    const list = page.getByRole('dialog', { name: 'Buka Proyek' });
    await list.getByRole('button', { name: /(^|\/)kabupaten-demak\.rencana/ }).click();
    await page.keyboard.type(' Tidak ke mana-mana.');
    // The list stays until the plan is open: the keys did not reach the editor behind it.
    expect(await list.count()).toBe(1);
    expect(await box.textContent()).not.toContain('Tidak ke mana-mana.');
    await hasText(page.getByRole('heading', { level: 1 }), 'Kabupaten Demak');
    await gone(list);
    await page.unroute('**/api/openProject');
  });
});
