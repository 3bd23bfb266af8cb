/**
 * Editing in the browser: paste from Word, undo and redo across sections, find in the plan,
 * the grid's keyboard and row operations, the outline's keyboard, and switching language.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rendererBuilt, startSession, type EditorSession } from './browser.ts';
import { createPlanWithWizard, openTreeSection, pemeriksaan } from './editorSteps.ts';
import { eventually, focused, gone, hasAttribute, hasText, hasValue, shows } from './waitFor.ts';

const WORD_HTML = readFileSync(new URL('./fixtures/word-paste.html', import.meta.url), 'utf8');
const ICON = fileURLToPath(new URL('../../build/icons/64x64.png', import.meta.url));

let session: EditorSession;
let page: Page;

beforeAll(async () => {
  if (!rendererBuilt()) throw new Error('Renderer belum dibangun: jalankan `npm run build` dulu.');
  session = await startSession();
  page = await session.newPage();
  await createPlanWithWizard(page, { region: 'Kota Semarang', start: 2026, member: 'Budi' });
});

afterAll(async () => {
  await session?.close();
});

/**
 * Pastes HTML the way Chromium delivers a paste to the editor: a beforeinput event of type
 * insertFromPaste carrying the clipboard's HTML as it came from Word. (The async Clipboard API
 * would clean the HTML first, which a real paste from Word does not.)
 */
async function paste(html: string): Promise<void> {
  await page.evaluate((content) => {
    const data = new DataTransfer();
    data.setData('text/html', content);
    data.setData('text/plain', 'teks polos');
    document.activeElement?.dispatchEvent(
      new InputEvent('beforeinput', {
        inputType: 'insertFromPaste',
        dataTransfer: data,
        bubbles: true,
        cancelable: true,
      }),
    );
  }, html);
}

describe('rich text', () => {
  it('pastes from Word keeping headings, lists, marks, links and footnotes but not styles', async () => {
    await openTreeSection(page, ['Buku I', 'BAB I Pendahuluan', 'Maksud dan Tujuan']);
    const text = page.getByRole('textbox', { name: 'Maksud dan Tujuan' });
    await text.click();
    await paste(WORD_HTML);
    await shows(text.getByRole('heading', { name: 'Tujuan Transformasi Digital' }));
    await hasText(text.locator('strong'), 'tiga sasaran');
    await hasText(text.locator('em'), 'prinsip');
    await hasText(text.locator('u'), 'satu data');
    await hasText(text.locator('ul > li > ul > li'), 'Mal Pelayanan Publik digital');
    expect(await text.locator('ol > li').count()).toBe(2);
    await hasAttribute(
      text.getByRole('link', { name: /Satu Data Indonesia/ }),
      'href',
      'https://data.go.id/',
    );
    await shows(
      text.getByRole('button', { name: /Catatan kaki: Peraturan Presiden Nomor 39 Tahun 2019/ }),
    );
    // Word's fonts and colours are gone: nothing in the text carries a style of its own.
    expect(
      await text
        .locator(':is([style*="color"], [style*="font-family"], font):not([data-slate-spacer])')
        .count(),
    ).toBe(0);
    // What was pasted is valid rich text: no finding in this section.
    await page.getByRole('checkbox', { name: 'Hanya bagian ini' }).check();
    await shows(pemeriksaan(page).getByText('Tidak ada temuan di bagian ini.'));
    await page.getByRole('checkbox', { name: 'Hanya bagian ini' }).uncheck();
  });

  it('makes a bulleted list from the toolbar, continues it with Enter and marks text bold', async () => {
    await openTreeSection(page, ['Buku I', 'BAB I Pendahuluan', 'Metodologi']);
    const text = page.getByRole('textbox', { name: 'Metodologi' });
    await text.click();
    await page.keyboard.type('Wawancara');
    await page.getByRole('button', { name: 'Daftar berpoin' }).click();
    await hasText(text.locator('ul > li'), 'Wawancara');
    await page.keyboard.press('Enter');
    await page.keyboard.type('Survei');
    expect(await text.locator('ul > li').count()).toBe(2);
    await page.keyboard.press('ControlOrMeta+b');
    await page.keyboard.type(' daring');
    await hasText(text.locator('li strong'), 'daring');
  });
  it('adds a link and a footnote from the toolbar', async () => {
    await openTreeSection(page, ['Buku I', 'BAB I Pendahuluan', 'Latar Belakang']);
    const text = page.getByRole('textbox', { name: 'Latar Belakang' });
    await text.click();
    await page.keyboard.type('Lihat portal Komdigi');
    await page.keyboard.press('Shift+Home');
    await page.getByRole('button', { name: 'Tautan' }).click();
    const linkDialog = page.getByRole('dialog', { name: 'Tautan' });
    await linkDialog
      .getByRole('textbox', { name: 'Alamat tautan' })
      .fill('https://www.komdigi.go.id/');
    await linkDialog.getByRole('button', { name: 'OK' }).click();
    await hasAttribute(
      text.getByRole('link', { name: /Lihat portal Komdigi/ }),
      'href',
      'https://www.komdigi.go.id/',
    );
    await page.keyboard.press('End');
    await page.getByRole('button', { name: 'Catatan kaki' }).click();
    const noteDialog = page.getByRole('dialog', { name: 'Catatan kaki' });
    await noteDialog
      .getByRole('textbox', { name: 'Isi catatan kaki' })
      .fill('Diakses 22 November 2026.');
    await noteDialog.getByRole('button', { name: 'OK' }).click();
    await shows(text.getByRole('button', { name: 'Catatan kaki: Diakses 22 November 2026.' }));
  });

  it('inserts an image from a file, with a caption', async () => {
    await openTreeSection(page, ['Buku I', 'BAB I Pendahuluan', 'Sistematika Penulisan']);
    const text = page.getByRole('textbox', { name: 'Sistematika Penulisan' });
    await text.click();
    await page.keyboard.type('Peta berikut menunjukkan wilayah perencanaan.');
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Sisipkan gambar' }).click();
    await (await chooser).setFiles(ICON);
    await shows(text.locator('figure img'));
    await text
      .getByRole('textbox', { name: 'Keterangan gambar' })
      .fill('Peta wilayah Kota Semarang');
    await hasAttribute(text.locator('figure img'), 'alt', 'Peta wilayah Kota Semarang');
    await page.getByRole('checkbox', { name: 'Hanya bagian ini' }).check();
    await shows(pemeriksaan(page).getByText('Tidak ada temuan di bagian ini.'));
    await page.getByRole('checkbox', { name: 'Hanya bagian ini' }).uncheck();
  });
});

describe('undo and redo across the plan', () => {
  it('undoes the last edits in order, moving to each section, and redoes them', async () => {
    await openTreeSection(page, ['Buku I', 'BAB I Pendahuluan', 'Ruang Lingkup']);
    await page.getByRole('textbox', { name: 'Ruang Lingkup' }).click();
    await page.keyboard.type('Lingkup wilayah kota.');
    await openTreeSection(page, ['Buku I', 'BAB I Pendahuluan', 'Landasan Hukum']);
    await page.getByRole('textbox', { name: 'Landasan Hukum' }).click();
    await page.keyboard.type('PP 59/2022.');

    await page.keyboard.press('ControlOrMeta+z');
    await gone(page.getByRole('textbox', { name: 'Landasan Hukum' }).getByText('PP 59/2022.'));
    await page.keyboard.press('ControlOrMeta+z');
    const scope = page.getByRole('textbox', { name: 'Ruang Lingkup' });
    await shows(scope);
    await gone(scope.getByText('Lingkup wilayah kota.'));

    await page.keyboard.press('ControlOrMeta+y');
    await hasText(page.getByRole('textbox', { name: 'Ruang Lingkup' }), 'Lingkup wilayah kota.');
    await page.keyboard.press('ControlOrMeta+Shift+z');
    await hasText(page.getByRole('textbox', { name: 'Landasan Hukum' }), 'PP 59/2022.');
  });
});

describe('find in the plan', () => {
  it('lists matches and selects the text of the one chosen', async () => {
    await openTreeSection(page, ['Identitas Proyek']);
    await page.keyboard.press('ControlOrMeta+f');
    const search = page.getByRole('search', { name: 'Cari dalam rencana' });
    await search.getByRole('searchbox').fill('mal pelayanan');
    const hit = search.getByRole('button', { name: /Mal Pelayanan Publik digital/ });
    await hit.click();
    await shows(page.getByRole('textbox', { name: 'Maksud dan Tujuan' }));
    await eventually(
      'selection',
      () => page.evaluate(() => window.getSelection()?.toString() ?? ''),
      (selected) => selected === 'Mal Pelayanan',
    );
    await search.getByRole('button', { name: 'Tutup' }).click();
    await gone(search);
  });
});

describe('the grid', () => {
  it('moves between cells with the keyboard, and adds, moves and removes rows', async () => {
    await openTreeSection(page, [
      'Buku II',
      'BAB II Smart Governance',
      'Pelayanan Publik',
      'Program Pelayanan Publik',
    ]);
    const grid = page.getByRole('grid', { name: 'Matriks Program' });
    await page.getByRole('button', { name: 'Tambah Baris' }).click();
    await focused(grid.getByRole('textbox', { name: 'Kode, baris 1' }));
    await page.keyboard.type('A-1');
    await page.getByRole('button', { name: 'Tambah Baris' }).click();
    await page.keyboard.type('B-2');

    await page.keyboard.press('ArrowUp');
    await focused(grid.getByRole('textbox', { name: 'Kode, baris 1' }));
    await page.keyboard.press('ArrowRight');
    await focused(grid.getByRole('textbox', { name: 'Nama Program, baris 1' }));
    await page.keyboard.press('ControlOrMeta+ArrowDown');
    await focused(grid.getByRole('textbox', { name: 'Nama Program, baris 2' }));
    await page.keyboard.press('ControlOrMeta+ArrowLeft');
    await focused(grid.getByRole('textbox', { name: 'Kode, baris 2' }));

    await grid.getByRole('button', { name: 'Pindahkan baris 2 ke atas' }).click();
    await hasValue(grid.getByRole('textbox', { name: 'Kode, baris 1' }), 'B-2');
    await grid.getByRole('button', { name: 'Hapus baris 1' }).click();
    await hasValue(grid.getByRole('textbox', { name: 'Kode, baris 1' }), 'A-1');
    await gone(grid.getByRole('textbox', { name: 'Kode, baris 2' }));
  });

  it('offers the OPD and funding lists as choices', async () => {
    const grid = page.getByRole('grid', { name: 'Matriks Program' });
    const owner = grid.getByRole('combobox', { name: 'OPD Penanggung Jawab, baris 1' });
    const options = await owner.locator('option').allTextContents();
    expect(options).toContain('Diskominfo');
    await owner.selectOption({ label: 'Diskominfo' });
    await grid.getByRole('button', { name: /^Sumber Pendanaan, baris 1/ }).click();
    await page.getByRole('checkbox', { name: 'APBD' }).check();
    await page.getByRole('checkbox', { name: 'DAK' }).check();
    await page.keyboard.press('Escape');
    await hasText(grid.getByRole('button', { name: /^Sumber Pendanaan, baris 1/ }), 'APBD, DAK');
  });
});

describe('outline and language', () => {
  it('moves through the outline with the arrow keys', async () => {
    const tree = page.getByRole('tree', { name: 'Struktur Dokumen' });
    const details = tree.getByRole('treeitem', { name: 'Identitas Proyek' });
    await details.click();
    await focused(details);
    await page.keyboard.press('ArrowDown');
    const front = tree.getByRole('treeitem', { name: /^Bagian Awal/ });
    await focused(front);
    await page.keyboard.press('ArrowLeft');
    await hasAttribute(front, 'aria-expanded', 'false');
    await page.keyboard.press('ArrowRight');
    await hasAttribute(front, 'aria-expanded', 'true');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Enter');
    await hasAttribute(
      tree.getByRole('treeitem', { name: /^Lembar Pengesahan/ }),
      'aria-selected',
      'true',
    );
  });

  it('shows a BAB or a Buku as an overview whose sections link to themselves', async () => {
    const tree = page.getByRole('tree', { name: 'Struktur Dokumen' });
    const centre = page.locator('#centre');
    const chapter = tree.getByRole('treeitem', { name: /^BAB II Gambaran Umum/ });
    await chapter.click();
    await hasAttribute(chapter, 'aria-selected', 'true');
    await hasAttribute(chapter, 'aria-expanded', 'true');
    await shows(centre.getByRole('heading', { level: 2, name: 'BAB II Gambaran Umum Daerah' }));
    await shows(page.getByText(/^Petunjuk pengisian diberikan per bagian/));
    // Kondisi Geografis is empty: required, with a finding. Filling it from its link counts it.
    const total = centre.getByText(/^\d dari 5 bagian wajib lengkap$/).first();
    await shows(total);
    const before = Number(/^\d/.exec(await total.innerText())![0]);
    const link = centre.getByRole('button', { name: /^2\.2 Kondisi Geografis/ });
    await hasText(link, 'Bagian wajib');
    await hasText(link, '1 galat');
    await link.click();
    await hasAttribute(
      tree.getByRole('treeitem', { name: /^2\.2 Kondisi Geografis/ }),
      'aria-selected',
      'true',
    );
    await page.getByRole('textbox', { name: 'Kondisi Geografis' }).click();
    await page.keyboard.type('Kota Semarang terletak di pesisir utara Jawa Tengah.');
    await chapter.click();
    await shows(centre.getByText(`${before + 1} dari 5 bagian wajib lengkap`, { exact: true }));
    await eventually(
      'Kondisi Geografis tanpa galat',
      () => link.innerText(),
      (shown) => !shown.includes('galat') && shown.includes('100%'),
    );

    // Enter on a Buku shows its chapters; the arrow before a BAB only opens or closes it.
    const book = tree.getByRole('treeitem', { name: /^Buku I Analisis Strategis/ });
    await book.focus();
    await page.keyboard.press('Enter');
    await shows(centre.getByRole('heading', { level: 2, name: 'Buku I Analisis Strategis' }));
    await shows(
      centre.getByRole('button', {
        name: new RegExp(`^BAB II Gambaran Umum Daerah.*${before + 1} dari 5 bagian wajib`),
      }),
    );
    const third = tree.getByRole('treeitem', { name: /^BAB III Analisis Kesiapan/ });
    const wasOpen = await third.getAttribute('aria-expanded');
    await third.locator('.tree-twisty').click();
    await hasAttribute(third, 'aria-expanded', wasOpen === 'true' ? 'false' : 'true');
    await hasAttribute(third, 'aria-selected', 'false');
    await shows(centre.getByRole('heading', { level: 2, name: 'Buku I Analisis Strategis' }));
    await centre.getByRole('button', { name: /^BAB III Analisis Kesiapan/ }).click();
    await shows(
      centre.getByRole('heading', { level: 2, name: 'BAB III Analisis Kesiapan Daerah' }),
    );
    await hasAttribute(third, 'aria-selected', 'true');
  });

  it('switches every label and finding to English and back', async () => {
    await page.getByRole('combobox', { name: 'Bahasa antarmuka' }).selectOption('en');
    await shows(page.getByRole('button', { name: 'Save', exact: true }));
    await shows(page.getByRole('tree', { name: 'Document Structure' }));
    await shows(
      page.getByRole('region', { name: 'Checks' }).getByText(/is required|required section/i),
    );
    await page.getByRole('combobox', { name: 'Interface language' }).selectOption('id');
    await shows(page.getByRole('button', { name: 'Simpan', exact: true }));
  });

  it('met no script errors on the way', () => {
    expect(session.errors).toEqual([]);
  });
});
