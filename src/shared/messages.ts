/**
 * Messages of the desktop shell and the browser host (paths, dialogs, images, links), in
 * Bahasa Indonesia and English. Core's own messages stay in src/core/i18n.
 */
import { interpolate, type Lang } from '../core/i18n/lang.ts';

const id = {
  'app.path-outside': 'Berkas {path} berada di luar folder proyek {folder} dan tidak dibuka.',
  'app.path-not-allowed':
    'Aplikasi tidak diizinkan membuka {path}; pilih berkas melalui Buka Proyek.',
  'app.not-rencana': 'Nama berkas proyek harus berakhiran .rencana: {path}.',
  'app.payload-invalid': 'Permintaan {call} tidak sah: {where} harus {expected}.',
  'app.unknown-call': 'Permintaan tidak dikenal: {call}.',
  'app.dialog-unavailable': 'Dialog berkas bawaan sistem tidak tersedia di peramban.',
  'app.image-invalid': 'Berkas {name} bukan gambar PNG atau JPEG yang utuh.',
  'app.image-too-large': 'Gambar {name} terlalu besar ({size} MB; batas {limit} MB).',
  'app.image-too-many-pixels':
    'Gambar {name} berukuran {width}×{height} piksel; batasnya {limit} piksel per sisi dan {megapixels} megapiksel.',
  'app.url-not-allowed': 'Tautan {url} tidak dibuka: hanya alamat https:// yang diizinkan.',
  'app.sample-missing': 'Contoh rencana belum tersedia di instalasi ini.',
  'app.project-invalid': 'Data proyek tidak sah dan tidak disimpan: {details}',
  'app.internal': 'Terjadi kesalahan tak terduga: {message}',
  'app.project-locked':
    'Rencana {name} sedang dibuka di jendela/proses lain ({holder}, sejak {sinceText}).',
  'app.read-only':
    'Rencana {name} dibuka hanya-baca karena sedang dibuka di jendela/proses lain; simpan perubahan dengan Simpan Sebagai.',
  'app.changed-on-disk':
    'Berkas {name} telah diubah di disk oleh jendela atau proses lain sejak dibuka ({modified}); perubahan itu akan tertimpa bila disimpan di sini.',
  'app.lock-lost':
    'Rencana {name} telah diambil alih oleh {holder} sejak {sinceText}; perubahan di sana akan tertimpa bila disimpan di sini.',
  'app.recovery-missing':
    'Salinan pemulihan itu sudah tidak ada (mungkin sudah dipulihkan atau dibuang di jendela lain).',
  'app.rollup-not-saved-target':
    'Berkas {file} adalah rencana yang sedang disunting; pilih berkas rencana kabupaten/kota yang lain.',
} as const;

export type AppMessageKey = keyof typeof id;

const en: Record<AppMessageKey, string> = {
  'app.path-outside': 'File {path} is outside the projects folder {folder} and was not opened.',
  'app.path-not-allowed': 'The app may not open {path}; choose the file with Open Project.',
  'app.not-rencana': 'A project file name must end in .rencana: {path}.',
  'app.payload-invalid': 'Invalid {call} request: {where} must be {expectedEn}.',
  'app.unknown-call': 'Unknown request: {call}.',
  'app.dialog-unavailable': 'System file dialogs are not available in the browser.',
  'app.image-invalid': 'File {name} is not a complete PNG or JPEG image.',
  'app.image-too-large': 'Image {name} is too large ({size} MB; limit {limit} MB).',
  'app.image-too-many-pixels':
    'Image {name} is {width}×{height} pixels; the limit is {limit} pixels per side and {megapixels} megapixels.',
  'app.url-not-allowed': 'Link {url} was not opened: only https:// addresses are allowed.',
  'app.sample-missing': 'The sample plan is not available in this installation.',
  'app.project-invalid': 'The project data is invalid and was not saved: {details}',
  'app.internal': 'An unexpected error occurred: {message}',
  'app.project-locked':
    'Plan {name} is open in another window or process ({holder}, since {sinceText}).',
  'app.read-only':
    'Plan {name} was opened read-only because another window or process has it open; save your changes with Save As.',
  'app.changed-on-disk':
    'File {name} was changed on disk by another window or process since it was opened ({modified}); saving here would overwrite that change.',
  'app.lock-lost':
    'Plan {name} was taken over by {holder} since {sinceText}; saving here would overwrite the changes made there.',
  'app.recovery-missing':
    'That recovery copy no longer exists (it may have been restored or discarded in another window).',
  'app.rollup-not-saved-target':
    'File {file} is the plan being edited; choose another regency/city plan file.',
};

export const APP_MESSAGES: Record<Lang, Record<AppMessageKey, string>> = { id, en };

/** The shell message for `key` in `lang`. */
export function appMsg(
  lang: Lang,
  key: AppMessageKey,
  params: Record<string, string | number> = {},
): string {
  return interpolate(APP_MESSAGES[lang][key], params);
}

/** An error of the shell or host a user can meet, with a stable key. */
export class AppError extends Error {
  constructor(
    readonly key: AppMessageKey,
    readonly params: Record<string, string | number> = {},
  ) {
    super(appMsg('id', key, params));
    this.name = 'AppError';
  }
}
