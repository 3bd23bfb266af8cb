/** Runs the real `rencana` command as a user would, in a child process. */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const REPO = fileURLToPath(new URL('../..', import.meta.url));
const BIN = fileURLToPath(new URL('../../src/cli/rencana.mjs', import.meta.url));

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** `rencana ARGS…` in `cwd` with LANG unset unless given. */
export function rencana(
  args: string[],
  options: { cwd?: string; env?: Record<string, string> } = {},
): CliRun {
  const env: Record<string, string | undefined> = {
    ...process.env,
    LANG: 'C',
    LC_ALL: undefined,
    RENCANA_LANG: undefined,
    ...options.env,
  };
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd ?? REPO,
    env: env as NodeJS.ProcessEnv,
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}
