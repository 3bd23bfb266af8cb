/** `rencana validate`: findings grouped by location; exit 0 / 1 / 2. */
import { planCompleteness, validatePlan } from '../../core/validate/index.ts';
import { parseCommandArgs, requireFile } from '../args.ts';
import { formatFindings } from '../findingsOutput.ts';
import type { Command } from '../io.ts';
import { loadPlan } from '../loadPlan.ts';
import { text } from '../text.ts';

/** Validates FILE; 1 when any finding is an error. */
export const validateCommand: Command = async (args, io) => {
  const { values, positionals } = parseCommandArgs(
    'validate',
    args,
    { json: { type: 'boolean' } },
    io,
  );
  const file = requireFile('validate', positionals, io);
  const ctx = loadPlan(file, io.cwd);
  const findings = validatePlan(ctx, { lang: io.lang });
  const errors = findings.filter((f) => f.severity === 'error').length;
  const warnings = findings.length - errors;
  if (values.json) {
    io.out(
      JSON.stringify(
        { file, errors, warnings, completeness: planCompleteness(ctx).overall, findings },
        null,
        2,
      ),
    );
  } else {
    for (const line of formatFindings(findings, io.lang)) io.out(line);
    if (findings.length === 0) io.out(text(io.lang, 'validate.ok'));
    io.out(text(io.lang, 'validate.summary', { errors, warnings }));
  }
  return errors > 0 ? 1 : 0;
};
