import { describe, expect, it } from 'vitest';
import {
  GOVERNANCE_PROGRAMMES,
  sampleProject,
  tableRows,
} from '../../../../tests/fixtures/sample.ts';
import { builtinTemplates } from '../../../core/io/templates.ts';
import { validatePlan } from '../../../core/validate/index.ts';
import { contextOf, openDocument } from '../store/document.ts';
import { mergeFindings, validateOneSection, validateWholePlan } from './run.ts';

function documentWith(change: (project: ReturnType<typeof sampleProject>) => void) {
  const project = sampleProject();
  change(project);
  return openDocument(project, builtinTemplates().forProject(project.template), undefined, 'x');
}

describe('validation as the editor runs it', () => {
  it('the whole-plan run matches core and gives a mark to every content section', () => {
    const doc = documentWith(() => {});
    const result = validateWholePlan(doc, 'id');
    expect(result.findings).toEqual(validatePlan(contextOf(doc)));
    expect(result.sectionMarks['buku-1.pendahuluan.latar-belakang']).toBe(1);
  });

  it('replaces the findings of the edited section with fresher ones and keeps plan-rule findings', () => {
    const stale = documentWith((p) => {
      tableRows(p, GOVERNANCE_PROGRAMMES)[0]!.cells.startYear = 2020;
    });
    const planFindings = validateWholePlan(stale, 'id').findings;
    expect(planFindings.some((f) => f.code === 'programme.year-outside-period')).toBe(true);
    const fixed = documentWith(() => {});
    const fresh = validateOneSection(fixed, GOVERNANCE_PROGRAMMES, 'id');
    const merged = mergeFindings(planFindings, fresh, fixed.outline);
    expect(merged.some((f) => f.code === 'programme.year-outside-period')).toBe(false);

    const planRule = {
      ...planFindings[0]!,
      code: 'financing.apbd-only',
      target: { sectionKey: GOVERNANCE_PROGRAMMES },
    };
    expect(mergeFindings([planRule], fresh, fixed.outline)).toContainEqual(planRule);
  });

  it('a section run finds a year outside the period at once, in the cell', () => {
    const doc = documentWith((p) => {
      tableRows(p, GOVERNANCE_PROGRAMMES)[1]!.cells.startYear = 2024;
    });
    const { findings } = validateOneSection(doc, GOVERNANCE_PROGRAMMES, 'en');
    const finding = findings.find((f) => f.code === 'programme.year-outside-period');
    expect(finding?.target).toMatchObject({
      sectionKey: GOVERNANCE_PROGRAMMES,
      rowIndex: 1,
      column: 'startYear',
    });
    expect(finding?.message).toMatch(/2024/);
  });
});
