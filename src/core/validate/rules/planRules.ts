/**
 * Rules over the whole plan: unique programme codes, every dimension covered by
 * programmes and quick wins, quick wins linked to real programmes, financing
 * totals equal to programme costs, readiness parts complete, images present,
 * and the project's details.
 */
import { formatRupiah } from '../../format/number.ts';
import type { RichText } from '../../model/richtext.ts';
import {
  cellList,
  cellString,
  cellYearly,
  programmeRows,
  quickWinRows,
  rowsOfTable,
} from '../../plan/programmes.ts';
import { findRegion } from '../../region/wilayah.ts';
import type { PlanHit, PlanRule } from './types.ts';

const uniqueCodes: PlanRule = {
  code: 'programme.code-duplicate',
  severity: 'error',
  check(ctx) {
    const hits: PlanHit[] = [];
    for (const table of ['programme', 'quickwin']) {
      const first = new Map<string, string>();
      for (const placed of rowsOfTable(ctx, table)) {
        const code = cellString(placed.row, 'code');
        if (!code) continue;
        const where = `${placed.section.title}, baris ${placed.index + 1}`;
        const earlier = first.get(code);
        if (earlier === undefined) first.set(code, where);
        else
          hits.push({
            key: 'finding.code-duplicate',
            params: { code, other: earlier },
            section: placed.section,
            rowIndex: placed.index,
            rowId: placed.row.id,
            column: 'code',
          });
      }
    }
    return hits;
  },
};

const dimensionHasProgramme: PlanRule = {
  code: 'plan.dimension-no-programme',
  severity: 'error',
  check(ctx, facts) {
    const covered = new Set(programmeRows(ctx).map((p) => cellString(p.row, 'dimension')));
    return ctx.template.framework.dimensions
      .filter((d) => !covered.has(d.id))
      .map((d): PlanHit => {
        const section = ctx.outline.sections.find(
          (s) => s.dimension?.id === d.id && s.def.kind === 'table' && s.def.table === 'programme',
        );
        return {
          key: 'finding.dimension-no-programme',
          params: { dimension: facts.dimensionName.get(d.id) ?? d.id },
          section,
        };
      });
  },
};

const dimensionHasQuickWin: PlanRule = {
  code: 'plan.dimension-no-quickwin',
  severity: 'error',
  check(ctx, facts) {
    const section = ctx.outline.sections.find(
      (s) => s.def.kind === 'table' && s.def.table === 'quickwin',
    );
    if (!section) return [];
    const covered = new Set(quickWinRows(ctx).map((q) => cellString(q.row, 'dimension')));
    return ctx.template.framework.dimensions
      .filter((d) => !covered.has(d.id))
      .map((d): PlanHit => ({
        key: 'finding.dimension-no-quickwin',
        params: { dimension: facts.dimensionName.get(d.id) ?? d.id },
        section,
      }));
  },
};

const quickWinProgrammeExists: PlanRule = {
  code: 'quickwin.programme-missing',
  severity: 'error',
  check(ctx) {
    const codes = new Set(programmeRows(ctx).map((p) => cellString(p.row, 'code')));
    return quickWinRows(ctx)
      .filter((q) => {
        const code = cellString(q.row, 'programCode');
        return code !== undefined && !codes.has(code);
      })
      .map((q): PlanHit => ({
        key: 'finding.quickwin-programme-missing',
        params: { code: cellString(q.row, 'programCode')! },
        section: q.section,
        rowIndex: q.index,
        rowId: q.row.id,
        column: 'programCode',
      }));
  },
};

/** Per-year totals of the financing table must equal the programme costs of that year. */
const financingTotals: PlanRule = {
  code: 'financing.total-mismatch',
  severity: 'error',
  check(ctx) {
    const financing = rowsOfTable(ctx, 'financing');
    if (financing.length === 0) return [];
    const section = financing[0]!.section;
    const byYear = (rows: typeof financing, column: string) => {
      const totals = new Map<number, number>();
      for (const placed of rows)
        for (const [year, amount] of cellYearly(placed.row, column))
          totals.set(year, (totals.get(year) ?? 0) + amount);
      return totals;
    };
    const planned = byYear(financing, 'amounts');
    const costs = byYear(programmeRows(ctx), 'costs');
    const years = [...new Set([...planned.keys(), ...costs.keys()])].sort((a, b) => a - b);
    return years
      .filter((year) => (planned.get(year) ?? 0) !== (costs.get(year) ?? 0))
      .map((year): PlanHit => ({
        key: 'finding.financing-total',
        params: {
          year,
          financing: formatRupiah(planned.get(year) ?? 0),
          programmes: formatRupiah(costs.get(year) ?? 0),
        },
        section,
        year,
      }));
  },
};

const notApbdOnly: PlanRule = {
  code: 'financing.apbd-only',
  severity: 'warning',
  check(ctx) {
    const rows = programmeRows(ctx);
    const sources = new Set(rows.flatMap((p) => cellList(p.row, 'fundingSources')));
    if (rows.length === 0 || sources.size !== 1 || !sources.has('apbd')) return [];
    const section = ctx.outline.sections.find(
      (s) => s.def.kind === 'table' && s.def.table === 'financing',
    );
    return [{ key: 'finding.apbd-only', section }];
  },
};

const readinessComplete: PlanRule = {
  code: 'readiness.parts',
  severity: 'error',
  check(ctx) {
    const rows = rowsOfTable(ctx, 'readiness');
    const section = ctx.outline.sections.find(
      (s) => s.def.kind === 'table' && s.def.table === 'readiness',
    );
    if (!section) return [];
    const hits: PlanHit[] = [];
    const seen = new Set<string>();
    const names = new Map(
      ctx.template.framework.readiness.flatMap((p) => p.parts).map((part) => [part.id, part.name]),
    );
    for (const placed of rows) {
      const part = cellString(placed.row, 'part');
      if (!part) continue;
      if (seen.has(part))
        hits.push({
          key: 'finding.readiness-part-duplicate',
          params: { part: names.get(part) ?? part },
          section,
          rowIndex: placed.index,
          rowId: placed.row.id,
          column: 'part',
        });
      seen.add(part);
    }
    for (const pillar of ctx.template.framework.readiness)
      for (const part of pillar.parts)
        if (!seen.has(part.id))
          hits.push({
            key: 'finding.readiness-part-missing',
            params: { part: part.name },
            section,
          });
    return hits;
  },
};

function imageIds(doc: RichText): string[] {
  return doc.flatMap((block) => (block.type === 'image' ? [block.assetId] : []));
}

const imagesPresent: PlanRule = {
  code: 'richtext.asset-missing',
  severity: 'error',
  check(ctx) {
    const hits: PlanHit[] = [];
    for (const section of ctx.outline.sections) {
      const content = ctx.project.sections[section.key];
      if (content?.kind !== 'richtext') continue;
      for (const asset of imageIds(content.doc))
        if (!(asset in ctx.project.assets))
          hits.push({ key: 'finding.asset-missing', params: { asset }, section });
    }
    return hits;
  },
};

const projectDetails: PlanRule = {
  code: 'meta.details',
  severity: 'error',
  check(ctx) {
    const { meta } = ctx.project;
    const hits: PlanHit[] = [];
    const { start, end } = meta.period;
    if (end <= start)
      hits.push({
        key: 'finding.period-order',
        params: { start, end },
        meta: { path: 'period/end', label: 'Periode' },
      });
    meta.regions.forEach((region, i) => {
      if (!findRegion(region.code))
        hits.push({
          key: 'finding.region-unknown',
          params: { code: region.code },
          meta: { path: `regions/${i}/code`, label: 'Wilayah' },
        });
    });
    const seen = new Set<string>();
    meta.opd.forEach((opd, i) => {
      if (seen.has(opd.id))
        hits.push({
          key: 'finding.opd-duplicate',
          params: { opd: opd.id },
          meta: { path: `opd/${i}/id`, label: 'Daftar OPD' },
        });
      seen.add(opd.id);
    });
    return hits;
  },
};

const periodLength: PlanRule = {
  code: 'meta.period-length',
  severity: 'warning',
  check(ctx) {
    const { start, end } = ctx.project.meta.period;
    return end > start && end - start + 1 !== 5
      ? [
          {
            key: 'finding.period-length',
            params: { start, end },
            meta: { path: 'period', label: 'Periode' },
          },
        ]
      : [];
  },
};

/** Every rule over the whole plan, in reporting order. */
export const PLAN_RULES: PlanRule[] = [
  projectDetails,
  periodLength,
  uniqueCodes,
  dimensionHasProgramme,
  dimensionHasQuickWin,
  quickWinProgrammeExists,
  financingTotals,
  notApbdOnly,
  readinessComplete,
  imagesPresent,
];
