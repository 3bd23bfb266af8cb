/**
 * Runs a command under GNU time and measures it: wall time (our own clock), CPU time
 * (user + system) and peak resident memory of the largest process it waited for. Without
 * GNU time (Debian package `time`) only the wall time is known.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface ProcessSample {
  wallMs: number;
  /** Undefined without GNU time. */
  cpuMs?: number;
  /** Undefined without GNU time. */
  maxRssMb?: number;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  /** The run is killed after this long and counts as failed. */
  timeoutMs: number;
}

const GNU_TIME = '/usr/bin/time';

/** Runs `command args`, rejects when it fails or times out; stdout and stderr are kept. */
export function runMeasured(
  command: string,
  args: string[],
  options: RunOptions,
): Promise<ProcessSample> {
  const dir = mkdtempSync(join(tmpdir(), 'rencana-bench-'));
  const timeFile = join(dir, 'time.txt');
  const timed = existsSync(GNU_TIME);
  const started = performance.now();
  const [program, programArgs] = timed
    ? [GNU_TIME, ['-f', '%U %S %M', '-o', timeFile, command, ...args]]
    : [command, args];
  const child = spawn(program, programArgs, {
    cwd: options.cwd,
    env: options.env ?? process.env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs);
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      const wallMs = performance.now() - started;
      try {
        if (code !== 0)
          throw new Error(`${command} gagal (kode ${code ?? signal}): ${stderr.slice(-2000)}`);
        if (!timed) return resolve({ wallMs, stdout, stderr });
        const [user = 0, system = 0, rssKb = 0] = readFileSync(timeFile, 'utf8')
          .trim()
          .split('\n')
          .pop()!
          .split(' ')
          .map(Number);
        resolve({ wallMs, cpuMs: (user + system) * 1000, maxRssMb: rssKb / 1024, stdout, stderr });
      } catch (error) {
        reject(error instanceof Error ? error : new Error(String(error)));
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
  });
}
