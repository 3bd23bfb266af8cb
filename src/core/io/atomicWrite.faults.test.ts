/**
 * Saving when the disk says no: a full disk, a read-only folder, a file held open by another
 * program (Word on Windows refuses the rename). The file system's failure is injected at the
 * exact call where a real one happens; each time the message says why in Bahasa Indonesia,
 * the file on disk keeps its previous version and no temporary file is left behind.
 */
import * as fs from 'node:fs';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

type FsCall = 'openSync' | 'writeSync' | 'renameSync';
const faults = vi.hoisted(() => ({
  failing: undefined as { call: string; code: string } | undefined,
}));

vi.mock('node:fs', async (importOriginal) => {
  const real = await importOriginal<typeof fs>();
  const failIf = (call: string) => {
    if (faults.failing?.call !== call) return;
    const error = new Error(`${faults.failing.code}: injected`) as NodeJS.ErrnoException;
    error.code = faults.failing.code;
    throw error;
  };
  return {
    ...real,
    openSync: (...args: Parameters<typeof real.openSync>) => (
      failIf('openSync'),
      real.openSync(...args)
    ),
    // A full disk fails part-way: the first bytes are written, the next write is refused.
    writeSync: (fd: number, buffer: Uint8Array, offset: number, length: number) => {
      const written = real.writeSync(fd, buffer, offset, Math.min(length, 16));
      if (offset > 0) failIf('writeSync');
      return written;
    },
    renameSync: (...args: Parameters<typeof real.renameSync>) => (
      failIf('renameSync'),
      real.renameSync(...args)
    ),
  };
});

const { writeFileAtomic } = await import('./atomicWrite.ts');

const PREVIOUS = '{"meta": {"title": "Rencana Induk Smart City Kabupaten Banyuwangi 2026–2030"}}';
const NEXT = `{"meta": {"title": "Rencana Induk Smart City Kabupaten Banyuwangi 2026–2030 (revisi 2)"}}`;

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'rencana-faults-'));
  writeFileSync(join(dir, 'banyuwangi.rencana'), PREVIOUS);
});
afterEach(() => {
  faults.failing = undefined;
  fs.rmSync(dir, { recursive: true, force: true });
});

const cases: { what: string; call: FsCall; code: string; message: RegExp }[] = [
  { what: 'a full disk', call: 'writeSync', code: 'ENOSPC', message: /ruang disk penuh/ },
  {
    what: 'a read-only folder',
    call: 'openSync',
    code: 'EACCES',
    message: /tidak ada izin menulis/,
  },
  {
    what: 'a read-only file system',
    call: 'openSync',
    code: 'EROFS',
    message: /sistem berkas hanya-baca/,
  },
  {
    what: 'a file held open by Word',
    call: 'renameSync',
    code: 'EBUSY',
    message: /terbuka di Word/,
  },
];

describe('a save the disk refuses', () => {
  it.each(cases)(
    '$what: says why, keeps the previous version, leaves no temporary file',
    ({ call, code, message }) => {
      const target = join(dir, 'banyuwangi.rencana');
      faults.failing = { call, code };
      expect(() => writeFileAtomic(target, NEXT)).toThrow(message);
      expect(() => writeFileAtomic(target, NEXT)).toThrow(
        /banyuwangi\.rencana tidak dapat ditulis/,
      );
      expect(readFileSync(target, 'utf8')).toBe(PREVIOUS);
      expect(readdirSync(dir)).toEqual(['banyuwangi.rencana']);
      // Once the disk has room again, the same save goes through.
      faults.failing = undefined;
      writeFileAtomic(target, NEXT);
      expect(readFileSync(target, 'utf8')).toBe(NEXT);
    },
  );
});
