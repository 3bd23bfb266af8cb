/** What a command gets: language, output streams, working folder. */
import type { Lang } from '../core/i18n/lang.ts';

export interface CliIo {
  lang: Lang;
  out(line: string): void;
  err(line: string): void;
  cwd: string;
}

/** Thrown for wrong arguments; main prints it with a pointer to --help and exits 2. */
export class UsageError extends Error {
  constructor(
    readonly command: string,
    message: string,
  ) {
    super(message);
  }
}

export type Command = (args: string[], io: CliIo) => Promise<number>;
