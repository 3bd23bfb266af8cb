/** `rencana export`: DOCX or PDF, whole plan or one book; exit 0 / 1 / 2. */
import { resolve, sep } from 'node:path';
import { EXPORT_FORMATS, type ExportFormat } from '../../core/export/index.ts';
import { exportToFile } from '../../core/io/exportFile.ts';
import type { BookSelection } from '../../core/layout/model.ts';
import { validatePlan } from '../../core/validate/index.ts';
import { parseCommandArgs, requireFile } from '../args.ts';
import { formatFindings } from '../findingsOutput.ts';
import { UsageError, type Command } from '../io.ts';
import { loadPlan } from '../loadPlan.ts';
import { text } from '../text.ts';

/** Exports FILE; refuses when the plan has errors unless --force. */
export const exportCommand: Command = async (args, io) => {
  const { values, positionals } = parseCommandArgs(
    'export',
    args,
    {
      format: { type: 'string' },
      book: { type: 'string' },
      out: { type: 'string' },
      force: { type: 'boolean' },
    },
    io,
  );
  const file = requireFile('export', positionals, io);
  if (!values.format)
    throw new UsageError('export', text(io.lang, 'error.missing-option', { option: '--format' }));
  if (!EXPORT_FORMATS.includes(values.format as ExportFormat))
    throw new UsageError(
      'export',
      text(io.lang, 'error.bad-option', { value: values.format, option: '--format' }),
    );
  const ctx = loadPlan(file, io.cwd);
  const bookNumbers = ctx.outline.books.map((b) => String(b.number));
  const bookArg = values.book ?? 'all';
  if (bookArg !== 'all' && !bookNumbers.includes(bookArg))
    throw new UsageError(
      'export',
      text(io.lang, 'error.bad-option', { value: bookArg, option: '--book' }),
    );
  const book: BookSelection = bookArg === 'all' ? 'all' : Number(bookArg);
  const findings = validatePlan(ctx, { lang: io.lang });
  const errors = findings.filter((f) => f.severity === 'error');
  if (errors.length > 0) {
    for (const line of formatFindings(errors, io.lang)) io.err(line);
    if (!values.force) {
      io.err(text(io.lang, 'export.blocked', { errors: errors.length }));
      return 1;
    }
    io.err(text(io.lang, 'export.forced', { errors: errors.length }));
  }
  const written = await exportToFile(ctx, {
    format: values.format as ExportFormat,
    book,
    // resolve() drops a trailing slash, which is how a user says "this folder".
    out:
      values.out === undefined
        ? undefined
        : resolve(io.cwd, values.out) + (/[\\/]$/.test(values.out) ? sep : ''),
    projectPath: resolve(io.cwd, file),
  });
  io.out(
    text(io.lang, 'export.done', { file: written.path, size: Math.ceil(written.bytes / 1024) }),
  );
  return 0;
};
