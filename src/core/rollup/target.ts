/**
 * What a plan can be rolled up into: a province plan (its regencies and cities go
 * into the coordination chapter's matrix) or an agglomeration plan (a kabkota plan
 * covering several regions, whose members' programmes join its own programme tables).
 */
import { UserError } from '../i18n/messages.ts';
import type { Region } from '../model/project.ts';
import type { PlanContext } from '../plan/context.ts';
import { regionsPhrase } from '../region/names.ts';
import { findRegion } from '../region/wilayah.ts';

/** Table ids of the province pack's roll-up sections. */
export const ROLLUP_TABLES = {
  matrix: 'rollupProgramme',
  status: 'kabkotaStatus',
  shared: 'rollupShared',
  programme: 'programme',
} as const;

/** A province plan and the keys of its roll-up sections. */
export interface ProvinceTarget {
  kind: 'province';
  province: Region;
  matrixKey: string;
  statusKey?: string;
  sharedKey?: string;
}

/** A kabkota plan covering several regions. */
export interface AgglomerationTarget {
  kind: 'agglomeration';
  members: Region[];
}

/** Where a roll-up goes. */
export type RollupTarget = ProvinceTarget | AgglomerationTarget;

/** The key of the first section holding table `tableId`, if the plan's template has one. */
export function tableSectionKey(ctx: PlanContext, tableId: string): string | undefined {
  return ctx.outline.sections.find((s) => s.def.kind === 'table' && s.def.table === tableId)?.key;
}

/** How `ctx` receives a roll-up; throws a UserError when it can receive none. */
export function rollupTargetOf(ctx: PlanContext, file: string): RollupTarget {
  const { meta } = ctx.project;
  if (meta.level === 'provinsi' && meta.regions.length === 1) {
    const matrixKey = tableSectionKey(ctx, ROLLUP_TABLES.matrix);
    if (!matrixKey)
      throw new UserError('rollup.target-no-matrix', {
        file,
        pack: ctx.project.template.id,
        version: ctx.project.template.version,
      });
    return {
      kind: 'province',
      province: meta.regions[0]!,
      matrixKey,
      statusKey: tableSectionKey(ctx, ROLLUP_TABLES.status),
      sharedKey: tableSectionKey(ctx, ROLLUP_TABLES.shared),
    };
  }
  const kabkota = meta.regions.every((r) => findRegion(r.code)?.level !== 'provinsi');
  if (meta.level !== 'provinsi' && kabkota && meta.regions.length > 1)
    return { kind: 'agglomeration', members: meta.regions };
  throw new UserError('rollup.target-unsupported', { file });
}

/** "Provinsi Jawa Tengah" or "Kota Semarang, Kabupaten Demak dan …" for messages. */
export function targetName(target: RollupTarget): string {
  return target.kind === 'province' ? target.province.name : regionsPhrase(target.members);
}
