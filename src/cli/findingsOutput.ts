/** Prints findings grouped by the section they are in. */
import type { Lang } from '../core/i18n/lang.ts';
import { msg } from '../core/i18n/messages.ts';
import type { Finding } from '../core/validate/index.ts';

/** Lines for a terminal: a header per location group, one line per finding. */
export function formatFindings(findings: Finding[], lang: Lang): string[] {
  const groups = new Map<string, { header: string; lines: string[] }>();
  for (const finding of findings) {
    const comma = finding.where.indexOf(', ');
    const header = comma >= 0 ? finding.where.slice(0, comma) : finding.where;
    const detail = comma >= 0 ? `${finding.where.slice(comma + 2)}: ` : '';
    const group = groups.get(header) ?? { header, lines: [] };
    const severity = msg(
      lang,
      finding.severity === 'error' ? 'severity.error' : 'severity.warning',
    );
    group.lines.push(`  ${severity.padEnd(10)} ${detail}${finding.message} [${finding.code}]`);
    groups.set(header, group);
  }
  return [...groups.values()].flatMap((g) => [g.header, ...g.lines]);
}
