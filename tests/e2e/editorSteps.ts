/** Steps the editor tests share, written the way a user finds things: by role and name. */
import type { Locator, Page } from 'playwright-core';
import { gone, hasAttribute, hasText, hasValue } from './waitFor.ts';

/** The findings region. */
export function pemeriksaan(page: Page): Locator {
  return page.getByRole('region', { name: 'Pemeriksaan' });
}

/** Proyek Baru → template (the first) → region → period → team → Buat Proyek. */
export async function createPlanWithWizard(
  page: Page,
  plan: { region: string; start: number; member: string },
): Promise<void> {
  await page.getByRole('button', { name: 'Proyek Baru', exact: true }).click();
  const wizard = page.getByRole('dialog', { name: 'Proyek Baru' });
  await wizard.getByRole('button', { name: 'Lanjut' }).click();
  await wizard.getByRole('combobox', { name: /Cari wilayah/ }).fill(plan.region);
  await wizard
    .getByRole('option', { name: new RegExp(plan.region) })
    .first()
    .click();
  await hasText(wizard.getByRole('list', { name: 'Wilayah yang dipilih' }), plan.region);
  await wizard.getByRole('button', { name: 'Lanjut' }).click();
  await wizard.getByRole('textbox', { name: 'Tahun awal' }).fill(String(plan.start));
  await hasValue(wizard.getByRole('textbox', { name: 'Tahun akhir' }), String(plan.start + 4));
  await wizard.getByRole('button', { name: 'Lanjut' }).click();
  await wizard.getByRole('textbox', { name: 'Nama anggota tim 1' }).fill(plan.member);
  await wizard.getByRole('button', { name: 'Buat Proyek' }).click();
  await gone(wizard);
}

/**
 * Opens a section through the outline tree: each name but the last is a node to open
 * (Buku, BAB, element), the last is the section to show.
 */
export async function openTreeSection(page: Page, path: string[]): Promise<void> {
  const tree = page.getByRole('tree', { name: 'Struktur Dokumen' });
  for (const [index, name] of path.entries()) {
    const item = tree.getByRole('treeitem', { name: new RegExp(`^(\\S+ )?${name}\\b`) }).first();
    const last = index === path.length - 1;
    if (last) {
      await item.click();
      await hasAttribute(item, 'aria-selected', 'true');
    } else if ((await item.getAttribute('aria-expanded')) !== 'true') {
      await item.focus();
      await page.keyboard.press('ArrowRight');
      await hasAttribute(item, 'aria-expanded', 'true');
    }
  }
}

/**
 * Buka Proyek from the start screen (its button) or from the editor (Ctrl+O), then the file
 * in the browser's list of the projects folder; `name` is the file name, in any subfolder.
 */
export async function openFromProjectsFolder(page: Page, name: string): Promise<void> {
  const button = page.getByRole('button', { name: 'Buka Proyek', exact: true });
  if ((await button.count()) > 0) await button.click();
  else await page.keyboard.press('Control+o');
  const dialog = page.getByRole('dialog', { name: 'Buka Proyek' });
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  await dialog.getByRole('button', { name: new RegExp(`(^|/)${escaped}`) }).click();
  await gone(dialog);
}

/** Types `text` at the end of the Latar Belakang section (Buku I › BAB I) and returns its box. */
export async function typeAtEndOfBackground(page: Page, text: string): Promise<Locator> {
  await openTreeSection(page, ['Buku I', 'BAB I Pendahuluan', 'Latar Belakang']);
  const box = page.getByRole('textbox', { name: 'Latar Belakang' });
  await box.click();
  await page.keyboard.press('ControlOrMeta+End');
  await page.keyboard.type(text);
  await hasText(box, text.trim());
  return box;
}
