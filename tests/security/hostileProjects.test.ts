/**
 * Opening anything that is not a valid project: each case is a file on disk read the way the
 * app opens it (core's readProjectFile, used by the desktop app, the browser host and the CLI).
 * Each must fail with a UserError whose Indonesian message names the file and says what is wrong
 * and where, must never throw anything else, and must leave the file's bytes and mtime as they were.
 */
import { randomBytes } from 'node:crypto';
import {
  closeSync,
  ftruncateSync,
  mkdtempSync,
  openSync,
  readFileSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { Document, Packer, Paragraph } from 'docx';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UserError, type MessageKey } from '../../src/core/i18n/messages.ts';
import { readProjectFile } from '../../src/core/io/projectFile.ts';
import { builtinTemplates } from '../../src/core/io/templates.ts';
import { MAX_PROJECT_BYTES, parseProjectText } from '../../src/core/project/parse.ts';
import { SAMPLE_PATH } from '../fixtures/sample.ts';
import { zipBomb } from './craftedFiles.ts';

const sample = readFileSync(SAMPLE_PATH, 'utf8');
const sampleData = () => JSON.parse(sample) as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
let folder: string;

beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), 'rencana-hostile-'));
});
afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** Writes `content` as NAME.rencana with an old mtime, opens it, and checks nothing changed. */
function openHostile(name: string, content: Uint8Array | string): UserError {
  const path = join(folder, `${name}.rencana`);
  writeFileSync(path, content);
  const old = new Date('2026-01-05T08:00:00Z');
  utimesSync(path, old, old);
  const before = readFileSync(path);
  let caught: unknown;
  try {
    readProjectFile(path);
  } catch (error) {
    caught = error;
  }
  expect(readFileSync(path).equals(before), 'bytes unchanged').toBe(true);
  expect(statSync(path).mtimeMs, 'mtime unchanged').toBe(old.getTime());
  expect(caught, 'refused with a UserError').toBeInstanceOf(UserError);
  const error = caught as UserError;
  expect(error.message).toContain(path);
  expect(error.localized('en')).toContain(path);
  expect(error.localized('en')).not.toBe(error.message);
  return error;
}

function expectRefusal(error: UserError, key: MessageKey, text: RegExp | string): void {
  expect(error.key).toBe(key);
  if (typeof text === 'string') expect(error.message).toContain(text);
  else expect(error.message).toMatch(text);
}

describe('files that are not projects', () => {
  it('random bytes', () => {
    // Fixed bytes that are neither an archive signature nor UTF-8 (0xff never appears in UTF-8).
    const bytes = Buffer.concat([Buffer.from([0x7b, 0x0a, 0xff]), randomBytes(4096)]);
    expectRefusal(
      openHostile('acak', bytes),
      'file.binary',
      'data biner, bukan teks UTF-8 (mulai byte ke-2)',
    );
  });

  it('an empty file, and one holding only blanks', () => {
    expectRefusal(openHostile('kosong', ''), 'file.empty', 'kosong');
    expectRefusal(openHostile('spasi', ' \n\t\n'), 'file.empty', 'kosong');
  });

  it('a truncated project, saying at which line it stops', () => {
    const cut = sample.slice(0, Math.floor(sample.length * 0.6));
    const lines = cut.split('\n').length;
    const error = openHostile('terpotong', cut);
    expectRefusal(
      error,
      'file.not-json',
      `bukan JSON yang utuh (terpotong di baris ${lines}, kolom`,
    );
    expect(error.message).toContain('belum selesai disalin atau diunduh');
  });

  it('damaged JSON, saying the line and column', () => {
    const broken = sample.replace('"formatVersion": 1,', '"formatVersion": 1,,');
    const line = broken.split('\n').findIndex((l) => l.includes('1,,')) + 1;
    const error = openHostile('rusak', broken);
    expectRefusal(
      error,
      'file.not-json',
      `bukan JSON yang utuh (rusak di baris ${line}, kolom 22)`,
    );
  });

  it('a Word document renamed to .rencana: named as such, never unpacked', async () => {
    const docx = await Packer.toBuffer(
      new Document({ sections: [{ children: [new Paragraph('Rencana Induk Smart City')] }] }),
    );
    expectRefusal(openHostile('laporan', docx), 'file.archive', 'berkas DOCX (Microsoft Word)');
  });

  it('a zip bomb renamed to .rencana: refused from its first bytes, nothing inflated', () => {
    const bomb = zipBomb('proyek.json', 64);
    expect(bomb.length).toBeLessThan(100_000);
    const started = performance.now();
    const error = openHostile('bom', bomb);
    expect(performance.now() - started).toBeLessThan(500);
    expectRefusal(error, 'file.archive', 'berkas ZIP');
    expect(error.message).toContain('tidak dibuka atau diekstrak');
  });

  it('a compressed project, a PDF, an image, a UTF-16 text', () => {
    expectRefusal(openHostile('gz', gzipSync(sample)), 'file.archive', 'berkas GZIP');
    expectRefusal(openHostile('pdf', '%PDF-1.7\n%âãÏÓ\n1 0 obj\n'), 'file.archive', 'berkas PDF');
    const png = readFileSync(new URL('../../build/icons/64x64.png', import.meta.url));
    expectRefusal(openHostile('png', png), 'file.archive', 'berkas PNG');
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(sample, 'utf16le')]);
    expectRefusal(openHostile('utf16', utf16), 'file.text-encoding', 'teks UTF-16');
  });

  it('a file over the size limit: refused from its size, never read', () => {
    const path = join(folder, 'raksasa.rencana');
    const fd = openSync(path, 'w');
    ftruncateSync(fd, MAX_PROJECT_BYTES + 1); // sparse: costs no disk
    closeSync(fd);
    const started = performance.now();
    expect(() => readProjectFile(path)).toThrow(/terlalu besar \(200 MB; batas 200 MB\)/);
    expect(performance.now() - started).toBeLessThan(200);
    // The same limit holds for text that arrives another way (e.g. a recovery copy).
    expect(() => parseProjectText('x'.repeat(MAX_PROJECT_BYTES + 1), 'pemulihan.json')).toThrow(
      /terlalu besar/,
    );
  });

  it('deep nesting, refused before JSON.parse recurses into it', () => {
    const deep = `{"format": "rencana-studio",\n"x": ${'['.repeat(200_000)}`;
    expectRefusal(openHostile('dalam', deep), 'file.too-deep', 'lebih dari 64 tingkat, di baris 2');
  });

  it('JSON that is not a project', () => {
    for (const [name, text] of [
      ['larik', '[1, 2, 3]'],
      ['angka', '42'],
      ['teks', '"Rencana Induk"'],
      ['objek', '{"judul": "Rencana Induk Smart City"}'],
    ])
      expectRefusal(
        openHostile(name!, text!),
        'file.not-project',
        'penanda format "rencana-studio"',
      );
  });

  it('wrong types, naming the place', () => {
    const data = sampleData();
    data.meta.period.start = '2026';
    data.assets['logo-contoh'].width = -5;
    const error = openHostile('tipe', JSON.stringify(data));
    expectRefusal(error, 'file.invalid-structure', '/meta/period/start');
    expect(error.message).toContain('/assets/logo-contoh/width');
  });

  it('a prototype-polluting key is refused and pollutes nothing', () => {
    const text = sample.replace('{', '{"__proto__": {"polluted": true}, ');
    expectRefusal(openHostile('proto', text), 'file.invalid-structure', '__proto__');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('a newer format version asks for an update; nonsense versions are named', () => {
    const data = sampleData();
    data.formatVersion = 7;
    expectRefusal(
      openHostile('baru', JSON.stringify(data)),
      'file.newer-version',
      'versi format 7, lebih baru',
    );
    for (const version of ['"1"', '0', '-1', '1.5', 'null']) {
      const text = sample.replace('"formatVersion": 1', `"formatVersion": ${version}`);
      expectRefusal(
        openHostile('versi', text),
        'file.bad-version',
        `versi format yang tidak sah: ${version}`,
      );
    }
  });

  it('an older format whose migration step is missing or fails: a message, the file untouched', () => {
    // Format 1 is the first; a build whose format is 2 must migrate 1 → 2 or say why it cannot.
    const path = join(folder, 'lama.rencana');
    writeFileSync(path, sample);
    const missing = () =>
      parseProjectText(readFileSync(path, 'utf8'), path, { version: 2, migrations: [] });
    expect(missing).toThrow(
      /berformat versi 1 dan tidak dapat diperbarui ke versi 2: Tidak ada migrasi/,
    );
    const failing = () =>
      parseProjectText(readFileSync(path, 'utf8'), path, {
        version: 2,
        migrations: [
          {
            from: 1,
            description: 'Versi 2: contoh langkah yang gagal',
            up: () => {
              throw new Error('kolom "biaya" tidak dapat dibaca.');
            },
          },
        ],
      });
    expect(failing).toThrow(UserError);
    expect(failing).toThrow(/kolom "biaya" tidak dapat dibaca\. Berkas tidak diubah\./);
    expect(readFileSync(path, 'utf8')).toBe(sample);
  });

  it('an unknown template pack: the file loads, joining it to a template says which pack is missing', () => {
    const data = sampleData();
    data.template = { id: 'kecamatan-cerdas', version: '1.0.0' };
    const path = join(folder, 'templat.rencana');
    writeFileSync(path, JSON.stringify(data));
    const { project } = readProjectFile(path);
    let caught: unknown;
    try {
      builtinTemplates().forProject(project.template, path);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(UserError);
    expect((caught as UserError).message).toMatch(
      /^Berkas .*templat\.rencana memakai paket templat "kecamatan-cerdas" versi 1\.0\.0 yang tidak terpasang.*kabkota.*berkas tidak diubah/,
    );
  });

  it('a UTF-8 byte-order mark is fine', () => {
    const path = join(folder, 'bom.rencana');
    writeFileSync(path, `\uFEFF${sample}`);
    expect(readProjectFile(path).project.meta.title).toContain('Banyuwangi');
  });
});
