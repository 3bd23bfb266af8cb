/**
 * What each window (desktop) or tab (browser) has open, inside one serving process: the
 * project file with its lock and what the file looked like on disk when last read or
 * written, and the id of its recovery copy. Locks carry the window id, so two windows of
 * the same process are told apart; a window this registry does not know is gone.
 */
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { hostname } from 'node:os';
import type { LockHolder } from '../../core/io/lock.ts';
import type { LockInfo } from '../../shared/api.ts';

/** What a project file was on disk when this window last read or wrote it. */
export interface FileStamp {
  mtimeMs: number;
  size: number;
  hash: string;
}

/** The project file a window has open. */
export interface OpenFile {
  absolute: string;
  readOnly: boolean;
  /** Releases the lock; absent when read-only (no lock taken). */
  release?: () => void;
  /** Undefined when the file did not exist yet. */
  stamp?: FileStamp;
}

export interface WindowSession {
  file?: OpenFile;
  /** The recovery copy this window writes (and adopted, when it restored one). */
  recoveryId?: string;
}

/** The stamp of a file on disk, or undefined when there is none. */
export function stampOf(absolute: string): FileStamp | undefined {
  try {
    const stat = statSync(absolute);
    const hash = createHash('sha256').update(readFileSync(absolute)).digest('hex');
    return { mtimeMs: stat.mtimeMs, size: stat.size, hash };
  } catch {
    return undefined;
  }
}

/** Whether the file on disk is no longer what `stamp` recorded (a missing file has nothing to lose). */
export function changedOnDisk(absolute: string, stamp: FileStamp | undefined): boolean {
  let stat;
  try {
    stat = statSync(absolute);
  } catch {
    return false;
  }
  if (!stamp) return true;
  if (stat.mtimeMs === stamp.mtimeMs && stat.size === stamp.size) return false;
  // Touched but maybe not changed (a copy, a sync tool): the content decides.
  return stampOf(absolute)?.hash !== stamp.hash;
}

/** A lock holder as the renderer's dialog shows it. */
export function lockInfoOf(holder: LockHolder): LockInfo {
  const where =
    holder.host !== hostname() ? 'computer' : holder.pid === process.pid ? 'window' : 'process';
  return { where, since: holder.since, app: holder.app, host: holder.host };
}

/** A window not heard from for this long is gone (its tab crashed); pages call in every minute. */
export const WINDOW_GONE_AFTER_MS = 5 * 60_000;

/** The sessions of one serving process. */
export class WindowSessions {
  private readonly sessions = new Map<string, WindowSession>();
  private readonly seen = new Map<string, number>();

  constructor(
    private readonly goneAfterMs = WINDOW_GONE_AFTER_MS,
    private readonly now: () => number = Date.now,
  ) {}

  /** The session of `window`, created on first use; every call from a window shows it is alive. */
  get(window: string): WindowSession {
    let session = this.sessions.get(window);
    if (!session) {
      session = {};
      this.sessions.set(window, session);
    }
    this.seen.set(window, this.now());
    return session;
  }

  /**
   * Whether a window is still there: known, and heard from lately. Locks of windows that are
   * not are stale, and their recovery copies are offered to others.
   */
  isLive = (window: string): boolean =>
    this.sessions.has(window) && this.now() - (this.seen.get(window) ?? 0) < this.goneAfterMs;

  /** Releases the file `window` has open, if any. */
  closeFile(window: string): void {
    const session = this.sessions.get(window);
    session?.file?.release?.();
    if (session) session.file = undefined;
  }

  /** The window is gone: its lock is released and it no longer counts as live. */
  end(window: string): void {
    this.closeFile(window);
    this.sessions.delete(window);
    this.seen.delete(window);
  }

  /** Every window is gone (the process is quitting). */
  endAll(): void {
    for (const window of [...this.sessions.keys()]) this.end(window);
  }

  /** Recovery ids that live windows write to, so the start screen does not offer them. */
  recoveryIdsInUse(): Set<string> {
    const ids = new Set<string>();
    for (const [window, session] of this.sessions)
      if (session.recoveryId !== undefined && this.isLive(window)) ids.add(session.recoveryId);
    return ids;
  }
}
