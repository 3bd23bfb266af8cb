import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  SAMPLE_PATH,
  sampleProject,
  tableRows,
  GOVERNANCE_PROGRAMMES,
} from '../fixtures/sample.ts';
import { serializeProject } from '../../src/core/project/serialize.ts';
import { rencana } from './cli.ts';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'rencana-cli-'));
});

describe('rencana templates', () => {
  it('lists both packs with books, chapters, dimensions and elements', () => {
    const run = rencana(['templates']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('kabkota 1.0.0 — Masterplan Smart City Kabupaten/Kota');
    expect(run.stdout).toContain('provinsi 1.0.0 — Rencana Induk Provinsi Cerdas');
    expect(run.stdout).toContain('BAB II Smart Governance');
    expect(run.stdout).toContain(
      'Smart Environment: Proteksi Lingkungan; Tata Kelola Sampah dan Limbah',
    );
  });

  it('gives JSON for other programs', () => {
    const data = JSON.parse(rencana(['templates', '--json']).stdout);
    expect(data.map((p: { id: string }) => p.id)).toEqual(['kabkota', 'provinsi']);
    expect(data[0].dimensions).toHaveLength(6);
  });
});

describe('rencana new', () => {
  it('creates an empty plan that validates with errors until filled', () => {
    const out = join(dir, 'semarang.rencana');
    const run = rencana([
      'new',
      '--template',
      'kabkota',
      '--region',
      '33.74',
      '--period',
      '2026-2030',
      '--out',
      out,
    ]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Rencana Induk (Masterplan) Smart City Kota Semarang 2026–2030');
    const validate = rencana(['validate', out]);
    expect(validate.code).toBe(1);
    expect(validate.stdout).toContain(
      'Buku I › BAB I Pendahuluan › Latar Belakang\n  galat      Bagian wajib ini belum diisi.',
    );
  });

  it('does not overwrite an existing file without --force', () => {
    const out = join(dir, 'ada.rencana');
    writeFileSync(out, 'catatan penting');
    const run = rencana(['new', '--template', 'kabkota', '--region', '33.74', '--out', out]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('sudah ada; pakai --force');
    expect(readFileSync(out, 'utf8')).toBe('catatan penting');
  });

  it('explains a wrong region, level, template or period', () => {
    const out = join(dir, 'x.rencana');
    expect(
      rencana(['new', '--template', 'kabkota', '--region', '99.99', '--out', out]).stderr,
    ).toContain('Kode wilayah 99.99 tidak ada dalam daftar resmi Kemendagri.');
    expect(
      rencana(['new', '--template', 'provinsi', '--region', '33.74', '--out', out]).stderr,
    ).toContain('berjenjang kota, sedangkan templat provinsi untuk provinsi');
    expect(
      rencana(['new', '--template', 'kecamatan', '--region', '33.74', '--out', out]).stderr,
    ).toContain('Paket yang ada: kabkota, provinsi');
    const period = rencana([
      'new',
      '--template',
      'kabkota',
      '--region',
      '33.74',
      '--period',
      '2030-2026',
      '--out',
      out,
    ]);
    expect(period.code).toBe(2);
    expect(period.stderr).toContain('Periode "2030-2026" tidak sah');
    expect(existsSync(out)).toBe(false);
  });

  it('makes a province plan and an agglomeration plan', () => {
    const province = join(dir, 'jateng.rencana');
    expect(
      rencana(['new', '--template', 'provinsi', '--region', '33', '--out', province]).stdout,
    ).toContain('Rencana Induk Provinsi Cerdas Provinsi Jawa Tengah');
    const raya = join(dir, 'semarang-raya.rencana');
    expect(
      rencana([
        'new',
        '--template',
        'kabkota',
        '--region',
        '33.74,33.22,33.21,33.24',
        '--out',
        raya,
      ]).code,
    ).toBe(0);
    expect(JSON.parse(readFileSync(raya, 'utf8')).meta.regions).toHaveLength(4);
  });
});

describe('rencana validate', () => {
  it('passes the sample plan (exit 0)', () => {
    const run = rencana(['validate', SAMPLE_PATH]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/Ringkasan: 0 galat, \d+ peringatan\./);
  });

  it('reports errors grouped by location (exit 1)', () => {
    const project = sampleProject();
    tableRows(project, GOVERNANCE_PROGRAMMES)[2]!.cells.startYear = 2024;
    const file = join(dir, 'salah-tahun.rencana');
    writeFileSync(file, serializeProject(project));
    const run = rencana(['validate', file]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(
      'Buku II › BAB II Smart Governance › Pelayanan Publik › Program Pelayanan Publik\n  galat      baris 3, kolom Tahun Mulai: Tahun 2024 di luar periode rencana 2026–2030. [programme.year-outside-period]',
    );
    const json = JSON.parse(rencana(['validate', file, '--json']).stdout);
    expect(json.errors).toBeGreaterThan(0);
    expect(json.findings[0].path).toBe(`/sections/${GOVERNANCE_PROGRAMMES}/rows/2/cells/startYear`);
  });

  it('says which problem makes a file unreadable (exit 2)', () => {
    const missing = rencana(['validate', join(dir, 'tidak-ada.rencana')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('tidak ditemukan');

    const corrupt = join(dir, 'rusak.rencana');
    writeFileSync(corrupt, readFileSync(SAMPLE_PATH).subarray(0, 3000));
    expect(rencana(['validate', corrupt]).stderr).toContain('bukan JSON yang utuh');

    const notProject = join(dir, 'laporan.rencana');
    writeFileSync(notProject, JSON.stringify({ judul: 'Laporan Keuangan 2025' }));
    expect(rencana(['validate', notProject]).stderr).toContain('bukan proyek Rencana Studio');

    const newer = join(dir, 'baru.rencana');
    writeFileSync(
      newer,
      readFileSync(SAMPLE_PATH, 'utf8').replace('"formatVersion": 1', '"formatVersion": 7'),
    );
    const run = rencana(['validate', newer]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('versi format 7, lebih baru');
    expect(run.stderr).not.toMatch(/at .*\.ts:\d+/); // no stack trace
  });

  it('answers usage mistakes with a pointer to --help', () => {
    const run = rencana(['validate']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('Lihat: rencana validate --help');
    expect(rencana(['periksa', SAMPLE_PATH]).stderr).toContain('Perintah tidak dikenal: periksa');
    expect(rencana(['validate', SAMPLE_PATH, '--warna']).code).toBe(2);
  });
});

describe('rencana info', () => {
  it('summarises region, period, completeness and programme counts', () => {
    const run = rencana(['info', SAMPLE_PATH]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Kabupaten Banyuwangi (35.10)');
    expect(run.stdout).toContain('2026–2030');
    expect(run.stdout).toMatch(/Smart Governance\s+100%\s+Program: \d+/);
    expect(run.stdout).toMatch(/Perkiraan biaya\s+Rp[\d.]+/);
    const json = JSON.parse(rencana(['info', SAMPLE_PATH, '--json']).stdout);
    expect(json.programmes).toBeGreaterThanOrEqual(30);
    expect(json.quickWins).toBeGreaterThanOrEqual(12);
  });
});

describe('help in two languages', () => {
  it.each(['templates', 'new', 'validate', 'info', 'export'])('rencana %s --help', (command) => {
    const id = rencana([command, '--help']);
    expect(id.code).toBe(0);
    expect(id.stdout).toMatch(/^Pemakaian: rencana /);
    expect(id.stdout).toContain('Contoh');
    const en = rencana([command, '--help', '--lang', 'en']);
    expect(en.stdout).toMatch(/^Usage: rencana /);
    expect(rencana(['help', command], { env: { LANG: 'en_US.UTF-8' } }).stdout).toMatch(
      /^Usage: rencana /,
    );
  });

  it('prints the command list', () => {
    expect(rencana(['--help']).stdout).toContain('validate BERKAS');
  });
});

describe('rencana export into a folder', () => {
  it('creates a folder named with a trailing slash and writes the suggested file name in it', () => {
    const run = rencana([
      'export',
      SAMPLE_PATH,
      '--format',
      'pdf',
      '--book',
      '3',
      '--out',
      `${join(dir, 'keluaran')}/`,
    ]);
    expect(run.code).toBe(0);
    expect(
      existsSync(
        join(dir, 'keluaran', 'Masterplan-Smart-City-Kabupaten-Banyuwangi-2026-2030-Buku-III.pdf'),
      ),
    ).toBe(true);
  });
});
