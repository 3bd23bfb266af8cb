/** The `rencana` command line: dispatches to a command and turns errors into exit codes. */
import { detectLang } from '../core/i18n/lang.ts';
import { UserError } from '../core/i18n/messages.ts';
import { UsageError, type CliIo, type Command } from './io.ts';
import { text, type TextKey } from './text.ts';

// Loaded on demand: the exporters pull in docx and pdfmake, which `validate` does not need.
const COMMANDS: Record<string, () => Promise<Command>> = {
  templates: async () => (await import('./commands/templates.ts')).templatesCommand,
  new: async () => (await import('./commands/new.ts')).newCommand,
  validate: async () => (await import('./commands/validate.ts')).validateCommand,
  info: async () => (await import('./commands/info.ts')).infoCommand,
  export: async () => (await import('./commands/export.ts')).exportCommand,
  rollup: async () => (await import('./commands/rollup.ts')).rollupCommand,
};

function langFlag(argv: string[]): string | undefined {
  const index = argv.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
  if (index < 0) return undefined;
  const arg = argv[index]!;
  return arg.includes('=') ? arg.split('=')[1] : argv[index + 1];
}

/** Runs the CLI; returns the exit code (0 ok, 1 plan has errors, 2 unreadable input or usage). */
export async function main(
  argv: string[],
  env: Record<string, string | undefined>,
  cwd = process.cwd(),
): Promise<number> {
  const io: CliIo = {
    lang: detectLang(langFlag(argv), env),
    out: (line) => process.stdout.write(`${line}\n`),
    err: (line) => process.stderr.write(`${line}\n`),
    cwd,
  };
  const [first, ...rest] = argv.filter(
    (a, i) => !(a === '--lang' || a.startsWith('--lang=') || argv[i - 1] === '--lang'),
  );
  if (first === undefined || first === '--help' || first === '-h') {
    io.out(text(io.lang, 'usage'));
    return first === undefined ? 2 : 0;
  }
  const name = first === 'help' ? rest[0] : first;
  const loadCommand = name === undefined ? undefined : COMMANDS[name];
  if (first === 'help' || rest.includes('--help') || rest.includes('-h')) {
    if (!name) {
      io.out(text(io.lang, 'usage'));
      return 0;
    }
    if (!loadCommand) {
      io.err(text(io.lang, 'error.unknown-command', { command: name }));
      return 2;
    }
    io.out(text(io.lang, `help.${name}` as TextKey));
    return 0;
  }
  if (!loadCommand) {
    io.err(text(io.lang, 'error.unknown-command', { command: first }));
    return 2;
  }
  try {
    const command = await loadCommand();
    return await command(rest, io);
  } catch (error) {
    if (error instanceof UserError) {
      io.err(error.localized(io.lang));
      return 2;
    }
    if (error instanceof UsageError) {
      io.err(text(io.lang, 'error.usage', { problem: error.message, command: error.command }));
      return 2;
    }
    io.err(text(io.lang, 'error.internal', { message: (error as Error).message }));
    return 70;
  }
}
