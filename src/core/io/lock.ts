/**
 * A lock beside an open project so that two windows or two processes do not
 * overwrite each other. The lock records the process and host; a lock whose
 * process is gone (a crash, a killed app) on this host is stale and is taken over.
 */
import { closeSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { basename, dirname, join } from 'node:path';

export interface LockHolder {
  pid: number;
  host: string;
  /** ISO time the lock was taken. */
  since: string;
  /** Who holds it, for the message ("Rencana Studio", "rencana CLI"). */
  app: string;
}

export type LockResult = { ok: true; release(): void } | { ok: false; holder: LockHolder };

/** The lock file of a project: ".~NAME.lock" in the same folder (hidden, like Office's "~$" files). */
export function lockPathOf(target: string): string {
  return join(dirname(target), `.~${basename(target)}.lock`);
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readHolder(path: string): LockHolder | undefined {
  try {
    const data = JSON.parse(readFileSync(path, 'utf8')) as Partial<LockHolder>;
    if (typeof data.pid === 'number' && typeof data.host === 'string')
      return {
        pid: data.pid,
        host: data.host,
        since: String(data.since ?? ''),
        app: String(data.app ?? ''),
      };
  } catch {
    // An unreadable or half-written lock file is treated as stale below.
  }
  return undefined;
}

function isStale(holder: LockHolder | undefined): boolean {
  if (!holder) return true;
  return holder.host === hostname() && (holder.pid === process.pid ? false : !alive(holder.pid));
}

/**
 * Takes the lock of `target`. A live holder (another window or process, or any holder on
 * another host) is returned so the user can choose; a stale one is replaced.
 */
export function acquireLock(target: string, app = 'Rencana Studio'): LockResult {
  const path = lockPathOf(target);
  const me: LockHolder = {
    pid: process.pid,
    host: hostname(),
    since: new Date().toISOString(),
    app,
  };
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(path, 'wx', 0o644);
      writeSync(fd, JSON.stringify(me));
      closeSync(fd);
      return {
        ok: true,
        release: () => {
          const holder = readHolder(path);
          if (
            holder &&
            holder.pid === me.pid &&
            holder.host === me.host &&
            holder.since === me.since
          )
            rmSync(path, { force: true });
        },
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = readHolder(path);
      if (!isStale(holder)) return { ok: false, holder: holder! };
      rmSync(path, { force: true });
    }
  }
  const holder = readHolder(path);
  return holder ? { ok: false, holder } : acquireLock(target, app);
}

/** Takes the lock even though someone holds it (the user chose "open anyway and take over"). */
export function forceLock(target: string, app = 'Rencana Studio'): LockResult {
  rmSync(lockPathOf(target), { force: true });
  return acquireLock(target, app);
}
