/**
 * Validation as the editor runs it: the section being edited on every change (fast), the
 * whole plan when the user pauses, and one merged list of findings from the two.
 */
import type { Lang } from '../../../core/i18n/lang.ts';
import { sortFindings } from '../../../core/validate/finding.ts';
import {
  planCompleteness,
  sectionCompleteness,
  validatePlan,
  validateSection,
  type Completeness,
  type Finding,
} from '../../../core/validate/index.ts';
import { PLAN_RULES } from '../../../core/validate/rules/planRules.ts';
import { contentSections, type Outline } from '../../../core/template/outline.ts';
import { contextOf, type OpenDocument } from '../store/document.ts';
import type { SectionFindings } from '../store/validationSlice.ts';

export interface PlanValidation {
  findings: Finding[];
  completeness: Completeness;
  sectionMarks: Record<string, number>;
}

/** The completeness mark of every content section, required or not. */
export function sectionMarksOf(doc: OpenDocument): Record<string, number> {
  const ctx = contextOf(doc);
  const marks: Record<string, number> = {};
  for (const section of contentSections(doc.outline))
    marks[section.key] = sectionCompleteness(ctx, section, doc.project.sections[section.key]);
  return marks;
}

/** Every finding, the plan's completeness and a completeness mark for every content section. */
export function validateWholePlan(doc: OpenDocument, lang: Lang): PlanValidation {
  const ctx = contextOf(doc);
  return {
    findings: validatePlan(ctx, { lang }),
    completeness: planCompleteness(ctx),
    sectionMarks: sectionMarksOf(doc),
  };
}

/** The findings of one section: what runs on a keystroke. */
export function validateOneSection(doc: OpenDocument, key: string, lang: Lang): SectionFindings {
  return { key, findings: validateSection(contextOf(doc), key, { lang }) };
}

const PLAN_RULE_CODES = new Set(PLAN_RULES.map((rule) => rule.code));

/**
 * The plan's findings with those of the edited section replaced by its fresher ones. Plan-wide
 * rules are not re-run per keystroke, so their findings in that section are kept until the next
 * whole-plan run.
 */
export function mergeFindings(
  planFindings: Finding[],
  fresh: SectionFindings | null,
  outline: Outline,
): Finding[] {
  if (!fresh) return planFindings;
  const kept = planFindings.filter(
    (f) => f.target.sectionKey !== fresh.key || PLAN_RULE_CODES.has(f.code),
  );
  return sortFindings(
    [...kept, ...fresh.findings],
    new Map(outline.sections.map((s, i) => [s.key, i])),
  );
}
