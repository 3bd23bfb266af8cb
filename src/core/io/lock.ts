/**
 * A lock beside an open project so that two windows or two processes do not
 * overwrite each other. The lock records the process and host, and the window
 * (session) inside the process: the browser host serves several tabs and the
 * desktop app several windows from one process. A lock whose process is gone (a
 * crash, a killed app) on this host is stale and is taken over; so is one from
 * this very process whose window the caller says no longer exists.
 */
import { closeSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { UserError } from '../i18n/messages.ts';
import { writeFailureReason } from './atomicWrite.ts';

export interface LockHolder {
  pid: number;
  host: string;
  /** ISO time the lock was taken. */
  since: string;
  /** Who holds it, for the message ("Rencana Studio", "rencana CLI"). */
  app: string;
  /** The window or tab inside the process; absent for a holder that has only one (the CLI). */
  session?: string;
}

export type LockResult = { ok: true; release(): void } | { ok: false; holder: LockHolder };

export interface LockOptions {
  /** Who takes it, for the other side's message. */
  app?: string;
  /** The window or tab taking it. */
  session?: string;
  /**
   * Whether a session of this process still exists. A lock of this process from a
   * session that does not is stale (e.g. a tab that closed without releasing).
   * Without it every session of this process counts as alive.
   */
  isLiveSession?(session: string): boolean;
}

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

/** Who holds the lock of `target`, if anyone (stale or not). */
export function lockHolderOf(target: string): LockHolder | undefined {
  return readHolder(lockPathOf(target));
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
        ...(typeof data.session === 'string' ? { session: data.session } : {}),
      };
  } catch {
    // An unreadable or half-written lock file is treated as stale below.
  }
  return undefined;
}

function isStale(holder: LockHolder | undefined, options: LockOptions): boolean {
  if (!holder) return true;
  if (holder.host !== hostname()) return false;
  if (holder.pid !== process.pid) return !alive(holder.pid);
  if (holder.session === undefined || options.isLiveSession === undefined) return false;
  return holder.session !== options.session && !options.isLiveSession(holder.session);
}

/** Whether `holder` is this very session of this process. */
export function isOwnLock(holder: LockHolder | undefined, session: string | undefined): boolean {
  return (
    holder !== undefined &&
    holder.host === hostname() &&
    holder.pid === process.pid &&
    holder.session === session
  );
}

/**
 * Takes the lock of `target`. A live holder (another window or process, or any holder on
 * another host) is returned so the user can choose; a stale one is replaced. A lock the
 * same session already holds is taken again.
 */
export function acquireLock(target: string, options: LockOptions | string = {}): LockResult {
  const opts = typeof options === 'string' ? { app: options } : options;
  const path = lockPathOf(target);
  const me: LockHolder = {
    pid: process.pid,
    host: hostname(),
    since: new Date().toISOString(),
    app: opts.app ?? 'Rencana Studio',
    ...(opts.session === undefined ? {} : { session: opts.session }),
  };
  for (let attempt = 0; attempt < 3; attempt++) {
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
            holder.since === me.since &&
            holder.session === me.session
          )
            rmSync(path, { force: true });
        },
      };
    } catch (error) {
      // A folder that is gone or read-only: the plan cannot be written there either; say so.
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST')
        throw new UserError('file.write-failed', {
          file: target,
          reason: writeFailureReason(error),
        });
      const holder = readHolder(path);
      const own = opts.session !== undefined && isOwnLock(holder, opts.session);
      if (!own && !isStale(holder, opts)) return { ok: false, holder: holder! };
      rmSync(path, { force: true });
    }
  }
  const holder = readHolder(path);
  if (holder) return { ok: false, holder };
  throw new Error(`lock ${path} could not be taken`);
}

/** Takes the lock even though someone holds it (the user chose "open anyway and take over"). */
export function forceLock(target: string, options: LockOptions | string = {}): LockResult {
  rmSync(lockPathOf(target), { force: true });
  return acquireLock(target, options);
}
