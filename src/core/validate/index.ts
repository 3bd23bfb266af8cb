/** Validation of a plan: schema checks, cross-field rules, completeness. */
export { validatePlan, validateSection, hasErrors, type ValidateOptions } from './engine.ts';
export { planCompleteness, sectionCompleteness, type Completeness } from './completeness.ts';
export type { Finding, FindingTarget, Severity } from './finding.ts';
