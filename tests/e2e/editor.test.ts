/**
 * The editor end to end, in Debian's Chromium against the built renderer served by the
 * browser host: create a plan with the wizard, write, see a finding appear, follow it to its
 * cell, fix it, save, reload, export both formats.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rendererBuilt, startSession, type EditorSession } from './browser.ts';
import { createPlanWithWizard, openTreeSection, pemeriksaan } from './editorSteps.ts';
import { focused, gone, hasText, hasValue, shows } from './waitFor.ts';

const NARRATIVE =
  'Kabupaten Banyuwangi menyusun Rencana Induk Smart City untuk mempercepat pelayanan publik digital.';

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

describe('a plan from the wizard to Word and PDF', () => {
  it('creates a plan with the wizard', async () => {
    await createPlanWithWizard(page, { region: 'Banyuwangi', start: 2026, member: 'Dewi Lestari' });
    await shows(page.getByRole('tree', { name: 'Struktur Dokumen' }));
    await hasText(page.getByRole('heading', { level: 1 }), 'Kabupaten Banyuwangi');
    await shows(page.getByRole('status').filter({ hasText: 'Belum disimpan' }));
  });

  it('fills a narrative section and its "empty" finding goes', async () => {
    await openTreeSection(page, ['Buku I', 'BAB I Pendahuluan', 'Latar Belakang']);
    const findings = pemeriksaan(page);
    const emptyFinding = findings.getByRole('button', {
      name: /Bagian wajib ini belum diisi.*Latar Belakang$/,
    });
    await shows(emptyFinding);
    const text = page.getByRole('textbox', { name: 'Latar Belakang' });
    await text.click();
    await page.keyboard.type(NARRATIVE);
    await hasText(text, NARRATIVE);
    await gone(emptyFinding);
  });

  it('shows a finding for a programme year outside the period, moves to its cell, and clears it when fixed', async () => {
    await openTreeSection(page, [
      'Buku II',
      'BAB II Smart Governance',
      'Pelayanan Publik',
      'Program Pelayanan Publik',
    ]);
    const grid = page.getByRole('grid', { name: 'Matriks Program' });
    await shows(grid);
    await page.getByRole('button', { name: 'Tambah Baris' }).click();
    await grid.getByRole('textbox', { name: 'Kode, baris 1' }).fill('PP-01');
    await grid
      .getByRole('textbox', { name: 'Nama Program, baris 1' })
      .fill('Mal Pelayanan Publik Digital');
    // The new row starts with the chapter's dimension and element.
    await hasValue(grid.getByRole('combobox', { name: 'Dimensi, baris 1' }), 'governance');
    await grid.getByRole('textbox', { name: 'Tahun Mulai, baris 1' }).fill('2024');
    await grid.getByRole('textbox', { name: 'Tahun Selesai, baris 1' }).fill('2027');

    const finding = pemeriksaan(page).getByRole('button', {
      name: /Tahun 2024 di luar periode rencana 2026–2030/,
    });
    await shows(finding);
    await finding.click();
    const startYear = grid.getByRole('textbox', { name: 'Tahun Mulai, baris 1' });
    await focused(startYear);

    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('2026');
    await hasValue(startYear, '2026');
    await gone(finding);
  });

  it('formats Rupiah as it is typed', async () => {
    const grid = page.getByRole('grid', { name: 'Matriks Program' });
    const cost = grid.getByRole('textbox', { name: 'Perkiraan Biaya per Tahun, baris 1 2026' });
    await cost.click();
    await page.keyboard.type('1250000000');
    await hasValue(cost, 'Rp1.250.000.000');
  });

  it('saves, reloads and finds everything as it was', async () => {
    await page.getByRole('button', { name: 'Simpan', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Simpan Sebagai' });
    await dialog.getByRole('textbox', { name: 'Nama berkas' }).fill('banyuwangi');
    await dialog.getByRole('button', { name: 'Simpan' }).click();
    await shows(page.getByRole('status').filter({ hasText: 'Tersimpan' }));
    const file = join(session.projectsDir, 'banyuwangi.rencana');
    expect(existsSync(file)).toBe(true);
    expect(readFileSync(file, 'utf8')).toContain('Mal Pelayanan Publik Digital');

    await page.reload();
    await page.getByRole('button', { name: /Rencana Induk.*Banyuwangi/ }).click();
    await openTreeSection(page, ['Buku I', 'BAB I Pendahuluan', 'Latar Belakang']);
    await hasText(page.getByRole('textbox', { name: 'Latar Belakang' }), NARRATIVE);
    await openTreeSection(page, [
      'Buku II',
      'BAB II Smart Governance',
      'Pelayanan Publik',
      'Program Pelayanan Publik',
    ]);
    const grid = page.getByRole('grid', { name: 'Matriks Program' });
    await hasValue(grid.getByRole('textbox', { name: 'Tahun Mulai, baris 1' }), '2026');
    await hasValue(
      grid.getByRole('textbox', { name: 'Perkiraan Biaya per Tahun, baris 1 2026' }),
      'Rp1.250.000.000',
    );
    await shows(page.getByRole('status').filter({ hasText: 'Tersimpan' }));
  });

  it('exports Word and PDF files that open', async () => {
    // The pointer on an export button readies the host's export thread for that format.
    const readied = page.waitForRequest((request) => request.url().endsWith('/api/prepareExport'));
    await page.getByRole('button', { name: 'Ekspor Word' }).hover();
    expect((await readied).postDataJSON()).toEqual({ format: 'docx' });
    await page.getByRole('button', { name: 'Ekspor Word' }).click();
    await shows(page.getByText(/Ekspor Word selesai/), 60_000);
    await page.getByRole('button', { name: 'Buka folder' }).click();
    await shows(page.getByText(`Berkas ada di folder ${session.projectsDir}`));
    const docx = readFileSync(
      join(session.projectsDir, 'Masterplan-Smart-City-Kabupaten-Banyuwangi-2026-2030.docx'),
    );
    expect(docx.subarray(0, 2).toString()).toBe('PK');
    expect(docx.includes(Buffer.from('word/document.xml'))).toBe(true);

    const readiedPdf = page.waitForRequest((request) =>
      request.url().endsWith('/api/prepareExport'),
    );
    await page.getByRole('button', { name: 'Ekspor PDF' }).hover();
    expect((await readiedPdf).postDataJSON()).toEqual({ format: 'pdf' });
    await page.getByRole('button', { name: 'Ekspor PDF' }).click();
    await shows(page.getByText(/Ekspor PDF selesai/), 90_000);
    const pdfPath = join(
      session.projectsDir,
      'Masterplan-Smart-City-Kabupaten-Banyuwangi-2026-2030.pdf',
    );
    expect(readFileSync(pdfPath).subarray(0, 5).toString()).toBe('%PDF-');
    expect(execFileSync('pdfinfo', [pdfPath], { encoding: 'utf8' })).toMatch(/Pages:\s+\d+/);
  });

  it('met no script errors on the way', () => {
    expect(session.errors).toEqual([]);
  });
});
