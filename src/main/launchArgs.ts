/** What the command line asks to open: a .rencana file (file association), the sample, or nothing. */
import { resolve } from 'node:path';
import type { LaunchRequest } from '../shared/api.ts';

/** Reads the arguments after the executable (and, in development, the entry script). */
export function launchRequestFrom(argv: string[], cwd: string): LaunchRequest {
  if (argv.includes('--open-sample')) return { kind: 'sample' };
  const file = argv.find((arg) => !arg.startsWith('-') && arg.toLowerCase().endsWith('.rencana'));
  return file ? { kind: 'file', path: resolve(cwd, file) } : { kind: 'none' };
}
