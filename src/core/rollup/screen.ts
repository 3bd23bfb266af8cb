/**
 * Decides which regency/city plans a roll-up takes: one region each, a regency or
 * city of the province (or a member of the agglomeration), no validation errors,
 * and each region once (the first valid file of a region wins).
 */
import type { Lang } from '../i18n/lang.ts';
import { regionsPhrase } from '../region/names.ts';
import { findRegion, provinceOf } from '../region/wilayah.ts';
import { validatePlan } from '../validate/index.ts';
import type { LoadedSource, SkippedSource } from './sources.ts';
import type { RollupTarget } from './target.ts';

function membershipSkip(target: RollupTarget, source: LoadedSource): SkippedSource | undefined {
  const { meta } = source.ctx.project;
  const { index, file } = source;
  if (meta.regions.length !== 1)
    return {
      index,
      file,
      key: 'rollup.skip.multi-region',
      params: { file, regions: regionsPhrase(meta.regions) },
    };
  const region = meta.regions[0]!;
  if (meta.level === 'provinsi' || findRegion(region.code)?.level === 'provinsi')
    return { index, file, key: 'rollup.skip.not-kabkota', params: { file, region: region.name } };
  if (target.kind === 'province' && provinceOf(region.code) !== target.province.code)
    return {
      index,
      file,
      key: 'rollup.skip.other-province',
      params: {
        file,
        region: region.name,
        code: region.code,
        province: target.province.name,
        provinceCode: target.province.code,
      },
    };
  if (target.kind === 'agglomeration' && !target.members.some((m) => m.code === region.code))
    return {
      index,
      file,
      key: 'rollup.skip.not-member',
      params: {
        file,
        region: region.name,
        code: region.code,
        target: regionsPhrase(target.members),
      },
    };
  return undefined;
}

function validitySkip(source: LoadedSource, lang: Lang): SkippedSource | undefined {
  const errors = validatePlan(source.ctx, { lang }).filter((f) => f.severity === 'error');
  if (errors.length === 0) return undefined;
  const first = errors[0]!;
  return {
    index: source.index,
    file: source.file,
    key: 'rollup.skip.invalid',
    params: { file: source.file, errors: errors.length, first: `${first.where}: ${first.message}` },
  };
}

/** Splits read plans into those the roll-up takes and those it skips, with reasons in `lang`. */
export function screenSources(
  target: RollupTarget,
  sources: LoadedSource[],
  lang: Lang,
): { accepted: LoadedSource[]; skipped: SkippedSource[] } {
  const accepted: LoadedSource[] = [];
  const skipped: SkippedSource[] = [];
  const byRegion = new Map<string, LoadedSource>();
  for (const source of [...sources].sort((a, b) => a.index - b.index)) {
    const problem = membershipSkip(target, source) ?? validitySkip(source, lang);
    if (problem) {
      skipped.push(problem);
      continue;
    }
    const region = source.ctx.project.meta.regions[0]!;
    const earlier = byRegion.get(region.code);
    if (earlier) {
      skipped.push({
        index: source.index,
        file: source.file,
        key: 'rollup.skip.duplicate-region',
        params: { file: source.file, region: region.name, code: region.code, other: earlier.file },
      });
      continue;
    }
    byRegion.set(region.code, source);
    accepted.push(source);
  }
  return { accepted, skipped };
}
