/**
 * Rows of the province's matrix of regency/city programmes (table rollupProgramme), as the
 * roll-up command writes them: ids "kab-3302-GOV-01", the source file and code of each row.
 */
import type { TableRow } from '../../src/core/model/project.ts';
import type { Framework } from '../../src/core/template/types.ts';
import { elementTopic } from './elements.ts';
import { FUNDING_SOURCES } from './programmes.ts';
import type { Random } from './random.ts';
import { sentence, type ProseScope } from './sentences.ts';

const PREFIX = ['GOV', 'BRD', 'ECO', 'LIV', 'SOC', 'ENV'];
const OWNER_ABBR = [
  'Diskominfo',
  'Bappeda',
  'DPMPTSP',
  'Dinkes',
  'Dishub',
  'DLH',
  'Disdik',
  'Dinsos',
  'BPBD',
];

function slug(name: string): string {
  return name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** `perRegion` programmes for every regency or city of the province. */
export function regencyProgrammeRows(
  regions: { code: string; name: string }[],
  perRegion: number,
  framework: Framework,
  scope: ProseScope,
  random: Random,
): TableRow[] {
  const { start, end } = scope.period;
  return regions.flatMap((region) =>
    Array.from({ length: perRegion }, (_, i) => {
      const d = random.int(0, framework.dimensions.length - 1);
      const dimension = framework.dimensions[d]!;
      const element = random.pick(dimension.elements);
      const topic = elementTopic(element.id);
      const sourceCode = `${PREFIX[d] ?? 'PRG'}-${String(i + 1).padStart(2, '0')}`;
      const startYear = random.int(start, end - 1);
      const endYear = Math.min(end, startYear + random.int(0, 3));
      const costs: Record<string, number> = {};
      for (let year = startYear; year <= endYear; year++)
        costs[String(year)] = random.int(4, 120) * 25_000_000;
      const kind = region.name.startsWith('Kota') ? 'kota' : 'kab';
      return {
        id: `${kind}-${region.code.replace('.', '')}-${sourceCode}`,
        cells: {
          region: region.code,
          sourceFile: `${slug(region.name)}-2026-2030.rencana`,
          sourceCode,
          name: `${random.pick(topic.themes)} ${region.name}`,
          dimension: dimension.id,
          element: element.id,
          ownerOpd: random.pick(OWNER_ABBR),
          startYear,
          endYear,
          fundingSources: ['apbd', ...random.sample(FUNDING_SOURCES.slice(1), random.int(0, 2))],
          costs,
          budgetCode: random.pick(topic.budgetCodes),
          output: sentence('target', { ...scope, topic }, random),
          indicator: random.pick(topic.indicators),
        },
      };
    }),
  );
}
