import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { sampleProject } from '../../../tests/fixtures/sample.ts';
import { serializeProject } from '../project/serialize.ts';
import { writeFileAtomic } from './atomicWrite.ts';
import { BACKUP_FOLDER, BACKUPS_KEPT, listBackups } from './backup.ts';
import { acquireLock, forceLock, lockPathOf } from './lock.ts';
import { readProjectFile, writeProjectFile } from './projectFile.ts';
import { discardRecovery, listRecoveries, readRecovery, writeRecovery } from './recovery.ts';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'rencana-io-'));
});

describe('atomic writes', () => {
  it('replaces the file and leaves no temporary file', () => {
    const target = join(dir, 'rencana.rencana');
    writeFileSync(target, 'versi lama');
    writeFileAtomic(target, 'versi baru');
    expect(readFileSync(target, 'utf8')).toBe('versi baru');
    expect(readdirSync(dir)).toEqual(['rencana.rencana']);
  });

  it('fails with a clear message when the folder has vanished, changing nothing', () => {
    const target = join(dir, 'hilang', 'rencana.rencana');
    expect(() => writeFileAtomic(target, 'isi')).toThrow(
      /tidak dapat ditulis: folder tujuan tidak ada/,
    );
  });

  it('fails when the target is a folder, and keeps the folder', () => {
    const target = join(dir, 'folder.rencana');
    mkdirSync(target);
    expect(() => writeFileAtomic(target, 'isi')).toThrow(/tidak dapat ditulis/);
    expect(readdirSync(dir)).toEqual(['folder.rencana']);
  });
});

describe('saving a project', () => {
  it('keeps the previous versions as rolling backups, the newest five', () => {
    const target = join(dir, 'banyuwangi.rencana');
    const project = sampleProject();
    for (let i = 1; i <= 8; i++) {
      project.meta.title = `Rencana Induk versi ${i}`;
      writeProjectFile(target, project);
    }
    const backups = listBackups(target);
    expect(backups).toHaveLength(BACKUPS_KEPT);
    expect(JSON.parse(readFileSync(backups[BACKUPS_KEPT - 1]!, 'utf8')).meta.title).toBe(
      'Rencana Induk versi 7',
    );
    expect(readProjectFile(target).project.meta.title).toBe('Rencana Induk versi 8');
  });
});

describe('saving over a file of an older format version', () => {
  it('keeps the original untouched beside the backups, once, and never rotates it away', () => {
    const target = join(dir, 'kota-semarang.rencana');
    const project = sampleProject();
    // What an earlier release wrote: the same plan, one format version back.
    const older = serializeProject(project).replace(
      `"formatVersion": ${project.formatVersion}`,
      `"formatVersion": ${project.formatVersion - 1}`,
    );
    expect(older).not.toBe(serializeProject(project));
    writeFileSync(target, older);
    const first = writeProjectFile(target, project);
    const kept = join(
      dir,
      BACKUP_FOLDER,
      `kota-semarang.format-v${project.formatVersion - 1}.rencana`,
    );
    expect(first.original).toBe(kept);
    expect(readFileSync(kept, 'utf8')).toBe(older);
    for (let i = 0; i < BACKUPS_KEPT + 2; i++) {
      project.meta.title = `Rencana Induk Smart City Kota Semarang revisi ${i}`;
      expect(writeProjectFile(target, project).original).toBeUndefined();
    }
    expect(readFileSync(kept, 'utf8')).toBe(older);
    expect(listBackups(target)).toHaveLength(BACKUPS_KEPT);
  });
});

describe('locks', () => {
  it('lets one holder in and tells the second who holds it', () => {
    const target = join(dir, 'rencana.rencana');
    const first = acquireLock(target);
    expect(first.ok).toBe(true);
    const second = acquireLock(target, 'rencana CLI');
    expect(second).toMatchObject({ ok: false, holder: { pid: process.pid, host: hostname() } });
    if (first.ok) first.release();
    expect(existsSync(lockPathOf(target))).toBe(false);
    expect(acquireLock(target).ok).toBe(true);
  });

  it('takes over a lock left by a process that died', () => {
    const target = join(dir, 'rencana.rencana');
    writeFileSync(
      lockPathOf(target),
      JSON.stringify({
        pid: 2 ** 22 + 12345,
        host: hostname(),
        since: '2026-11-20T08:00:00Z',
        app: 'Rencana Studio',
      }),
    );
    expect(acquireLock(target).ok).toBe(true);
  });

  it('respects a lock from another computer until the user takes over', () => {
    const target = join(dir, 'rencana.rencana');
    writeFileSync(
      lockPathOf(target),
      JSON.stringify({
        pid: 4242,
        host: 'PC-BAPPEDA-07',
        since: '2026-11-22T01:00:00Z',
        app: 'Rencana Studio',
      }),
    );
    expect(acquireLock(target)).toMatchObject({ ok: false, holder: { host: 'PC-BAPPEDA-07' } });
    expect(forceLock(target).ok).toBe(true);
  });

  it('treats a damaged lock file as stale', () => {
    const target = join(dir, 'rencana.rencana');
    writeFileSync(lockPathOf(target), '{"pid": 12');
    expect(acquireLock(target).ok).toBe(true);
  });
});

describe('recovery copies', () => {
  it('are listed newest first with the time taken, restored, and discarded', () => {
    const folder = join(dir, 'pemulihan');
    const project = sampleProject();
    writeRecovery(folder, project, { untitledId: 'baru-1', now: new Date('2026-11-22T09:00:00Z') });
    project.meta.title = 'Rencana yang sedang disunting';
    const entry = writeRecovery(folder, project, {
      originalPath: '/home/perencana/banyuwangi.rencana',
      now: new Date('2026-11-22T10:30:00Z'),
    });
    const list = listRecoveries(folder);
    expect(list.map((e) => e.takenAt)).toEqual([
      '2026-11-22T10:30:00.000Z',
      '2026-11-22T09:00:00.000Z',
    ]);
    expect(list[0]).toMatchObject({
      originalPath: '/home/perencana/banyuwangi.rencana',
      title: 'Rencana yang sedang disunting',
    });
    expect(serializeProject(readRecovery(list[0]!))).toBe(serializeProject(project));
    discardRecovery(folder, entry.id);
    expect(listRecoveries(folder)).toHaveLength(1);
  });

  it('skips a damaged copy instead of failing the start', () => {
    const folder = join(dir, 'pemulihan');
    mkdirSync(folder);
    writeFileSync(join(folder, 'rusak.recovery.json'), '{"format":');
    expect(listRecoveries(folder)).toEqual([]);
    rmSync(folder, { recursive: true });
  });
});
