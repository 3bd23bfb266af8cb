/**
 * Rules over programme and quick-win rows: years inside the period, OPDs in the
 * project's list, elements inside their dimension, targets and costs per year.
 */
import { cellNumber, cellString, cellYearly, cellYearlyText } from '../../plan/programmes.ts';
import type { RowRule, RuleHit } from './types.ts';

const yearsInPeriod = (table: string, columns: string[]): RowRule => ({
  code: `${table}.year-outside-period`,
  severity: 'error',
  table,
  check(placed, facts) {
    const { start, end } = facts.period;
    return columns.flatMap((column): RuleHit[] => {
      const year = cellNumber(placed.row, column);
      return year !== undefined && (year < start || year > end)
        ? [{ key: 'finding.year-outside-period', params: { year, start, end }, column }]
        : [];
    });
  },
});

const yearOrder: RowRule = {
  code: 'programme.year-order',
  severity: 'error',
  table: 'programme',
  check(placed) {
    const start = cellNumber(placed.row, 'startYear');
    const end = cellNumber(placed.row, 'endYear');
    return start !== undefined && end !== undefined && end < start
      ? [{ key: 'finding.year-order', params: { start, end }, column: 'endYear' }]
      : [];
  },
};

const opdKnown = (table: string, columns: string[]): RowRule => ({
  code: `${table}.opd-unknown`,
  severity: 'error',
  table,
  check(placed, facts) {
    return columns.flatMap((column) => {
      const value = placed.row.cells[column];
      const ids = Array.isArray(value) ? value : typeof value === 'string' && value ? [value] : [];
      return ids
        .filter((id) => !facts.opdIds.has(id))
        .map((opd): RuleHit => ({ key: 'finding.opd-unknown', params: { opd }, column }));
    });
  },
});

const elementInDimension = (table: string): RowRule => ({
  code: `${table}.element-dimension`,
  severity: 'error',
  table,
  check(placed, facts) {
    const dimension = cellString(placed.row, 'dimension');
    const element = cellString(placed.row, 'element');
    if (!dimension || !element) return [];
    const owner = facts.elementDimension.get(element);
    if (owner === dimension) return [];
    return [
      {
        key: owner === undefined ? 'finding.choice-unknown' : 'finding.element-dimension',
        params: {
          value: element,
          column: 'Elemen',
          element: facts.elementName.get(element) ?? element,
          dimension: facts.dimensionName.get(dimension) ?? dimension,
        },
        column: 'element',
      },
    ];
  },
});

/** A programme in an element's table should be recorded under that element. */
const rowLocation: RowRule = {
  code: 'programme.row-location',
  severity: 'warning',
  table: 'programme',
  check(placed, facts) {
    const { section, row } = placed;
    if (!section.element || !section.dimension) return [];
    const dimension = cellString(row, 'dimension');
    const element = cellString(row, 'element');
    if (
      !element ||
      !dimension ||
      element === section.element.id ||
      facts.elementDimension.get(element) !== dimension
    )
      return [];
    return [
      {
        key: 'finding.row-location',
        params: {
          recorded: `${facts.dimensionName.get(dimension) ?? dimension} › ${facts.elementName.get(element) ?? element}`,
          location: `${section.dimension.name} › ${section.element.name}`,
        },
        column: 'element',
      },
    ];
  },
};

function activeYears(
  start: number | undefined,
  end: number | undefined,
  period: { start: number; end: number },
): number[] {
  if (start === undefined || end === undefined || end < start) return [];
  const years: number[] = [];
  for (let y = Math.max(start, period.start); y <= Math.min(end, period.end); y++) years.push(y);
  return years;
}

/** A target for each year of the period in which the programme runs. */
const targetsPerYear: RowRule = {
  code: 'programme.target-missing',
  severity: 'error',
  table: 'programme',
  check(placed, facts) {
    const start = cellNumber(placed.row, 'startYear');
    const end = cellNumber(placed.row, 'endYear');
    const targets = cellYearlyText(placed.row, 'targets');
    if (Object.keys(targets).length === 0) return []; // "required" already reports the empty cell
    return activeYears(start, end, facts.period)
      .filter((year) => !targets[String(year)]?.trim())
      .map((year): RuleHit => ({
        key: 'finding.target-missing',
        params: { year, start: start!, end: end! },
        column: 'targets',
        year,
      }));
  },
};

const costsInYears: RowRule = {
  code: 'programme.cost-outside-years',
  severity: 'error',
  table: 'programme',
  check(placed) {
    const start = cellNumber(placed.row, 'startYear');
    const end = cellNumber(placed.row, 'endYear');
    if (start === undefined || end === undefined) return [];
    return cellYearly(placed.row, 'costs')
      .filter(([year, amount]) => amount > 0 && (year < start || year > end))
      .map(([year]): RuleHit => ({
        key: 'finding.cost-outside-years',
        params: { year, start, end },
        column: 'costs',
        year,
      }));
  },
};

/** Every rule over rows, in the order findings are reported. */
export const ROW_RULES: RowRule[] = [
  yearsInPeriod('programme', ['startYear', 'endYear']),
  yearOrder,
  opdKnown('programme', ['ownerOpd', 'supportingOpds']),
  elementInDimension('programme'),
  rowLocation,
  targetsPerYear,
  costsInYears,
  yearsInPeriod('quickwin', ['year']),
  opdKnown('quickwin', ['ownerOpd']),
  elementInDimension('quickwin'),
  opdKnown('monitoring', ['ownerOpd']),
];
