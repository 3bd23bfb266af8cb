/** Every text the CLI prints, in Bahasa Indonesia and English. */
import { interpolate, type Lang } from '../core/i18n/lang.ts';

const id = {
  usage: `rencana — Rencana Studio dari baris perintah

Pemakaian: rencana <perintah> [opsi]

Perintah:
  templates              daftar paket templat, buku, BAB, dimensi, dan elemen
  new                    membuat rencana induk baru yang masih kosong
  validate BERKAS        memeriksa rencana terhadap skema dan aturan
  info BERKAS            ringkasan: wilayah, periode, kelengkapan, jumlah program
  export BERKAS          mengekspor rencana ke Word (DOCX) atau PDF
  rollup PROV KABKOTA…   menggabungkan rencana kabupaten/kota ke rencana provinsi

Opsi umum:
  --lang id|en           bahasa keluaran (bawaan: id; juga LANG=en*)
  -h, --help             bantuan untuk perintah

Contoh:
  rencana validate templates/examples/contoh-kabupaten-banyuwangi-2026-2030.rencana
  rencana help export`,
  'help.templates': `Pemakaian: rencana templates [--json]

Menampilkan paket templat yang terpasang: versi, kerangka dimensi, buku dan BAB,
serta dimensi dan elemennya.

Opsi:
  --json      keluaran JSON untuk program lain

Contoh:
  rencana templates`,
  'help.new': `Pemakaian: rencana new --template kabkota|provinsi --region KODE[,KODE…] [--period 2026-2030] --out BERKAS

Membuat rencana induk baru yang masih kosong dengan judul, wilayah, dan daftar OPD
bawaan. KODE adalah kode wilayah Kemendagri (mis. 33.74 untuk Kota Semarang, 33
untuk Jawa Tengah); beberapa kode dipisah koma untuk rencana aglomerasi.

Opsi:
  --template ID      paket templat (lihat: rencana templates)
  --region KODE      kode wilayah Kemendagri
  --period AWAL-AKHIR periode rencana (bawaan: lima tahun mulai tahun depan)
  --out BERKAS       berkas .rencana yang dibuat (tidak menimpa berkas yang ada)
  --force            timpa berkas yang sudah ada

Contoh:
  rencana new --template kabkota --region 33.74 --period 2026-2030 --out semarang.rencana`,
  'help.validate': `Pemakaian: rencana validate BERKAS [--json]

Memeriksa rencana terhadap JSON Schema dan aturan lintas-isian (tahun program di dalam
periode, OPD terdaftar, elemen sesuai dimensi, kode program unik, target per tahun,
total pembiayaan, quick win per dimensi, bagian wajib terisi).

Kode keluar: 0 tanpa galat (peringatan boleh), 1 ada galat, 2 berkas tidak dapat dibaca.

Opsi:
  --json      keluaran JSON (temuan, lokasi, jalur JSON Pointer)

Contoh:
  rencana validate semarang.rencana`,
  'help.info': `Pemakaian: rencana info BERKAS [--json]

Ringkasan rencana: wilayah, periode, templat, kelengkapan per dimensi, jumlah program,
quick win, dan total perkiraan biaya.

Contoh:
  rencana info templates/examples/contoh-kabupaten-banyuwangi-2026-2030.rencana`,
  'help.export': `Pemakaian: rencana export BERKAS --format docx|pdf [--book all|1|2|3|4] [--out JALUR] [--force]

Mengekspor rencana ke dokumen Word (DOCX) atau PDF siap kirim ke Komdigi, seluruhnya
atau per buku. Tanpa --out, berkas ditulis di folder yang sama dengan nama seperti
Masterplan-Smart-City-Kota-Semarang-2026-2030-Buku-II.docx. --out boleh berupa folder.

Kode keluar: 0 berkas ditulis, 1 rencana masih memiliki galat (kecuali --force, yang
mencetak galat lalu tetap mengekspor), 2 berkas tidak dapat dibaca atau ditulis.

Contoh:
  rencana export templates/examples/contoh-kabupaten-banyuwangi-2026-2030.rencana --format pdf --out keluaran/`,
  'help.rollup': `Pemakaian: rencana rollup BERKAS_PROVINSI BERKAS_KABKOTA… [--out BERKAS] [--report BERKAS.xlsx|.docx|.pdf]

Menggabungkan rencana induk kabupaten/kota ke BAB Koordinasi dengan Kabupaten/Kota
rencana provinsi: Matriks Program Kabupaten/Kota (tiap baris tertaut ke wilayah, berkas,
dan kode program sumbernya), Status Rencana Induk Kabupaten/Kota, dan Kandidat Program
Bersama (program beberapa wilayah dengan nama serupa, atau kode Permendagri dan elemen
yang sama). Berkas yang tidak dapat dibaca, masih bergalat, dari provinsi lain, atau
ganda dilewati dengan keterangan; berkas lainnya tetap digabungkan.

Penggabungan ulang dengan berkas yang lebih baru memperbarui baris wilayah itu (tidak
menggandakan); baris wilayah yang berkasnya tidak disebutkan dipertahankan; konfirmasi
dan catatan kandidat program bersama dipertahankan. Hasilnya sama persis bila diulang.

Bila berkas tujuan adalah rencana aglomerasi (rencana kabupaten/kota dengan beberapa
wilayah, mis. Semarang Raya), program wilayah anggota masuk ke tabel program per elemen
rencana itu dengan kode baru (GOV-01 wilayah anggota ke-2 menjadi GOV-201).

Kode keluar: 0 semua berkas digabungkan, 1 ada berkas yang dilewati (sisanya tetap
ditulis) atau tidak ada yang dapat digabungkan, 2 berkas tujuan tidak dapat dibaca,
dipakai, atau ditulis.

Opsi:
  --out BERKAS       tulis hasil ke berkas lain (bawaan: menimpa BERKAS_PROVINSI)
  --report BERKAS    laporan: .xlsx (matriks dan ringkasan), .docx atau .pdf (Buku
                     berisi matriks); boleh diulang

Contoh:
  rencana rollup templates/examples/rollup/provinsi-jawa-tengah.rencana templates/examples/rollup/kota-*.rencana templates/examples/rollup/kabupaten-*.rencana --out jateng.rencana --report jateng.xlsx`,
  'error.unknown-command': 'Perintah tidak dikenal: {command}. Lihat: rencana --help',
  'error.usage': '{problem}\nLihat: rencana {command} --help',
  'error.missing-file': 'Sebutkan berkas proyek.',
  'error.missing-option': 'Opsi {option} wajib diisi.',
  'error.bad-option': 'Nilai {value} tidak sah untuk {option}.',
  'error.exists': 'Berkas {file} sudah ada; pakai --force untuk menimpanya.',
  'error.internal': 'Terjadi kesalahan internal yang tidak terduga: {message}',
  'validate.ok': 'Tidak ada galat.',
  'validate.summary': 'Ringkasan: {errors} galat, {warnings} peringatan.',
  'new.done':
    'Rencana baru dibuat: {file}\n  {title}\n  Templat {template} {version}, periode {period}',
  'info.template': 'Templat',
  'info.region': 'Wilayah',
  'info.period': 'Periode',
  'info.level': 'Jenjang',
  'info.completeness': 'Kelengkapan',
  'info.programmes': 'Program',
  'info.quickwins': 'Quick win',
  'info.budget': 'Perkiraan biaya',
  'info.findings': 'Pemeriksaan',
  'info.example': '(contoh)',
  'templates.framework': 'Kerangka',
  'templates.levels': 'Jenjang',
  'export.done': 'Ditulis: {file} ({size} KB)',
  'export.blocked':
    'Rencana masih memiliki {errors} galat; tidak diekspor. Perbaiki dulu atau pakai --force.',
  'export.forced': 'Rencana memiliki {errors} galat; diekspor juga karena --force.',
};

type TextKey = keyof typeof id;

const en: Record<TextKey, string> = {
  usage: `rencana — Rencana Studio on the command line

Usage: rencana <command> [options]

Commands:
  templates              list template packs, books, chapters, dimensions and elements
  new                    create a new, empty master plan
  validate FILE          check a plan against the schemas and rules
  info FILE              summary: region, period, completeness, programme counts
  export FILE            export a plan to Word (DOCX) or PDF
  rollup PROV KABKOTA…   roll regency/city plans up into a province plan

Common options:
  --lang id|en           output language (default: id; also LANG=en*)
  -h, --help             help for a command

Examples:
  rencana validate templates/examples/contoh-kabupaten-banyuwangi-2026-2030.rencana
  rencana help export`,
  'help.templates': `Usage: rencana templates [--json]

Shows the installed template packs: version, dimension framework, books and chapters,
dimensions and elements.

Options:
  --json      JSON output for other programs

Example:
  rencana templates`,
  'help.new': `Usage: rencana new --template kabkota|provinsi --region CODE[,CODE…] [--period 2026-2030] --out FILE

Creates a new, empty master plan with its title, region(s) and a default agency list.
CODE is a Kemendagri region code (e.g. 33.74 for Kota Semarang, 33 for Jawa Tengah);
several comma-separated codes make an agglomeration plan.

Options:
  --template ID      template pack (see: rencana templates)
  --region CODE      Kemendagri region code
  --period START-END plan period (default: five years from next year)
  --out FILE         the .rencana file to create (an existing file is not overwritten)
  --force            overwrite an existing file

Example:
  rencana new --template kabkota --region 33.74 --period 2026-2030 --out semarang.rencana`,
  'help.validate': `Usage: rencana validate FILE [--json]

Checks a plan against the JSON Schemas and the cross-field rules (programme years inside
the period, agencies listed, elements matching dimensions, unique programme codes, yearly
targets, financing totals, quick wins per dimension, required sections filled).

Exit codes: 0 no errors (warnings allowed), 1 errors, 2 the file cannot be read.

Options:
  --json      JSON output (findings, locations, JSON Pointer paths)

Example:
  rencana validate semarang.rencana`,
  'help.info': `Usage: rencana info FILE [--json]

Summary of a plan: region, period, template, completeness per dimension, number of
programmes and quick wins, and the total estimated cost.

Example:
  rencana info templates/examples/contoh-kabupaten-banyuwangi-2026-2030.rencana`,
  'help.export': `Usage: rencana export FILE --format docx|pdf [--book all|1|2|3|4] [--out PATH] [--force]

Exports a plan to a Word (DOCX) or PDF document ready for Komdigi review, whole or per
book. Without --out the file is written next to the project with a name like
Masterplan-Smart-City-Kota-Semarang-2026-2030-Buku-II.docx. --out may be a folder.

Exit codes: 0 written, 1 the plan has errors (unless --force, which prints them and
exports anyway), 2 the file cannot be read or written.

Example:
  rencana export templates/examples/contoh-kabupaten-banyuwangi-2026-2030.rencana --format pdf --out output/`,
  'help.rollup': `Usage: rencana rollup PROVINCE_FILE KABKOTA_FILES… [--out FILE] [--report FILE.xlsx|.docx|.pdf]

Rolls regency/city master plans up into the province plan's chapter on coordination
with regencies/cities: the regency/city programme matrix (each row linked to its region,
file and programme code), the plan status table, and shared-programme candidates
(programmes of several regions with similar names, or the same Permendagri code and
element). Files that cannot be read, still have errors, belong to another province or
are duplicates are skipped with a reason; the others are still rolled up.

Rolling up again with newer files updates that region's rows (no duplicates); rows of
regions whose file is not named are kept; confirmations and notes of shared-programme
candidates are kept. Repeating a roll-up gives byte-identical output.

When the target is an agglomeration plan (a regency/city plan covering several regions,
e.g. Semarang Raya), member programmes join its per-element programme tables with new
codes (GOV-01 of the 2nd member becomes GOV-201).

Exit codes: 0 every file rolled up, 1 some files skipped (the rest is written) or none
could be rolled up, 2 the target file cannot be read, used or written.

Options:
  --out FILE         write the result to another file (default: overwrite PROVINCE_FILE)
  --report FILE      report: .xlsx (matrix and summaries), .docx or .pdf (the Buku
                     holding the matrix); may be repeated

Example:
  rencana rollup templates/examples/rollup/provinsi-jawa-tengah.rencana templates/examples/rollup/kota-*.rencana templates/examples/rollup/kabupaten-*.rencana --out jateng.rencana --report jateng.xlsx`,
  'error.unknown-command': 'Unknown command: {command}. See: rencana --help',
  'error.usage': '{problem}\nSee: rencana {command} --help',
  'error.missing-file': 'Name the project file.',
  'error.missing-option': 'Option {option} is required.',
  'error.bad-option': 'Value {value} is not valid for {option}.',
  'error.exists': 'File {file} already exists; use --force to overwrite it.',
  'error.internal': 'An unexpected internal error occurred: {message}',
  'validate.ok': 'No errors.',
  'validate.summary': 'Summary: {errors} errors, {warnings} warnings.',
  'new.done':
    'New plan created: {file}\n  {title}\n  Template {template} {version}, period {period}',
  'info.template': 'Template',
  'info.region': 'Region',
  'info.period': 'Period',
  'info.level': 'Level',
  'info.completeness': 'Completeness',
  'info.programmes': 'Programmes',
  'info.quickwins': 'Quick wins',
  'info.budget': 'Estimated cost',
  'info.findings': 'Checks',
  'info.example': '(example)',
  'templates.framework': 'Framework',
  'templates.levels': 'Levels',
  'export.done': 'Written: {file} ({size} KB)',
  'export.blocked':
    'The plan still has {errors} errors; nothing exported. Fix them or use --force.',
  'export.forced': 'The plan has {errors} errors; exported anyway because of --force.',
};

/** A CLI text in the chosen language. */
export function text(lang: Lang, key: TextKey, params?: Record<string, string | number>): string {
  return interpolate((lang === 'en' ? en : id)[key], params);
}

export type { TextKey };
