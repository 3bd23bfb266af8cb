/** Runs the section checks and the cross-field rules and returns findings with locations. */
import { DEFAULT_LANG, type Lang } from '../i18n/lang.ts';
import type { PlanContext } from '../plan/context.ts';
import { rowsOfTable } from '../plan/programmes.ts';
import type { Finding } from './finding.ts';
import { sortFindings } from './finding.ts';
import { findingAt, findingInMeta } from './location.ts';
import { ruleFacts } from './rules/facts.ts';
import { PLAN_RULES } from './rules/planRules.ts';
import { ROW_RULES } from './rules/rowRules.ts';
import type { PlanHit, RowRule, RuleFacts } from './rules/types.ts';
import { checkSectionContent } from './sectionChecks.ts';
import type { OutlineSection } from '../template/outline.ts';
import { msg } from '../i18n/messages.ts';

export interface ValidateOptions {
  lang?: Lang;
}

function columnDef(ctx: PlanContext, section: OutlineSection, id: string | undefined) {
  if (!id) return undefined;
  return ctx.template.pack.tables[section.def.table ?? '']?.columns.find((c) => c.id === id);
}

function rowRuleFindings(
  ctx: PlanContext,
  rule: RowRule,
  facts: RuleFacts,
  lang: Lang,
  onlySection?: string,
): Finding[] {
  const findings: Finding[] = [];
  for (const placed of rowsOfTable(ctx, rule.table)) {
    if (onlySection !== undefined && placed.section.key !== onlySection) continue;
    for (const hit of rule.check(placed, facts, ctx))
      findings.push(
        findingAt(
          lang,
          rule.severity,
          rule.code,
          {
            section: placed.section,
            rowIndex: placed.index,
            rowId: placed.row.id,
            column: columnDef(ctx, placed.section, hit.column),
            year: hit.year,
          },
          hit.key,
          hit.params,
        ),
      );
  }
  return findings;
}

function planHitFinding(
  ctx: PlanContext,
  code: string,
  severity: Finding['severity'],
  hit: PlanHit,
  lang: Lang,
): Finding {
  if (hit.meta)
    return findingInMeta(lang, severity, code, hit.meta.path, hit.meta.label, hit.key, hit.params);
  if (!hit.section)
    return {
      severity,
      code,
      message: msg(lang, hit.key, hit.params),
      where: msg(lang, 'where.project'),
      path: '',
      target: {},
    };
  return findingAt(
    lang,
    severity,
    code,
    {
      section: hit.section,
      rowIndex: hit.rowIndex,
      rowId: hit.rowId,
      column: columnDef(ctx, hit.section, hit.column),
      year: hit.year,
    },
    hit.key,
    hit.params,
  );
}

function unknownSections(ctx: PlanContext, lang: Lang): Finding[] {
  return Object.keys(ctx.project.sections)
    .filter((key) => !ctx.outline.byKey.has(key))
    .map((key) => ({
      severity: 'warning' as const,
      code: 'section.unknown',
      message: msg(lang, 'finding.section-unknown', { key }),
      where: msg(lang, 'where.project'),
      path: `/sections/${key}`,
      target: {},
    }));
}

/** Every finding of the whole plan, errors first, in document order. */
export function validatePlan(ctx: PlanContext, options: ValidateOptions = {}): Finding[] {
  const lang = options.lang ?? DEFAULT_LANG;
  const facts = ruleFacts(ctx);
  const findings: Finding[] = [];
  for (const section of ctx.outline.sections)
    findings.push(...checkSectionContent(ctx, section, lang));
  findings.push(...unknownSections(ctx, lang));
  for (const rule of ROW_RULES) findings.push(...rowRuleFindings(ctx, rule, facts, lang));
  for (const rule of PLAN_RULES)
    for (const hit of rule.check(ctx, facts))
      findings.push(planHitFinding(ctx, rule.code, rule.severity, hit, lang));
  return sortFindings(findings, new Map(ctx.outline.sections.map((s, i) => [s.key, i])));
}

/**
 * The findings of one section: its content and the row rules on its rows — what the
 * editor re-runs on a keystroke. Plan-wide rules run with validatePlan.
 */
export function validateSection(
  ctx: PlanContext,
  key: string,
  options: ValidateOptions = {},
): Finding[] {
  const lang = options.lang ?? DEFAULT_LANG;
  const section = ctx.outline.byKey.get(key);
  if (!section) return [];
  const facts = ruleFacts(ctx);
  const findings = checkSectionContent(ctx, section, lang);
  for (const rule of ROW_RULES)
    if (section.def.table === rule.table)
      findings.push(...rowRuleFindings(ctx, rule, facts, lang, key));
  return findings;
}

/** Whether any finding is an error. */
export function hasErrors(findings: Finding[]): boolean {
  return findings.some((f) => f.severity === 'error');
}
