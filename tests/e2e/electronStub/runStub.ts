/**
 * Runs a script that loads the built main process against the Electron stand-in (run.mjs, or
 * the security harness) in its own Node process, and returns the one JSON line it prints last.
 */
import { spawnSync } from 'node:child_process';

export function runStub<T>(script: string, args: string[], env: Record<string, string>): T {
  const result = spawnSync(process.execPath, [script, ...args], {
    env: { ...process.env, ...env },
    encoding: 'utf8',
    timeout: 120_000,
  });
  if (result.status !== 0) throw new Error(`main process failed:\n${result.stderr}`);
  return JSON.parse(result.stdout.trim().split('\n').pop()!) as T;
}
