/** Document properties (title, subject, author, keywords, language, date) and the running header. */
import { periodLabel, regionsPhrase } from '../region/names.ts';
import type { PlanContext } from '../plan/context.ts';
import { bookLabel, type OutlineBook } from '../template/outline.ts';
import type { DocumentMetadata } from './model.ts';
import { isProvincePlan, planKindName, regionsAfterKind } from './naming.ts';

/** The agency the plan comes from: Diskominfo of the region when listed, else the team, else the government. */
function authorOf(ctx: PlanContext): string {
  const { meta } = ctx.project;
  const region = regionsPhrase(meta.regions);
  const diskominfo = meta.opd.find((o) => o.id === 'diskominfo');
  if (diskominfo) return `${diskominfo.name} ${region}`;
  const team = meta.team.map((m) => m.organization ?? m.name).filter(Boolean);
  return team.length ? [...new Set(team)].join(', ') : `Pemerintah ${region}`;
}

/**
 * The properties of the exported file. `created` is the plan's own date at 00:00 UTC,
 * so the same plan always exports the same file, unless the caller passes `now`.
 */
export function documentMetadata(
  ctx: PlanContext,
  book: OutlineBook | undefined,
  now?: Date,
): DocumentMetadata {
  const { meta } = ctx.project;
  const { pack } = ctx.template;
  const period = periodLabel(meta.period);
  const regions = regionsAfterKind(pack, meta.regions);
  const date = /^\d{4}-\d{2}-\d{2}$/.test(meta.date) ? meta.date : `${meta.period.start}-01-01`;
  return {
    title: book ? `${meta.title} — ${bookLabel(book.number)} ${book.title}` : meta.title,
    subject: `${planKindName(pack)} ${regions.join(', ')} ${period}`,
    author: authorOf(ctx),
    keywords: [
      'Rencana Induk',
      isProvincePlan(pack) ? 'Provinsi Cerdas' : 'Smart City',
      'Masterplan',
      ...meta.regions.map((r) => r.name),
      period,
      ...(book ? [book.title] : []),
    ],
    language: 'id-ID',
    created: now ? now.toISOString() : `${date}T00:00:00.000Z`,
  };
}
