/**
 * Every message a user can meet from core, in Bahasa Indonesia and English.
 * Keys are stable codes; placeholders are {name}.
 */
import { interpolate, type Lang } from './lang.ts';

const id = {
  // Reading files
  'file.not-found': 'Berkas {file} tidak ditemukan.',
  'file.unreadable': 'Berkas {file} tidak dapat dibaca: {reason}.',
  'file.empty': 'Berkas {file} kosong.',
  'file.too-large': 'Berkas {file} terlalu besar ({size} MB; batas {limit} MB).',
  'file.not-json':
    'Berkas {file} bukan proyek Rencana Studio: isinya bukan JSON yang utuh ({reason}).',
  'file.too-deep':
    'Berkas {file} bersarang terlalu dalam (lebih dari {limit} tingkat, di baris {line}) dan tidak dibuka.',
  'file.archive':
    'Berkas {file} adalah berkas {kind}, bukan proyek Rencana Studio (proyek berupa teks JSON berakhiran .rencana). Isinya tidak dibuka atau diekstrak.',
  'file.binary':
    'Berkas {file} bukan proyek Rencana Studio: isinya data biner, bukan teks UTF-8 (mulai byte ke-{offset}).',
  'file.text-encoding':
    'Berkas {file} tersimpan sebagai teks {encoding}; proyek Rencana Studio harus berupa teks UTF-8.',
  'file.migration-failed':
    'Berkas {file} berformat versi {version} dan tidak dapat diperbarui ke versi {supported}: {reason} Berkas tidak diubah.',
  'file.not-project':
    'Berkas {file} bukan proyek Rencana Studio (penanda format "rencana-studio" tidak ada).',
  'file.newer-version':
    'Berkas {file} dibuat dengan versi format {version}, lebih baru daripada yang dikenal aplikasi ini (versi {supported}). Perbarui Rencana Studio untuk membukanya.',
  'file.bad-version': 'Berkas {file} memiliki versi format yang tidak sah: {version}.',
  'file.invalid-structure': 'Berkas {file} rusak: {details}',
  'file.write-failed': 'Berkas {file} tidak dapat ditulis: {reason}.',
  'template.unknown':
    'Proyek memakai paket templat "{id}" versi {version} yang tidak tersedia. Paket yang ada: {available}.',
  'template.newer':
    'Proyek memakai paket templat "{id}" versi {version}, lebih baru daripada versi yang terpasang ({installed}).',
  'template.unknown-in-file':
    'Berkas {file} memakai paket templat "{id}" versi {version} yang tidak terpasang di aplikasi ini (paket yang ada: {available}); berkas tidak diubah. Pasang paket itu atau minta pengirim mengekspornya dengan paket standar.',
  'template.newer-in-file':
    'Berkas {file} memakai paket templat "{id}" versi {version}, lebih baru daripada versi yang terpasang ({installed}); berkas tidak diubah. Perbarui Rencana Studio untuk membukanya.',
  'template.invalid': 'Paket templat tidak sah — {file}, {place}: {problem}',
  'template.framework-missing':
    'Paket templat {pack} memerlukan kerangka "{framework}" versi {version}, yang tidak ditemukan.',
  'region.unknown': 'Kode wilayah {code} tidak ada dalam daftar resmi Kemendagri.',
  'region.level-mismatch':
    'Wilayah {name} ({code}) berjenjang {actual}, sedangkan templat {pack} untuk {expected}.',
  'period.invalid':
    'Periode "{period}" tidak sah; tulis seperti 2026-2030 (tahun akhir setelah tahun awal, paling lama 10 tahun).',
  // Findings
  'finding.schema': '{message}',
  'finding.required': '{field} wajib diisi.',
  'finding.pattern': 'Isinya tidak sesuai format: {hint}.',
  'finding.section-empty': 'Bagian wajib ini belum diisi.',
  'finding.section-kind':
    'Isi bagian ini berjenis {actual}, padahal templat mengharapkan {expected}.',
  'finding.section-unknown':
    'Bagian "{key}" tidak dikenal oleh templat ini; isinya disimpan tetapi tidak diekspor.',
  'finding.year-outside-period': 'Tahun {year} di luar periode rencana {start}–{end}.',
  'finding.year-order': 'Tahun selesai {end} sebelum tahun mulai {start}.',
  'finding.opd-unknown': 'OPD "{opd}" tidak ada dalam daftar OPD proyek.',
  'finding.element-dimension': 'Elemen "{element}" bukan bagian dari dimensi {dimension}.',
  'finding.choice-unknown': 'Pilihan "{value}" tidak dikenal untuk kolom {column}.',
  'finding.row-location':
    'Program ini tercatat pada {recorded}, tetapi berada di tabel {location}.',
  'finding.code-duplicate': 'Kode program {code} dipakai lebih dari sekali (juga di {other}).',
  'finding.target-missing': 'Target tahun {year} belum diisi (program berjalan {start}–{end}).',
  'finding.cost-outside-years':
    'Biaya dicantumkan untuk tahun {year}, padahal program berjalan {start}–{end}.',
  'finding.dimension-no-programme': 'Dimensi {dimension} belum memiliki program.',
  'finding.dimension-no-quickwin': 'Buku III belum memiliki quick win untuk dimensi {dimension}.',
  'finding.quickwin-programme-missing': 'Kode program induk {code} tidak ditemukan di Buku II.',
  'finding.financing-total':
    'Total rencana pembiayaan tahun {year} ({financing}) tidak sama dengan jumlah biaya program tahun itu ({programmes}).',
  'finding.apbd-only':
    'Seluruh pembiayaan program bersumber dari APBD; penilai akan meminta sumber lain (APBN, DAK, KPBU, CSR, swasta).',
  'finding.readiness-part-missing': 'Aspek kesiapan {part} belum ada dalam tabel penilaian.',
  'finding.readiness-part-duplicate': 'Aspek kesiapan {part} tercantum lebih dari sekali.',
  'finding.asset-missing': 'Gambar "{asset}" tidak ada dalam berkas proyek.',
  'export.unknown-book':
    'Buku {book} tidak ada dalam templat {template}; pilih salah satu dari {known} atau "all".',
  'export.invalid-project':
    'Rencana tidak diekspor karena datanya tidak berbentuk proyek yang sah: {details}. Tidak ada berkas yang ditulis.',
  // Images (checked by content when stored and before export)
  'image.invalid':
    'Gambar "{name}" ({where}) bukan gambar PNG atau JPEG yang utuh. Ganti gambar itu.',
  'image.too-large':
    'Gambar "{name}" ({where}) terlalu besar: {size} MB; batasnya {limit} MB. Ganti dengan gambar yang lebih kecil.',
  'image.too-many-pixels':
    'Gambar "{name}" ({where}) berukuran {width}×{height} piksel; batasnya {side} piksel per sisi dan {megapixels} megapiksel. Ganti dengan gambar yang lebih kecil.',
  'image.mismatch':
    'Gambar "{name}" ({where}) tercatat sebagai {declared}, tetapi isinya {actual}: berkas proyek diubah di luar Rencana Studio. Sisipkan ulang gambar itu.',
  'finding.period-length':
    'Periode rencana {start}–{end} tidak lima tahun; periode lazim mengikuti RPJMD (lima tahun).',
  'finding.period-order': 'Tahun akhir periode ({end}) harus setelah tahun awal ({start}).',
  'finding.opd-duplicate': 'OPD dengan kode "{opd}" tercantum lebih dari sekali.',
  'finding.region-unknown': 'Kode wilayah {code} tidak ada dalam daftar resmi Kemendagri.',
  // Locations
  'where.meta': 'Identitas Proyek',
  'where.row': 'baris {row}',
  'where.column': 'kolom {column}',
  'where.field': 'isian {field}',
  'where.year': 'tahun {year}',
  'where.project': 'Proyek',
  // Generic
  'severity.error': 'galat',
  'severity.warning': 'peringatan',
  // Roll-up of regency/city plans into a province or agglomeration plan
  'rollup.no-sources':
    'Sebutkan sedikitnya satu berkas rencana kabupaten/kota setelah berkas provinsi.',
  'rollup.target-unsupported':
    'Berkas {file} bukan rencana provinsi atau rencana aglomerasi (rencana kabupaten/kota yang mencakup beberapa wilayah); rencana kabupaten/kota hanya dapat digabungkan ke salah satunya.',
  'rollup.target-no-matrix':
    'Templat {pack} versi {version} pada berkas {file} belum memiliki bagian Matriks Program Kabupaten/Kota; perbarui Rencana Studio.',
  'rollup.skip.unreadable': '{file} dilewati: {reason}',
  'rollup.skip.unreadable-named': 'Dilewati: {reason}',
  'rollup.skip.is-target': '{file} dilewati: ini berkas tujuan penggabungan itu sendiri.',
  'rollup.skip.duplicate-file': '{file} dilewati: berkas yang sama sudah disebutkan sebelumnya.',
  'rollup.skip.multi-region':
    '{file} dilewati: rencana ini mencakup beberapa wilayah ({regions}); gabungkan rencana per kabupaten/kota.',
  'rollup.skip.not-kabkota': '{file} dilewati: ini rencana {region}, bukan rencana kabupaten/kota.',
  'rollup.skip.other-province':
    '{file} dilewati: {region} ({code}) bukan kabupaten/kota di {province} ({provinceCode}).',
  'rollup.skip.not-member': '{file} dilewati: {region} ({code}) bukan anggota aglomerasi {target}.',
  'rollup.skip.invalid':
    '{file} dilewati: rencana masih memiliki {errors} galat, antara lain {first} Periksa dengan: rencana validate {file}',
  'rollup.skip.duplicate-region':
    '{file} dilewati: {region} ({code}) sudah digabungkan dari {other}.',
  'rollup.skip.code-pattern':
    '{file} dilewati: kode program {code} tidak dapat dipetakan ke kode rencana aglomerasi (pola HURUF-NN, paling banyak 99 program per awalan dan 9 wilayah anggota).',
  'rollup.skip.code-taken':
    '{file} dilewati: kode program {code} menjadi {mapped} di rencana aglomerasi, tetapi kode itu sudah dipakai program aglomerasi sendiri.',
  'rollup.skip.no-element-table':
    '{file} dilewati: program {code} berelemen "{element}", yang tidak memiliki tabel program di rencana aglomerasi.',
  'rollup.imported':
    '{file}: {region} ({code}) — {programmes} program: {added} baru, {updated} diperbarui, {unchanged} tetap, {removed} dihapus.',
  'rollup.kept':
    '{region} ({code}): {rows} program dari penggabungan sebelumnya dipertahankan (berkasnya tidak disebutkan kali ini).',
  'rollup.status': 'Status Rencana Induk Kabupaten/Kota: {added} baris baru, {updated} diperbarui.',
  'rollup.candidates':
    'Kandidat program bersama: {groups} kelompok ({added} baru, {confirmed} sudah dikonfirmasi).',
  'rollup.opd-added': 'Daftar OPD aglomerasi: {count} OPD wilayah anggota ditambahkan.',
  'rollup.summary':
    'Matriks gabungan: {programmes} program dari {regions} kabupaten/kota, perkiraan biaya {budget}.',
  'rollup.gaps': 'Elemen yang belum digarap kabupaten/kota mana pun: {elements}.',
  'rollup.no-gaps': 'Setiap elemen digarap sedikitnya oleh satu kabupaten/kota.',
  'rollup.nothing': 'Tidak ada berkas kabupaten/kota yang dapat digabungkan; {file} tidak diubah.',
  'rollup.skipped-count':
    '{skipped} dari {total} berkas dilewati (lihat di atas); berkas lainnya sudah digabungkan.',
  'rollup.written': 'Ditulis: {file}',
  'rollup.report-written': 'Laporan ditulis: {file}',
} as const;

export type MessageKey = keyof typeof id;

const en: Record<MessageKey, string> = {
  'file.not-found': 'File {file} was not found.',
  'file.unreadable': 'File {file} cannot be read: {reason}.',
  'file.empty': 'File {file} is empty.',
  'file.too-large': 'File {file} is too large ({size} MB; the limit is {limit} MB).',
  'file.not-json':
    'File {file} is not a Rencana Studio project: its content is not complete JSON ({reason}).',
  'file.too-deep':
    'File {file} is nested too deeply (more than {limit} levels, at line {line}) and was not opened.',
  'file.archive':
    'File {file} is a {kind} file, not a Rencana Studio project (a project is JSON text ending in .rencana). Its contents were not opened or extracted.',
  'file.binary':
    'File {file} is not a Rencana Studio project: it holds binary data, not UTF-8 text (from byte {offset}).',
  'file.text-encoding':
    'File {file} is saved as {encoding} text; a Rencana Studio project must be UTF-8 text.',
  'file.migration-failed':
    'File {file} has format version {version} and cannot be updated to version {supported}: {reason} The file was not changed.',
  'file.not-project':
    'File {file} is not a Rencana Studio project (the "rencana-studio" format marker is missing).',
  'file.newer-version':
    'File {file} was made with format version {version}, newer than this application knows (version {supported}). Update Rencana Studio to open it.',
  'file.bad-version': 'File {file} has an invalid format version: {version}.',
  'file.invalid-structure': 'File {file} is damaged: {details}',
  'file.write-failed': 'File {file} cannot be written: {reason}.',
  'template.unknown':
    'The project uses template pack "{id}" version {version}, which is not available. Available packs: {available}.',
  'template.newer':
    'The project uses template pack "{id}" version {version}, newer than the installed version ({installed}).',
  'template.unknown-in-file':
    'File {file} uses template pack "{id}" version {version}, which is not installed here (available packs: {available}); the file was not changed. Install that pack or ask the sender to export with a standard pack.',
  'template.newer-in-file':
    'File {file} uses template pack "{id}" version {version}, newer than the installed version ({installed}); the file was not changed. Update Rencana Studio to open it.',
  'template.invalid': 'Invalid template pack — {file}, {place}: {problem}',
  'template.framework-missing':
    'Template pack {pack} needs framework "{framework}" version {version}, which was not found.',
  'region.unknown': 'Region code {code} is not in the official Kemendagri list.',
  'region.level-mismatch':
    'Region {name} ({code}) is a {actual}, but template {pack} is for {expected}.',
  'period.invalid':
    'Period "{period}" is invalid; write it like 2026-2030 (end after start, at most 10 years).',
  'finding.schema': '{message}',
  'finding.required': '{field} is required.',
  'finding.pattern': 'The value does not match the expected format: {hint}.',
  'finding.section-empty': 'This required section is empty.',
  'finding.section-kind':
    'This section holds {actual} content, but the template expects {expected}.',
  'finding.section-unknown':
    'Section "{key}" is unknown to this template; its content is kept but not exported.',
  'finding.year-outside-period': 'Year {year} is outside the plan period {start}–{end}.',
  'finding.year-order': 'End year {end} is before start year {start}.',
  'finding.opd-unknown': 'Agency "{opd}" is not in the project\'s agency (OPD) list.',
  'finding.element-dimension': 'Element "{element}" does not belong to dimension {dimension}.',
  'finding.choice-unknown': 'Choice "{value}" is not known for column {column}.',
  'finding.row-location':
    'This programme is recorded under {recorded}, but it sits in the table of {location}.',
  'finding.code-duplicate': 'Programme code {code} is used more than once (also in {other}).',
  'finding.target-missing': 'Target for {year} is missing (the programme runs {start}–{end}).',
  'finding.cost-outside-years': 'A cost is given for {year}, but the programme runs {start}–{end}.',
  'finding.dimension-no-programme': 'Dimension {dimension} has no programme yet.',
  'finding.dimension-no-quickwin': 'Book III has no quick win for dimension {dimension} yet.',
  'finding.quickwin-programme-missing': 'Parent programme code {code} was not found in Book II.',
  'finding.financing-total':
    'The financing total for {year} ({financing}) differs from the sum of programme costs that year ({programmes}).',
  'finding.apbd-only':
    'All programme funding comes from the APBD; reviewers will ask for other sources (APBN, DAK, KPBU, CSR, private).',
  'finding.readiness-part-missing': 'Readiness aspect {part} is missing from the assessment table.',
  'finding.readiness-part-duplicate': 'Readiness aspect {part} is listed more than once.',
  'finding.asset-missing': 'Image "{asset}" is not in the project file.',
  'export.unknown-book':
    'Buku {book} does not exist in template {template}; choose one of {known} or "all".',
  'export.invalid-project':
    'The plan was not exported because its data is not a valid project: {details}. No file was written.',
  'image.invalid': 'Image "{name}" ({where}) is not a complete PNG or JPEG image. Replace it.',
  'image.too-large':
    'Image "{name}" ({where}) is too large: {size} MB; the limit is {limit} MB. Replace it with a smaller image.',
  'image.too-many-pixels':
    'Image "{name}" ({where}) is {width}×{height} pixels; the limit is {side} pixels per side and {megapixels} megapixels. Replace it with a smaller image.',
  'image.mismatch':
    'Image "{name}" ({where}) is recorded as {declared} but its content is {actual}: the project file was changed outside Rencana Studio. Insert the image again.',
  'finding.period-length':
    'The plan period {start}–{end} is not five years; plans usually follow the five-year RPJMD.',
  'finding.period-order': 'The period end year ({end}) must come after the start year ({start}).',
  'finding.opd-duplicate': 'Agency code "{opd}" is listed more than once.',
  'finding.region-unknown': 'Region code {code} is not in the official Kemendagri list.',
  'where.meta': 'Project details',
  'where.row': 'row {row}',
  'where.column': 'column {column}',
  'where.field': 'field {field}',
  'where.year': 'year {year}',
  'where.project': 'Project',
  'severity.error': 'error',
  'severity.warning': 'warning',
  'rollup.no-sources': 'Name at least one regency/city plan file after the province file.',
  'rollup.target-unsupported':
    'File {file} is neither a province plan nor an agglomeration plan (a regency/city plan covering several regions); regency/city plans can only be rolled up into one of those.',
  'rollup.target-no-matrix':
    'Template {pack} version {version} of file {file} has no regency/city programme matrix section yet; update Rencana Studio.',
  'rollup.skip.unreadable': '{file} skipped: {reason}',
  'rollup.skip.unreadable-named': 'Skipped: {reason}',
  'rollup.skip.is-target': '{file} skipped: it is the roll-up target itself.',
  'rollup.skip.duplicate-file': '{file} skipped: the same file was already named.',
  'rollup.skip.multi-region':
    '{file} skipped: the plan covers several regions ({regions}); roll up one plan per regency/city.',
  'rollup.skip.not-kabkota': '{file} skipped: it is the plan of {region}, not of a regency/city.',
  'rollup.skip.other-province':
    '{file} skipped: {region} ({code}) is not a regency/city of {province} ({provinceCode}).',
  'rollup.skip.not-member':
    '{file} skipped: {region} ({code}) is not a member of the agglomeration {target}.',
  'rollup.skip.invalid':
    '{file} skipped: the plan still has {errors} errors, among them {first} Check it with: rencana validate {file}',
  'rollup.skip.duplicate-region':
    '{file} skipped: {region} ({code}) was already rolled up from {other}.',
  'rollup.skip.code-pattern':
    '{file} skipped: programme code {code} cannot be mapped to an agglomeration code (pattern LETTERS-NN, at most 99 programmes per prefix and 9 member regions).',
  'rollup.skip.code-taken':
    '{file} skipped: programme code {code} becomes {mapped} in the agglomeration plan, but that code is already used by one of its own programmes.',
  'rollup.skip.no-element-table':
    '{file} skipped: programme {code} has element "{element}", which has no programme table in the agglomeration plan.',
  'rollup.imported':
    '{file}: {region} ({code}) — {programmes} programmes: {added} new, {updated} updated, {unchanged} unchanged, {removed} removed.',
  'rollup.kept':
    '{region} ({code}): {rows} programmes from an earlier roll-up kept (its file was not named this time).',
  'rollup.status': 'Regency/city plan status: {added} rows added, {updated} updated.',
  'rollup.candidates':
    'Shared-programme candidates: {groups} groups ({added} new, {confirmed} confirmed).',
  'rollup.opd-added': 'Agglomeration agency list: {count} agencies of member regions added.',
  'rollup.summary':
    'Consolidated matrix: {programmes} programmes from {regions} regencies/cities, estimated cost {budget}.',
  'rollup.gaps': 'Elements no regency/city works on: {elements}.',
  'rollup.no-gaps': 'Every element is worked on by at least one regency/city.',
  'rollup.nothing': 'No regency/city file could be rolled up; {file} was not changed.',
  'rollup.skipped-count':
    '{skipped} of {total} files skipped (see above); the others were rolled up.',
  'rollup.written': 'Written: {file}',
  'rollup.report-written': 'Report written: {file}',
};

export const MESSAGES: Record<Lang, Record<MessageKey, string>> = { id, en };

export type MessageParams = Record<string, string | number>;

/** The message for `key` in `lang`, placeholders filled. */
export function msg(lang: Lang, key: MessageKey, params?: MessageParams): string {
  return interpolate(MESSAGES[lang][key], params);
}

/** An error a user can meet: a stable code, parameters, and a message in both languages. */
export class UserError extends Error {
  constructor(
    readonly key: MessageKey,
    readonly params: MessageParams = {},
  ) {
    super(msg('id', key, params));
    this.name = 'UserError';
  }

  /** The message in the user's language. */
  localized(lang: Lang): string {
    return msg(lang, this.key, this.params);
  }
}
