import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { readProjectFile } from '../../src/core/io/projectFile.ts';
import { validatePlan } from '../../src/core/validate/index.ts';
import { contextOf } from '../fixtures/rollup/contexts.ts';
import { FILES, REGENCY_FILES, writeRollupFiles } from '../fixtures/rollup/files.ts';
import { MATRIX_KEY } from '../fixtures/rollup/province.ts';
import { REPO, rencana } from './cli.ts';

const BIN = join(REPO, 'src/cli/rencana.mjs');

let dir: string;
const path = (name: string) => join(dir, name);

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'rencana-rollup-'));
  writeRollupFiles(dir);
});

function matrixRows(file: string) {
  const content = readProjectFile(file).project.sections[MATRIX_KEY];
  return content?.kind === 'table' ? content.rows : [];
}

/** `rencana ARGS…` in the fixture folder without blocking, so independent runs overlap. */
function rencanaAsync(
  args: string[],
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      cwd: dir,
      env: { ...process.env, LANG: 'C', LC_ALL: '', RENCANA_LANG: '' },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.on('close', (code) => done({ code, stdout, stderr }));
  });
}

// LibreOffice opens XLSX only when its Calc component is installed.
const hasCalc =
  spawnSync('sh', ['-c', 'ls /usr/lib/libreoffice/program/ | grep -q libsclo']).status === 0;

describe('rencana rollup', () => {
  it('rolls up the valid plans, reports every skipped file, and writes the rest (exit 1)', async () => {
    const run = rencana(
      [
        'rollup',
        FILES.province,
        ...REGENCY_FILES,
        FILES.sleman,
        FILES.kudus,
        FILES.broken,
        FILES.demak,
        FILES.province,
        '--out',
        'jateng.rencana',
        '--report',
        'jateng.xlsx',
        '--report',
        'jateng.docx',
      ],
      { cwd: dir },
    );
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(
      'kota-semarang.rencana: Kota Semarang (33.74) — 19 program: 19 baru, 0 diperbarui, 0 tetap, 0 dihapus.',
    );
    expect(run.stdout).toContain(
      'Status Rencana Induk Kabupaten/Kota: 4 baris baru, 1 diperbarui.',
    );
    expect(run.stdout).toContain(
      'Matriks gabungan: 92 program dari 5 kabupaten/kota, perkiraan biaya Rp133.800.000.000.',
    );
    expect(run.stdout).toContain(
      'Kandidat program bersama: 11 kelompok (11 baru, 0 sudah dikonfirmasi).',
    );
    expect(run.stdout).toContain('Ditulis: jateng.rencana');
    expect(run.stdout).toContain('Laporan ditulis: jateng.xlsx');
    expect(run.stderr.split('\n').filter(Boolean)).toEqual([
      'kabupaten-sleman.rencana dilewati: Kabupaten Sleman (34.04) bukan kabupaten/kota di Provinsi Jawa Tengah (33).',
      'kabupaten-kudus.rencana dilewati: rencana masih memiliki 1 galat, antara lain Buku II › BAB II Smart Governance › Pelayanan Publik › Program Pelayanan Publik, baris 1, kolom Tahun Mulai: Tahun 2024 di luar periode rencana 2026–2030. Periksa dengan: rencana validate kabupaten-kudus.rencana',
      expect.stringMatching(
        /^Dilewati: Berkas kabupaten-batang-rusak\.rencana bukan proyek Rencana Studio: isinya bukan JSON yang utuh/,
      ),
      'kabupaten-demak.rencana dilewati: berkas yang sama sudah disebutkan sebelumnya.',
      'provinsi-jawa-tengah.rencana dilewati: ini berkas tujuan penggabungan itu sendiri.',
      '5 dari 10 berkas dilewati (lihat di atas); berkas lainnya sudah digabungkan.',
    ]);
    expect(run.stderr).not.toMatch(/\bat .*\.ts:\d+/); // no stack trace
    expect(matrixRows(path('jateng.rencana'))).toHaveLength(92);
    const findings = validatePlan(contextOf(readProjectFile(path('jateng.rencana')).project));
    expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(path('jateng.xlsx'));
    expect(book.getWorksheet('Matriks')!.rowCount).toBe(4 + 92 + 1);
    expect(run.stdout).toContain('Laporan ditulis: jateng.docx');
    const documentXml = spawnSync('unzip', ['-p', path('jateng.docx'), 'word/document.xml'], {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    }).stdout;
    for (const text of [
      'Matriks Program Kabupaten/Kota',
      'Kandidat Program Bersama',
      'Penguatan Command Center Kota Semarang',
    ])
      expect(documentXml).toContain(text);
  });

  it('gives byte-identical output when run again, and updates in place (exit 0)', () => {
    const before = readFileSync(path('jateng.rencana'));
    const run = rencana(['rollup', 'jateng.rencana', ...REGENCY_FILES], { cwd: dir });
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.stdout).toContain('19 program: 0 baru, 0 diperbarui, 19 tetap, 0 dihapus.');
    expect(readFileSync(path('jateng.rencana')).equals(before)).toBe(true);
  });

  it.skipIf(!hasCalc)('writes a spreadsheet LibreOffice Calc opens', () => {
    const out = join(dir, 'csv');
    const convert = spawnSync(
      'soffice',
      [
        `-env:UserInstallation=file://${join(dir, 'lo-profile')}`,
        '--headless',
        '--convert-to',
        'csv',
        '--outdir',
        out,
        path('jateng.xlsx'),
      ],
      { encoding: 'utf8', timeout: 60_000 },
    );
    expect(convert.status).toBe(0);
    const csv = readFileSync(join(out, 'jateng.csv'), 'utf8');
    expect(csv).toContain(
      'Kota Semarang,33.74,kota-semarang.rencana,GOV-01,Penguatan Command Center Kota Semarang',
    );
    expect(csv).toContain('Jumlah,,,,,,,,,,,4500000000,28100000000');
  });

  it('changes nothing when no file can be rolled up (exit 1), and exits 2 on a target it cannot use', async () => {
    const before = readFileSync(path(FILES.province));
    // Independent runs, started together to keep the suite fast.
    const [nothing, regency, unwritable, usage] = await Promise.all([
      rencanaAsync(['rollup', FILES.province, FILES.sleman, '--lang', 'en']),
      rencanaAsync(['rollup', FILES.kotaSemarang, FILES.demak]),
      rencanaAsync(['rollup', FILES.province, FILES.demak, '--out', 'folder-tidak-ada/j.rencana']),
      rencanaAsync(['rollup', FILES.province, FILES.demak, '--report', 'laporan.odt']),
    ]);
    expect(nothing.code).toBe(1);
    expect(nothing.stdout).toBe('');
    expect(nothing.stderr).toBe(
      'kabupaten-sleman.rencana skipped: Kabupaten Sleman (34.04) is not a regency/city of Provinsi Jawa Tengah (33).\n' +
        'No regency/city file could be rolled up; provinsi-jawa-tengah.rencana was not changed.\n',
    );
    expect(readFileSync(path(FILES.province)).equals(before)).toBe(true);
    expect(regency.code).toBe(2);
    expect(regency.stderr).toBe(
      'Berkas kota-semarang.rencana bukan rencana provinsi atau rencana aglomerasi (rencana kabupaten/kota yang mencakup beberapa wilayah); rencana kabupaten/kota hanya dapat digabungkan ke salah satunya.\n',
    );
    expect(unwritable.code).toBe(2);
    expect(unwritable.stderr).toMatch(
      /j\.rencana tidak dapat ditulis: folder tujuan tidak ada\.\n$/,
    );
    expect(usage.code).toBe(2);
    expect(usage.stderr).toBe(
      'Nilai laporan.odt tidak sah untuk --report.\nLihat: rencana rollup --help\n',
    );
  });

  it('rolls up the sample files that ship with the project (README example)', () => {
    const samples = join(REPO, 'templates/examples/rollup');
    const work = mkdtempSync(join(tmpdir(), 'rencana-rollup-sample-'));
    for (const name of readdirSync(samples)) copyFileSync(join(samples, name), join(work, name));
    const regencies = readdirSync(work)
      .filter((n) => /^(kabupaten|kota)-/.test(n))
      .sort();
    const run = rencana(
      ['rollup', 'provinsi-jawa-tengah.rencana', ...regencies, '--out', 'jateng.rencana'],
      { cwd: work },
    );
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Matriks gabungan: 92 program dari 5 kabupaten/kota');
  });
});
