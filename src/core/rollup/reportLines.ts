/** What a roll-up did, as lines in the user's language (the CLI prints them; the editor can show them). */
import { formatRupiah } from '../format/number.ts';
import type { Lang } from '../i18n/lang.ts';
import { msg } from '../i18n/messages.ts';
import type { RollupChanges } from './changes.ts';
import type { SkippedSource } from './sources.ts';
import type { RollupSummary } from './summary.ts';

/** One line of the roll-up report. */
export interface ReportLine {
  /** `warning` lines are problems the user should act on (skipped files). */
  severity: 'info' | 'warning';
  text: string;
}

/** One line per file (imported or skipped, in the order named), then kept regions, tables and the summary. */
export function rollupReportLines(
  changes: RollupChanges,
  skipped: SkippedSource[],
  summary: RollupSummary,
  lang: Lang,
): ReportLine[] {
  const perFile = [
    ...changes.imported.map((i) => ({
      index: i.index,
      line: {
        severity: 'info' as const,
        text: msg(lang, 'rollup.imported', {
          file: i.file,
          region: i.regionName,
          code: i.regionCode,
          programmes: i.programmes,
          ...i.counts,
        }),
      },
    })),
    ...skipped.map((s) => ({
      index: s.index,
      line: { severity: 'warning' as const, text: msg(lang, s.key, s.params) },
    })),
  ].sort((a, b) => a.index - b.index);
  const lines: ReportLine[] = perFile.map((f) => f.line);
  const info = (text: string) => lines.push({ severity: 'info', text });
  for (const k of changes.kept)
    info(msg(lang, 'rollup.kept', { region: k.regionName, code: k.regionCode, rows: k.rows }));
  if (changes.status) info(msg(lang, 'rollup.status', changes.status));
  if (changes.opdAdded) info(msg(lang, 'rollup.opd-added', { count: changes.opdAdded }));
  info(
    msg(lang, 'rollup.summary', {
      programmes: summary.totals.programmes,
      regions: summary.totals.regions,
      budget: formatRupiah(summary.totals.budget),
    }),
  );
  info(
    summary.gaps.length
      ? msg(lang, 'rollup.gaps', {
          elements: summary.gaps.map((g) => `${g.name} (${g.dimensionName})`).join('; '),
        })
      : msg(lang, 'rollup.no-gaps'),
  );
  info(
    msg(lang, 'rollup.candidates', {
      groups: summary.candidates.length,
      added: changes.candidates?.added ?? summary.candidates.length,
      confirmed: summary.candidates.filter((c) => c.confirmed).length,
    }),
  );
  return lines;
}
