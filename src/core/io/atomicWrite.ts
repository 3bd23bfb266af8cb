/**
 * Writes a file so that the target is always either the old or the new complete
 * version: write a temporary file beside it, flush it to disk, rename it over
 * the target, then flush the folder.
 */
import {
  closeSync,
  fsyncSync,
  openSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
  writeSync,
} from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { UserError } from '../i18n/messages.ts';

/** Why a file could not be written, in the user's words (Bahasa Indonesia). */
export function writeFailureReason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  switch (code) {
    case 'ENOENT':
      return 'folder tujuan tidak ada';
    case 'EACCES':
    case 'EPERM':
      return 'tidak ada izin menulis (folder hanya-baca atau berkas sedang dibuka aplikasi lain)';
    case 'ENOSPC':
      return 'ruang disk penuh';
    case 'EROFS':
      return 'sistem berkas hanya-baca';
    case 'EBUSY':
      return 'berkas sedang dipakai aplikasi lain (mis. terbuka di Word)';
    case 'EISDIR':
      return 'tujuan adalah folder';
    case 'ENOTDIR':
      return 'salah satu bagian jalur tujuan adalah berkas, bukan folder';
    default:
      return (error as Error).message;
  }
}

const TEMP_PATTERN = /^\.(.+)\.[0-9a-f]{12}\.tmp$/;
const STALE_TEMP_MS = 60_000;

/** Removes temporary files a killed process left beside `target` (older than a minute). */
function removeStaleTemps(target: string): void {
  try {
    const folder = dirname(target);
    for (const name of readdirSync(folder)) {
      const match = TEMP_PATTERN.exec(name);
      if (match?.[1] !== basename(target)) continue;
      const path = join(folder, name);
      if (Date.now() - statSync(path).mtimeMs > STALE_TEMP_MS) rmSync(path, { force: true });
    }
  } catch {
    // Cleaning up is a courtesy; the write below reports real problems.
  }
}

/** Atomically replaces `target` with `data`; throws a UserError (file.write-failed) and leaves the target untouched on failure. */
export function writeFileAtomic(target: string, data: string | Uint8Array): void {
  removeStaleTemps(target);
  const temp = join(dirname(target), `.${basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
  let fd: number | undefined;
  try {
    fd = openSync(temp, 'wx', 0o644);
    const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
    let offset = 0;
    while (offset < bytes.length) offset += writeSync(fd, bytes, offset, bytes.length - offset);
    fsyncSync(fd);
    closeSync(fd);
    fd = undefined;
    renameSync(temp, target);
  } catch (error) {
    if (fd !== undefined) closeSync(fd);
    try {
      rmSync(temp, { force: true });
    } catch {
      // No temporary file could be made where the path is not a folder; the error below says why.
    }
    throw new UserError('file.write-failed', { file: target, reason: writeFailureReason(error) });
  }
  try {
    const dirFd = openSync(dirname(target), 'r');
    try {
      fsyncSync(dirFd);
    } finally {
      closeSync(dirFd);
    }
  } catch {
    // Some platforms (Windows) cannot open a folder for fsync; the rename itself is already durable enough there.
  }
}
