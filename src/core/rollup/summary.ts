/**
 * Summaries of a consolidated matrix, as plain data: programme counts and budgets
 * per region, per dimension and element, per funding source and per year; which
 * regions cover which elements; the elements no region covers (gaps).
 * Budgets are the sums of the programmes' yearly cost estimates (Rupiah).
 */
import type { Framework } from '../template/types.ts';
import { programmeCost } from './extract.ts';
import type { ConsolidatedProgramme, SharedCandidate } from './types.ts';

/** A regency/city by code and display name. */
export interface RegionRef {
  code: string;
  name: string;
}

/** Programmes and budgets of one regency/city. */
export interface RegionSummary extends RegionRef {
  programmes: number;
  budget: number;
  /** Year ("2026") → Rupiah. */
  budgetByYear: Record<string, number>;
  /** Elements with at least one programme of this region. */
  elementsCovered: number;
  dimensionsCovered: number;
}

/** Programmes, budget and regions of one element (or dimension). */
export interface ElementSummary {
  id: string;
  name: string;
  programmes: number;
  budget: number;
  /** Codes of the regions with a programme in this element, sorted. */
  regions: string[];
}

/** A dimension with its elements. */
export interface DimensionSummary extends ElementSummary {
  elements: ElementSummary[];
}

/** Programmes that name one funding source. */
export interface FundingSummary {
  id: string;
  name: string;
  /** Programmes that name this source. */
  programmes: number;
  /**
   * Total cost of the programmes that name this source. A programme with several
   * sources counts under each (plans do not split costs by source), so these do not add up.
   */
  budget: number;
  /** Programmes with this as their only source. */
  soleSource: number;
}

/** Programmes running and budget in one year. */
export interface YearSummary {
  year: number;
  /** Programmes running that year (start ≤ year ≤ end). */
  programmes: number;
  budget: number;
}

/** An element of the framework with its dimension. */
export interface ElementRef {
  id: string;
  name: string;
  dimensionId: string;
  dimensionName: string;
}

/** How many programmes a region has in each element. */
export interface CoverageRow extends RegionRef {
  /** Element id → number of programmes. */
  counts: Record<string, number>;
  /** Ids of the elements this region has no programme in. */
  uncovered: string[];
}

/** Every summary of a consolidated matrix. */
export interface RollupSummary {
  totals: { programmes: number; budget: number; regions: number };
  /** Every year a programme runs or has a cost in, sorted. */
  years: number[];
  byRegion: RegionSummary[];
  byDimension: DimensionSummary[];
  byFunding: FundingSummary[];
  byYear: YearSummary[];
  coverage: { elements: ElementRef[]; rows: CoverageRow[] };
  /** Elements no region has a programme in, in framework order. */
  gaps: ElementRef[];
  candidates: SharedCandidate[];
}

const sum = (programmes: ConsolidatedProgramme[]) =>
  programmes.reduce((total, p) => total + programmeCost(p), 0);

const regionsOf = (programmes: ConsolidatedProgramme[]) =>
  [...new Set(programmes.map((p) => p.regionCode))].sort();

/** The regions of the matrix in code order. */
export function matrixRegions(programmes: ConsolidatedProgramme[]): RegionRef[] {
  const names = new Map(programmes.map((p) => [p.regionCode, p.regionName]));
  return [...names.keys()].sort().map((code) => ({ code, name: names.get(code)! }));
}

/** Every element of the framework with its dimension, in framework order. */
export function frameworkElements(framework: Framework): ElementRef[] {
  return framework.dimensions.flatMap((d) =>
    d.elements.map((e) => ({ id: e.id, name: e.name, dimensionId: d.id, dimensionName: d.name })),
  );
}

/** Years in which any programme runs or has a cost. */
export function matrixYears(programmes: ConsolidatedProgramme[]): number[] {
  const years = new Set<number>();
  for (const p of programmes) {
    for (let y = p.startYear; y <= p.endYear && y - p.startYear < 50; y++) years.add(y);
    for (const year of Object.keys(p.costs)) years.add(Number(year));
  }
  return [...years].sort((a, b) => a - b);
}

function byRegion(programmes: ConsolidatedProgramme[]): RegionSummary[] {
  return matrixRegions(programmes).map((region) => {
    const own = programmes.filter((p) => p.regionCode === region.code);
    const budgetByYear: Record<string, number> = {};
    for (const p of own)
      for (const [year, amount] of Object.entries(p.costs))
        budgetByYear[year] = (budgetByYear[year] ?? 0) + amount;
    return {
      ...region,
      programmes: own.length,
      budget: sum(own),
      budgetByYear,
      elementsCovered: new Set(own.map((p) => p.element)).size,
      dimensionsCovered: new Set(own.map((p) => p.dimension)).size,
    };
  });
}

function elementSummary(id: string, name: string, own: ConsolidatedProgramme[]): ElementSummary {
  return { id, name, programmes: own.length, budget: sum(own), regions: regionsOf(own) };
}

function byDimension(
  programmes: ConsolidatedProgramme[],
  framework: Framework,
): DimensionSummary[] {
  return framework.dimensions.map((d) => {
    const own = programmes.filter((p) => p.dimension === d.id);
    return {
      ...elementSummary(d.id, d.name, own),
      elements: d.elements.map((e) =>
        elementSummary(
          e.id,
          e.name,
          own.filter((p) => p.element === e.id),
        ),
      ),
    };
  });
}

function byFunding(programmes: ConsolidatedProgramme[], framework: Framework): FundingSummary[] {
  return framework.fundingSources.map((source) => {
    const naming = programmes.filter((p) => p.fundingSources.includes(source.id));
    return {
      id: source.id,
      name: source.name,
      programmes: naming.length,
      budget: sum(naming),
      soleSource: naming.filter((p) => p.fundingSources.length === 1).length,
    };
  });
}

function byYear(programmes: ConsolidatedProgramme[], years: number[]): YearSummary[] {
  return years.map((year) => ({
    year,
    programmes: programmes.filter((p) => p.startYear <= year && year <= p.endYear).length,
    budget: programmes.reduce((total, p) => total + (p.costs[String(year)] ?? 0), 0),
  }));
}

function coverage(
  programmes: ConsolidatedProgramme[],
  elements: ElementRef[],
): RollupSummary['coverage'] {
  const rows = matrixRegions(programmes).map((region) => {
    const counts: Record<string, number> = {};
    for (const p of programmes)
      if (p.regionCode === region.code) counts[p.element] = (counts[p.element] ?? 0) + 1;
    return { ...region, counts, uncovered: elements.filter((e) => !counts[e.id]).map((e) => e.id) };
  });
  return { elements, rows };
}

/** Every summary of `programmes` under `framework`; `candidates` are passed through. */
export function summarizeRollup(
  programmes: ConsolidatedProgramme[],
  framework: Framework,
  candidates: SharedCandidate[] = [],
): RollupSummary {
  const elements = frameworkElements(framework);
  const covered = new Set(programmes.map((p) => p.element));
  const years = matrixYears(programmes);
  return {
    totals: {
      programmes: programmes.length,
      budget: sum(programmes),
      regions: regionsOf(programmes).length,
    },
    years,
    byRegion: byRegion(programmes),
    byDimension: byDimension(programmes, framework),
    byFunding: byFunding(programmes, framework),
    byYear: byYear(programmes, years),
    coverage: coverage(programmes, elements),
    gaps: elements.filter((e) => !covered.has(e.id)),
    candidates,
  };
}
