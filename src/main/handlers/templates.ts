/** Handlers for template packs and the official region list. */
import type { LoadedTemplate } from '../../core/template/types.ts';
import { regionDisplayName } from '../../core/region/names.ts';
import { searchRegions as searchRegionList } from '../../core/region/wilayah.ts';
import type { ApiInput, RegionHit } from '../../shared/api.ts';
import type { HandlerEnv } from './env.ts';

/** listTemplates: every installed pack with its framework. */
export function listTemplates(_input: undefined, env: HandlerEnv): LoadedTemplate[] {
  return env.templates.list();
}

/** searchRegions: regions by name or code, only of the levels the chosen pack serves. */
export function searchRegions(input: ApiInput<'searchRegions'>, env: HandlerEnv): RegionHit[] {
  const levels =
    input.templateId === undefined ? undefined : env.templates.get(input.templateId)?.pack.levels;
  return searchRegionList(input.query, 1000)
    .filter((record) => levels === undefined || levels.includes(record.level))
    .slice(0, input.limit ?? 20)
    .map((record) => ({ code: record.code, name: regionDisplayName(record), level: record.level }));
}
