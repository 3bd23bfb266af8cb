/** A new, empty plan for a region, laid out by its template. */
import { todayIso } from '../format/date.ts';
import { UserError } from '../i18n/messages.ts';
import {
  FORMAT_ID,
  FORMAT_VERSION,
  type Project,
  type Region,
  type SectionContent,
  type TeamMember,
} from '../model/project.ts';
import { periodLabel, regionDisplayName, regionsPhrase } from '../region/names.ts';
import { findRegion } from '../region/wilayah.ts';
import { buildOutline } from '../template/outline.ts';
import type { LoadedTemplate, SectionDef } from '../template/types.ts';

export interface NewProjectInput {
  template: LoadedTemplate;
  /** Kemendagri codes; several for an agglomeration. */
  regionCodes: string[];
  period?: { start: number; end: number };
  team?: TeamMember[];
  date?: string;
}

export const DEFAULT_PERIOD_YEARS = 5;

/** Parses "2026-2030" (or "2026–2030"); throws a UserError when it is not a sensible period. */
export function parsePeriod(text: string): { start: number; end: number } {
  const match = /^\s*(\d{4})\s*[-–]\s*(\d{4})\s*$/.exec(text);
  const start = Number(match?.[1]);
  const end = Number(match?.[2]);
  if (!match || end <= start || end - start > 9 || start < 2000 || end > 2100)
    throw new UserError('period.invalid', { period: text });
  return { start, end };
}

/** The default period: five years from next year. */
export function defaultPeriod(now: Date = new Date()): { start: number; end: number } {
  const start = now.getFullYear() + 1;
  return { start, end: start + DEFAULT_PERIOD_YEARS - 1 };
}

function emptyContent(
  def: SectionDef,
  template: LoadedTemplate,
  regions: Region[],
): SectionContent | undefined {
  switch (def.kind) {
    case 'richtext':
      return { kind: 'richtext', doc: [{ type: 'paragraph', children: [{ text: '' }] }] };
    case 'table': {
      const table = template.pack.tables[def.table ?? ''];
      if (table?.fixedRows === 'readinessParts') {
        const rows = template.framework.readiness.flatMap((pillar) =>
          pillar.parts.map((part) => ({
            id: `${pillar.id}-${part.id}`,
            cells: { pillar: pillar.id, part: part.id },
          })),
        );
        return { kind: 'table', rows };
      }
      return { kind: 'table', rows: [] };
    }
    case 'fields': {
      const values: Record<string, number> = {};
      const fieldIds = new Set(def.fields?.map((f) => f.id));
      // Population and area come from the official reference list, summed over the regions.
      const records = regions.map((r) => findRegion(r.code));
      const population = records.reduce((sum, r) => sum + (r?.population ?? 0), 0);
      const area = records.reduce((sum, r) => sum + (r?.areaKm2 ?? 0), 0);
      if (fieldIds.has('population') && population > 0) values.population = population;
      if (fieldIds.has('areaKm2') && area > 0) values.areaKm2 = Math.round(area * 1000) / 1000;
      return { kind: 'fields', values };
    }
    case 'group':
    case 'generated':
      return undefined;
  }
}

/** Creates the project; throws a UserError for an unknown region or a level the template does not serve. */
export function createProject(input: NewProjectInput): Project {
  const { template } = input;
  const { pack } = template;
  const regions: Region[] = input.regionCodes.map((code) => {
    const record = findRegion(code);
    if (!record) throw new UserError('region.unknown', { code });
    if (!pack.levels.includes(record.level))
      throw new UserError('region.level-mismatch', {
        name: record.name,
        code,
        actual: record.level,
        pack: pack.id,
        expected: pack.levels.join('/'),
      });
    return { code, name: regionDisplayName(record) };
  });
  if (regions.length === 0) throw new UserError('region.unknown', { code: '-' });
  const period = input.period ?? defaultPeriod();
  const level = findRegion(regions[0]!.code)!.level;
  const sections: Record<string, SectionContent> = {};
  for (const section of buildOutline(template, regionsPhrase(regions)).sections) {
    const content = emptyContent(section.def, template, regions);
    if (content) sections[section.key] = content;
  }
  return {
    format: FORMAT_ID,
    formatVersion: FORMAT_VERSION,
    template: { id: pack.id, version: pack.version },
    meta: {
      title: pack.titlePattern
        .replace('{region}', regionsPhrase(regions))
        .replace('{period}', periodLabel(period)),
      level,
      regions,
      period,
      team: input.team ?? [],
      opd: pack.defaultOpd.map((o) => ({ ...o })),
      date: input.date ?? todayIso(),
    },
    sections,
    assets: {},
  };
}
