/** The shape of a cross-field rule: declared once, run by the engine. */
import type { MessageKey, MessageParams } from '../../i18n/messages.ts';
import type { PlanContext } from '../../plan/context.ts';
import type { PlacedRow } from '../../plan/programmes.ts';
import type { OutlineSection } from '../../template/outline.ts';
import type { Severity } from '../finding.ts';

/** What a rule reports; the engine adds the location and the language. */
export interface RuleHit {
  key: MessageKey;
  params?: MessageParams;
  column?: string;
  year?: number;
}

/** Facts every rule needs, computed once per validation run. */
export interface RuleFacts {
  opdIds: Set<string>;
  /** element id → dimension id */
  elementDimension: Map<string, string>;
  dimensionName: Map<string, string>;
  elementName: Map<string, string>;
  period: { start: number; end: number };
}

/** A rule over each row of one kind of table. */
export interface RowRule {
  code: string;
  severity: Severity;
  table: string;
  check(row: PlacedRow, facts: RuleFacts, ctx: PlanContext): RuleHit[];
}

export interface PlanHit extends RuleHit {
  section?: OutlineSection;
  rowIndex?: number;
  rowId?: string;
  /** For findings about the project details. */
  meta?: { path: string; label: string };
}

/** A rule over the whole plan (uniqueness, coverage, totals). */
export interface PlanRule {
  code: string;
  severity: Severity;
  check(ctx: PlanContext, facts: RuleFacts): PlanHit[];
}
