/**
 * Rolling backups: before a save replaces a project file, the version on disk is
 * copied into a `.rencana-cadangan` folder next to it; the newest five are kept.
 */
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

export const BACKUP_FOLDER = '.rencana-cadangan';
export const BACKUPS_KEPT = 5;

function stamp(now: Date): string {
  // 2026-11-22T12-30-05-123Z: sortable and valid in Windows file names.
  return now.toISOString().replace(/[:.]/g, '-');
}

/** The backups of `target`, oldest first. */
export function listBackups(target: string): string[] {
  const folder = join(dirname(target), BACKUP_FOLDER);
  const prefix = `${basename(target)}.`;
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .filter((name) => name.startsWith(prefix) && name.endsWith('.bak'))
    .sort()
    .map((name) => join(folder, name));
}

/**
 * Copies the current `target` (if any) into the backup folder and drops all but the
 * newest `keep`. Returns the backup path, or undefined when there was nothing to keep.
 * Throws the file-system error when the copy fails; the caller decides.
 */
export function backupBeforeSave(
  target: string,
  now: Date = new Date(),
  keep = BACKUPS_KEPT,
): string | undefined {
  if (!existsSync(target)) return undefined;
  const folder = join(dirname(target), BACKUP_FOLDER);
  mkdirSync(folder, { recursive: true });
  const backup = join(folder, `${basename(target)}.${stamp(now)}.bak`);
  copyFileSync(target, backup);
  const all = listBackups(target);
  for (const old of all.slice(0, Math.max(0, all.length - keep))) rmSync(old, { force: true });
  return backup;
}

/** The format version a project file on disk was written in, or undefined when it has none. */
function formatVersionOnDisk(target: string): number | undefined {
  // Keys inside strings have their quotes escaped, so this finds the document's own key.
  const match = /"formatVersion"\s*:\s*(\d+)/.exec(readFileSync(target, 'utf8'));
  return match ? Number(match[1]) : undefined;
}

/**
 * Before a file written in an older format version is first overwritten in the current one,
 * keeps it untouched as `.rencana-cadangan/NAME.format-vN.rencana`, never rotated away, so
 * that it can still be opened by the version of the app that wrote it. Returns that path
 * when the copy was made now; throws the file-system error when it cannot be made.
 */
export function keepOriginalOfOlderFormat(target: string, current: number): string | undefined {
  if (!existsSync(target)) return undefined;
  const version = formatVersionOnDisk(target);
  if (version === undefined || version >= current) return undefined;
  const folder = join(dirname(target), BACKUP_FOLDER);
  mkdirSync(folder, { recursive: true });
  const name = basename(target).replace(/\.rencana$/i, '');
  const copy = join(folder, `${name}.format-v${version}.rencana`);
  if (existsSync(copy)) return undefined;
  copyFileSync(target, copy);
  return copy;
}
