/** Argument parsing shared by the commands (node:util parseArgs, strict). */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { text } from './text.ts';
import { UsageError, type CliIo } from './io.ts';

type Options = NonNullable<ParseArgsConfig['options']>;

/** Parses `args` for `command`; unknown options and missing values become UsageErrors. */
export function parseCommandArgs<T extends Options>(
  command: string,
  args: string[],
  options: T,
  io: CliIo,
) {
  try {
    return parseArgs({
      args,
      options: { ...options, lang: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    throw new UsageError(
      command,
      (error as Error).message.replace(/\. To specify.*$/s, '.') || text(io.lang, 'error.usage'),
    );
  }
}

/** The single positional FILE argument, or a UsageError. */
export function requireFile(command: string, positionals: string[], io: CliIo): string {
  const [file, extra] = positionals;
  if (!file) throw new UsageError(command, text(io.lang, 'error.missing-file'));
  if (extra !== undefined)
    throw new UsageError(
      command,
      text(io.lang, 'error.bad-option', { value: extra, option: 'FILE' }),
    );
  return file;
}
