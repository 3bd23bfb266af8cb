/** An axe-core scan of the main screens: no serious or critical violations. */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from './axe.ts';
import { rendererBuilt, startSession, type EditorSession } from './browser.ts';
import { openTreeSection } from './editorSteps.ts';
import { shows } from './waitFor.ts';

let session: EditorSession;
let page: Page;

beforeAll(async () => {
  if (!rendererBuilt()) throw new Error('Renderer belum dibangun: jalankan `npm run build` dulu.');
  session = await startSession();
  page = await session.newPage();
});

afterAll(async () => {
  await session?.close();
});

describe('accessibility of the main screens', () => {
  it('start screen', async () => {
    await shows(page.getByRole('button', { name: 'Buka Contoh' }));
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('new-project wizard', async () => {
    await page.getByRole('button', { name: 'Proyek Baru', exact: true }).click();
    const wizard = page.getByRole('dialog', { name: 'Proyek Baru' });
    await shows(wizard);
    expect(await seriousViolations(page)).toEqual([]);
    await wizard.getByRole('button', { name: 'Lanjut' }).click();
    await wizard.getByRole('combobox', { name: /Cari wilayah/ }).fill('Semarang');
    await shows(wizard.getByRole('option').first());
    expect(await seriousViolations(page)).toEqual([]);
    await wizard.getByRole('button', { name: 'Batal' }).click();
  });

  it('editor with the sample plan: rich text, grid, fields, project details, find', async () => {
    await page.getByRole('button', { name: 'Buka Contoh' }).click();
    await shows(page.getByRole('tree', { name: 'Struktur Dokumen' }));
    await shows(page.getByRole('region', { name: 'Pemeriksaan' }).getByRole('status'));
    await openTreeSection(page, ['Buku I', 'BAB I Pendahuluan', 'Latar Belakang']);
    await shows(page.getByRole('textbox', { name: 'Latar Belakang' }));
    expect(await seriousViolations(page)).toEqual([]);

    await openTreeSection(page, [
      'Buku II',
      'BAB II Smart Governance',
      'Pelayanan Publik',
      'Program Pelayanan Publik',
    ]);
    await shows(page.getByRole('grid', { name: 'Matriks Program' }));
    expect(await seriousViolations(page)).toEqual([]);

    await openTreeSection(page, ['Buku I', 'BAB II Gambaran Umum Daerah', 'Data Pokok Daerah']);
    expect(await seriousViolations(page)).toEqual([]);

    await openTreeSection(page, ['Identitas Proyek']);
    await shows(page.getByRole('heading', { name: 'Identitas Proyek' }));
    expect(await seriousViolations(page)).toEqual([]);

    await page.keyboard.press('ControlOrMeta+f');
    await page.getByRole('searchbox', { name: 'Kata yang dicari' }).fill('layanan');
    await shows(page.getByRole('search').getByRole('listitem').first());
    expect(await seriousViolations(page)).toEqual([]);
  });
});
