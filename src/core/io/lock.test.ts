import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { acquireLock, forceLock, isOwnLock, lockHolderOf, lockPathOf } from './lock.ts';

let dir: string;
let target: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'rencana-lock-'));
  target = join(dir, 'provinsi-jawa-tengah.rencana');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('locks shared by several windows of one process', () => {
  it('tells a second window of the same process who holds the file and since when', () => {
    const live = new Set(['tab-a', 'tab-b']);
    const isLiveSession = (s: string) => live.has(s);
    const first = acquireLock(target, { session: 'tab-a', isLiveSession });
    expect(first.ok).toBe(true);
    const second = acquireLock(target, { session: 'tab-b', isLiveSession });
    expect(second).toMatchObject({
      ok: false,
      holder: { pid: process.pid, host: hostname(), session: 'tab-a', app: 'Rencana Studio' },
    });
    if (!second.ok) expect(Number.isNaN(Date.parse(second.holder.since))).toBe(false);
    // The holder itself may take it again (e.g. reopening the same plan).
    expect(acquireLock(target, { session: 'tab-a', isLiveSession }).ok).toBe(true);
  });

  it('takes over the lock of a window of this process that no longer exists', () => {
    const live = new Set(['tab-a', 'tab-b']);
    const isLiveSession = (s: string) => live.has(s);
    expect(acquireLock(target, { session: 'tab-a', isLiveSession }).ok).toBe(true);
    live.delete('tab-a');
    const taken = acquireLock(target, { session: 'tab-b', isLiveSession });
    expect(taken.ok).toBe(true);
    expect(lockHolderOf(target)?.session).toBe('tab-b');
  });

  it('still treats a lock from a dead process as stale, whatever its session', () => {
    writeFileSync(
      lockPathOf(target),
      JSON.stringify({
        pid: 2 ** 22 + 4321,
        host: hostname(),
        since: '2026-11-22T07:10:00Z',
        app: 'Rencana Studio',
        session: 'jendela-1',
      }),
    );
    expect(acquireLock(target, { session: 'jendela-2', isLiveSession: () => true }).ok).toBe(true);
  });

  it('releases only its own lock, not one taken over by another window', () => {
    const first = acquireLock(target, { session: 'tab-a' });
    if (!first.ok) throw new Error('first lock refused');
    const taken = forceLock(target, { session: 'tab-b' });
    expect(taken.ok).toBe(true);
    first.release();
    expect(existsSync(lockPathOf(target))).toBe(true);
    expect(JSON.parse(readFileSync(lockPathOf(target), 'utf8')).session).toBe('tab-b');
    if (taken.ok) taken.release();
    expect(existsSync(lockPathOf(target))).toBe(false);
  });

  it('knows its own lock', () => {
    acquireLock(target, { session: 'tab-a' });
    expect(isOwnLock(lockHolderOf(target), 'tab-a')).toBe(true);
    expect(isOwnLock(lockHolderOf(target), 'tab-b')).toBe(false);
  });

  it('without a session list, a lock of this process is always live (the CLI)', () => {
    expect(acquireLock(target, { session: 'tab-a' }).ok).toBe(true);
    expect(acquireLock(target, 'rencana CLI').ok).toBe(false);
  });
});
