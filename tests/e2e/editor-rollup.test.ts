/**
 * Gabungkan Rencana Kabupaten/Kota in the editor, in Chromium against the browser host: open
 * the Jawa Tengah province plan, roll up the five Semarang Raya plans plus a broken file and
 * a plan of another province, read the report, find the rows in the consolidated matrix, run
 * it again (nothing changes), and undo the whole roll-up in one step.
 */
import { copyFileSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUILTIN_TEMPLATES_DIR } from '../../src/core/io/templates.ts';
import { serializeProject } from '../../src/core/project/serialize.ts';
import { KABUPATEN_SLEMAN } from '../fixtures/rollup/outsiders.ts';
import { buildPlan } from '../fixtures/rollup/planBuilder.ts';
import { seriousViolations } from './axe.ts';
import { rendererBuilt, startSession, type EditorSession } from './browser.ts';
import { openFromProjectsFolder } from './editorSteps.ts';
import { eventually, gone, hasAttribute, hasText, shows } from './waitFor.ts';
import { FILES, REGENCY_FILES } from '../fixtures/rollup/files.ts';

const EXAMPLES = join(BUILTIN_TEMPLATES_DIR, 'examples', 'rollup');
const PROVINCE = FILES.province;
const REGENCIES = REGENCY_FILES;
const BROKEN = FILES.broken;
const SLEMAN = FILES.sleman;

let session: EditorSession;
let page: Page;

beforeAll(async () => {
  if (!rendererBuilt()) throw new Error('Renderer belum dibangun: jalankan `npm run build` dulu.');
  session = await startSession();
  for (const name of [PROVINCE, ...REGENCIES])
    copyFileSync(join(EXAMPLES, name), join(session.projectsDir, name));
  const demak = readFileSync(join(EXAMPLES, 'kabupaten-demak.rencana'), 'utf8');
  writeFileSync(join(session.projectsDir, BROKEN), demak.slice(0, demak.length / 2));
  writeFileSync(join(session.projectsDir, SLEMAN), serializeProject(buildPlan(KABUPATEN_SLEMAN)));
  page = await session.newPage();
});

afterAll(async () => {
  await session?.close();
});

// From the start screen its button; from the editor the shortcut (the plan is saved, nothing asks).
const openFromFolder = (name: string) => openFromProjectsFolder(page, name);

const rollupButton = () => page.getByRole('button', { name: 'Gabungkan Kab/Kota' });
const matrix = () => page.getByRole('grid', { name: 'Matriks Program Kabupaten/Kota' });

async function runRollup(files: string[]) {
  await rollupButton().click();
  const dialog = page.getByRole('dialog', { name: 'Gabungkan Rencana Kabupaten/Kota' });
  for (const file of files) await dialog.getByRole('checkbox', { name: file }).check();
  await dialog.getByRole('button', { name: 'Gabungkan', exact: true }).click();
  await shows(dialog.getByRole('heading', { name: 'Hasil penggabungan' }));
  return dialog;
}

describe('roll-up from the editor', () => {
  it('is not offered for a single regency/city plan, and says why', async () => {
    await openFromFolder('kota-semarang.rencana');
    await hasText(page.getByRole('heading', { level: 1 }), 'Kota Semarang');
    expect(await rollupButton().isDisabled()).toBe(true);
    await hasText(page.locator('#rollup-unavailable'), 'hanya untuk rencana provinsi');
  });

  it('rolls the five plans into the province plan and reports the files it skipped', async () => {
    await openFromFolder(PROVINCE);
    await hasText(page.getByRole('heading', { level: 1 }), 'Provinsi Jawa Tengah');
    const dialog = await runRollup([...REGENCIES, BROKEN, SLEMAN]);
    const taken = dialog.getByRole('table', { name: 'Berkas yang digabung' });
    for (const file of REGENCIES) await shows(taken.getByRole('cell', { name: file }));
    await hasText(taken, 'Kota Semarang (33.74)');
    expect(await taken.getByRole('row').count()).toBe(1 + REGENCIES.length);
    const skipped = dialog.getByRole('list', { name: 'Berkas yang dilewati' });
    await hasText(skipped, `Dilewati: Berkas ${BROKEN} `);
    await hasText(skipped, 'terpotong');
    // Files are named as the planner sees them, never by where the host keeps them on disk.
    expect(await skipped.innerText()).not.toContain(session.projectsDir);
    await hasText(
      skipped,
      `${SLEMAN} dilewati: Kabupaten Sleman (34.04) bukan kabupaten/kota di Provinsi Jawa Tengah`,
    );
    await hasText(dialog, 'Program: 92 baru, 0 diperbarui, 0 tetap, 0 dihapus.');
    await hasText(dialog, 'Rencana diperbarui');
    const candidates = dialog.getByRole('list', { name: 'Kandidat program bersama' });
    await hasText(candidates, 'Command Center');
    expect(await seriousViolations(page)).toEqual([]);
    await dialog.getByRole('button', { name: 'Lihat Matriks Gabungan' }).click();
    await gone(dialog);
    await hasAttribute(matrix(), 'aria-rowcount', String(92 + 1));
    await shows(matrix().locator('input[value="Rumah Kemasan Produk Lokal"]'));
    await shows(page.getByRole('status').filter({ hasText: 'Belum disimpan' }));
    // The finding list was refreshed for the new rows (re-validated, not stale).
    await eventually(
      'findings updated',
      () => page.getByRole('region', { name: 'Pemeriksaan' }).innerText(),
      (text) => text.length > 0,
    );
  });

  it('changes nothing when run again with the same files', async () => {
    const dialog = await runRollup(REGENCIES);
    await hasText(dialog, 'Rencana tidak berubah');
    await hasText(dialog, 'Program: 0 baru, 0 diperbarui, 92 tetap, 0 dihapus.');
    await dialog.getByRole('button', { name: 'Tutup', exact: true }).click();
    await gone(dialog);
    await hasAttribute(matrix(), 'aria-rowcount', String(92 + 1));
  });

  it('writes the roll-up summary workbook beside the plan', async () => {
    await rollupButton().click();
    const dialog = page.getByRole('dialog', { name: 'Gabungkan Rencana Kabupaten/Kota' });
    for (const file of REGENCIES) await dialog.getByRole('checkbox', { name: file }).check();
    await dialog.getByRole('button', { name: 'Gabungkan', exact: true }).click();
    await dialog.getByRole('button', { name: 'XLSX' }).click();
    await hasText(dialog, 'Rekap ditulis: provinsi-jawa-tengah-rekap-gabungan.xlsx');
    expect(readdirSync(session.projectsDir)).toContain('provinsi-jawa-tengah-rekap-gabungan.xlsx');
    await dialog.getByRole('button', { name: 'Tutup', exact: true }).click();
    await gone(dialog);
  });

  it('undoes the whole roll-up in one step', async () => {
    await page.getByRole('button', { name: 'Urungkan' }).click();
    await hasAttribute(matrix(), 'aria-rowcount', '1');
    expect(session.errors).toEqual([]);
  });
});
