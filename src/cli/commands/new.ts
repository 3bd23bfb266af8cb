/** `rencana new`: a new, empty plan for a region. */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { writeProjectFile } from '../../core/io/projectFile.ts';
import { builtinTemplates } from '../../core/io/templates.ts';
import { UserError } from '../../core/i18n/messages.ts';
import { createProject, parsePeriod } from '../../core/project/create.ts';
import { periodLabel } from '../../core/region/names.ts';
import { parseCommandArgs } from '../args.ts';
import { UsageError, type Command } from '../io.ts';
import { text } from '../text.ts';

/** Creates the file named by --out; refuses to overwrite without --force. */
export const newCommand: Command = async (args, io) => {
  const { values, positionals } = parseCommandArgs(
    'new',
    args,
    {
      template: { type: 'string' },
      region: { type: 'string' },
      period: { type: 'string' },
      out: { type: 'string' },
      force: { type: 'boolean' },
    },
    io,
  );
  if (positionals.length)
    throw new UsageError(
      'new',
      text(io.lang, 'error.bad-option', { value: positionals[0]!, option: 'new' }),
    );
  for (const option of ['template', 'region', 'out'] as const)
    if (!values[option])
      throw new UsageError('new', text(io.lang, 'error.missing-option', { option: `--${option}` }));
  const registry = builtinTemplates();
  const template = registry.get(values.template!);
  if (!template)
    throw new UserError('template.unknown', {
      id: values.template!,
      version: '-',
      available: registry
        .list()
        .map((t) => t.pack.id)
        .join(', '),
    });
  const out = resolve(io.cwd, values.out!);
  if (existsSync(out) && !values.force)
    throw new UsageError('new', text(io.lang, 'error.exists', { file: values.out! }));
  const project = createProject({
    template,
    regionCodes: values
      .region!.split(',')
      .map((c) => c.trim())
      .filter(Boolean),
    period: values.period ? parsePeriod(values.period) : undefined,
  });
  writeProjectFile(out, project);
  io.out(
    text(io.lang, 'new.done', {
      file: values.out!,
      title: project.meta.title,
      template: template.pack.id,
      version: template.pack.version,
      period: periodLabel(project.meta.period),
    }),
  );
  return 0;
};
