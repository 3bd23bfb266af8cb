/** Checks of the wizard's entries before a plan is created. */
import type { UiKey } from '../i18n/types.ts';

export interface TeamRow {
  name: string;
  role: string;
  organization: string;
}

/** The message key of what is wrong with a period, or undefined (the same limits as core's parsePeriod). */
export function periodProblem(
  start: number | undefined,
  end: number | undefined,
): UiKey | undefined {
  if (start === undefined || end === undefined || start < 2000 || end > 2100)
    return 'wizard.periodMissing';
  if (end <= start) return 'wizard.periodOrder';
  if (end - start > 9) return 'wizard.periodLong';
  return undefined;
}
