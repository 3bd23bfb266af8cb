/** `rencana info`: region, period, completeness per dimension, programme counts. */
import { formatRupiah } from '../../core/format/number.ts';
import { programmeRows, quickWinRows, yearlyTotal } from '../../core/plan/programmes.ts';
import { periodLabel, regionsPhrase } from '../../core/region/names.ts';
import { planCompleteness, validatePlan } from '../../core/validate/index.ts';
import { parseCommandArgs, requireFile } from '../args.ts';
import type { Command } from '../io.ts';
import { loadPlan } from '../loadPlan.ts';
import { text } from '../text.ts';

const percent = (share: number) => `${Math.round(share * 100)}%`;

/** Prints a summary of FILE. */
export const infoCommand: Command = async (args, io) => {
  const { values, positionals } = parseCommandArgs('info', args, { json: { type: 'boolean' } }, io);
  const file = requireFile('info', positionals, io);
  const ctx = loadPlan(file, io.cwd);
  const { meta } = ctx.project;
  const completeness = planCompleteness(ctx);
  const programmes = programmeRows(ctx);
  const quickWins = quickWinRows(ctx);
  const budget = programmes.reduce((sum, p) => sum + yearlyTotal(p.row, 'costs'), 0);
  const findings = validatePlan(ctx, { lang: io.lang });
  const errors = findings.filter((f) => f.severity === 'error').length;
  const dimensions = ctx.template.framework.dimensions.map((d) => ({
    id: d.id,
    name: d.name,
    completeness: completeness.byDimension[d.id] ?? 0,
    programmes: programmes.filter((p) => p.row.cells.dimension === d.id).length,
    quickWins: quickWins.filter((q) => q.row.cells.dimension === d.id).length,
  }));
  if (values.json) {
    io.out(
      JSON.stringify(
        {
          file,
          title: meta.title,
          template: ctx.project.template,
          level: meta.level,
          regions: meta.regions,
          period: meta.period,
          example: meta.example === true,
          completeness: completeness.overall,
          dimensions,
          programmes: programmes.length,
          quickWins: quickWins.length,
          budget,
          errors,
          warnings: findings.length - errors,
        },
        null,
        2,
      ),
    );
    return 0;
  }
  const l = (key: Parameters<typeof text>[1]) => text(io.lang, key).padEnd(16);
  io.out(`${meta.title}${meta.example ? ` ${text(io.lang, 'info.example')}` : ''}`);
  io.out(
    `${l('info.region')}${regionsPhrase(meta.regions)} (${meta.regions.map((r) => r.code).join(', ')})`,
  );
  io.out(`${l('info.level')}${meta.level}`);
  io.out(`${l('info.period')}${periodLabel(meta.period)}`);
  io.out(
    `${l('info.template')}${ctx.template.pack.name} (${ctx.project.template.id} ${ctx.project.template.version})`,
  );
  io.out(`${l('info.completeness')}${percent(completeness.overall)}`);
  for (const d of dimensions)
    io.out(
      `  ${d.name.padEnd(20)} ${percent(d.completeness).padStart(4)}   ${text(io.lang, 'info.programmes')}: ${d.programmes}   ${text(io.lang, 'info.quickwins')}: ${d.quickWins}`,
    );
  io.out(`${l('info.programmes')}${programmes.length}`);
  io.out(`${l('info.quickwins')}${quickWins.length}`);
  io.out(`${l('info.budget')}${formatRupiah(budget)}`);
  io.out(
    `${l('info.findings')}${text(io.lang, 'validate.summary', { errors, warnings: findings.length - errors })}`,
  );
  return 0;
};
