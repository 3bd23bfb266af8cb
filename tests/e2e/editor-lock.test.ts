/**
 * Project locks across tabs of one browser host: the second tab to open a plan is told it
 * is open elsewhere and since when, and chooses; read-only cannot save over the file; a tab
 * whose plan was taken over is warned before it saves.
 */
import { copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUILTIN_TEMPLATES_DIR } from '../../src/core/io/templates.ts';
import { seriousViolations } from './axe.ts';
import { rendererBuilt, startSession, type EditorSession } from './browser.ts';
import { openFromProjectsFolder, typeAtEndOfBackground } from './editorSteps.ts';
import { gone, hasText, shows } from './waitFor.ts';

const PLAN = 'kabupaten-kendal.rencana';

let session: EditorSession;
let first: Page;
let second: Page;
let file: string;

beforeAll(async () => {
  if (!rendererBuilt()) throw new Error('Renderer belum dibangun: jalankan `npm run build` dulu.');
  session = await startSession();
  file = join(session.projectsDir, PLAN);
  copyFileSync(join(BUILTIN_TEMPLATES_DIR, 'examples', 'rollup', PLAN), file);
});

afterAll(async () => {
  await session?.close();
});

const startOpening = (page: Page) => openFromProjectsFolder(page, PLAN);
const edit = typeAtEndOfBackground;

const lockDialog = (page: Page) => page.getByRole('alertdialog', { name: 'Rencana sedang dibuka' });

describe('two tabs, one plan', () => {
  it('the first tab opens the plan and holds its lock', async () => {
    first = await session.newPage();
    await startOpening(first);
    await hasText(first.getByRole('heading', { level: 1 }), 'Kabupaten Kendal');
    expect(readFileSync(join(session.projectsDir, `.~${PLAN}.lock`), 'utf8')).toContain('session');
  });

  it('the second tab is told the plan is open elsewhere, and since when', async () => {
    second = await session.newPage();
    await startOpening(second);
    const dialog = lockDialog(second);
    await shows(dialog);
    await hasText(dialog, 'Rencana ini sedang dibuka di jendela/proses lain (sejak ');
    await hasText(dialog, 'jendela atau tab lain Rencana Studio');
    await shows(dialog.getByRole('button', { name: 'Tetap Buka dan Ambil Alih' }));
    await shows(dialog.getByRole('button', { name: 'Batal' }));
    expect(await seriousViolations(second)).toEqual([]);
    await dialog.getByRole('button', { name: 'Buka Hanya-Baca' }).click();
    await gone(dialog);
    await hasText(second.getByRole('heading', { level: 1 }), 'Kabupaten Kendal');
    await shows(second.getByText('Hanya baca', { exact: true }));
  });

  it('read-only cannot save over the file; Simpan Sebagai is offered instead', async () => {
    const before = readFileSync(file, 'utf8');
    await edit(second, ' Suntingan dari tab kedua.');
    expect(await second.getByRole('button', { name: 'Simpan', exact: true }).isDisabled()).toBe(
      true,
    );
    await second.keyboard.press('ControlOrMeta+s');
    const conflict = second.getByRole('alertdialog', { name: 'Berkas tidak disimpan' });
    await hasText(conflict, 'dibuka hanya-baca');
    expect(await conflict.getByRole('button', { name: 'Timpa Saja' }).count()).toBe(0);
    await shows(conflict.getByRole('button', { name: 'Simpan Sebagai…' }));
    await conflict.getByRole('button', { name: 'Batal' }).click();
    await gone(conflict);
    expect(readFileSync(file, 'utf8')).toBe(before);
    await shows(second.getByRole('status').filter({ hasText: 'Belum disimpan' }));
  });

  let third: Page;

  it('a third tab takes over, and the first is warned before it saves', async () => {
    third = await session.newPage();
    await startOpening(third);
    await lockDialog(third).getByRole('button', { name: 'Tetap Buka dan Ambil Alih' }).click();
    await hasText(third.getByRole('heading', { level: 1 }), 'Kabupaten Kendal');
    const before = readFileSync(file, 'utf8');
    await edit(first, ' Suntingan dari tab pertama.');
    await first.keyboard.press('ControlOrMeta+s');
    const conflict = first.getByRole('alertdialog', { name: 'Berkas tidak disimpan' });
    await hasText(conflict, 'telah diambil alih');
    await conflict.getByRole('button', { name: 'Batal' }).click();
    expect(readFileSync(file, 'utf8')).toBe(before);
    expect(session.errors).toEqual([]);
  });

  it('a file changed on disk since it was opened is not overwritten; Simpan Sebagai saves elsewhere', async () => {
    const changed = readFileSync(file, 'utf8').replace(
      'Kabupaten Kendal',
      'Kabupaten Kendal (revisi Bappeda)',
    );
    writeFileSync(file, changed);
    await edit(third, ' Suntingan dari tab ketiga.');
    await third.keyboard.press('ControlOrMeta+s');
    const conflict = third.getByRole('alertdialog', { name: 'Berkas tidak disimpan' });
    await hasText(conflict, 'telah diubah di disk');
    await shows(conflict.getByRole('button', { name: 'Timpa Saja' }));
    await conflict.getByRole('button', { name: 'Simpan Sebagai…' }).click();
    const saveAs = third.getByRole('dialog', { name: 'Simpan Sebagai' });
    await saveAs.getByRole('textbox').fill('kendal-tab-ketiga.rencana');
    await saveAs.getByRole('button', { name: 'Simpan' }).click();
    await gone(saveAs);
    await shows(third.getByRole('status').filter({ hasText: 'Tersimpan' }));
    expect(readFileSync(file, 'utf8')).toBe(changed);
    const copy = join(session.projectsDir, 'kendal-tab-ketiga.rencana');
    expect(existsSync(copy) && readFileSync(copy, 'utf8')).toContain('Suntingan dari tab ketiga.');
    expect(session.errors).toEqual([]);
  });
});
