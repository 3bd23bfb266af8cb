/**
 * Programme rows of one element table, quick wins drawn from the programmes, and the
 * financing recap whose yearly totals equal the programme costs (as the validator demands).
 */
import type { CellValue, TableRow } from '../../src/core/model/project.ts';
import { elementTopic } from './elements.ts';
import type { Random } from './random.ts';
import { sentence, type ProseScope } from './sentences.ts';

/** The framework's funding sources, in the order the financing recap lists them. */
export const FUNDING_SOURCES = [
  'apbd',
  'apbn',
  'dak',
  'kpbu',
  'csr',
  'swasta',
  'hibah',
  'masyarakat',
];
const PREFIX: Record<string, string> = {
  governance: 'GOV',
  branding: 'BRD',
  economy: 'ECO',
  living: 'LIV',
  society: 'SOC',
  environment: 'ENV',
};
const RPJMD_AIMS = [
  'pelayanan publik berbasis digital',
  'birokrasi yang efisien dan akuntabel',
  'ekonomi kerakyatan yang berdaya saing',
  'pariwisata berbasis budaya dan alam',
  'masyarakat yang aman dan inklusif',
  'lingkungan hidup yang lestari',
];
const QUALIFIERS = [
  'Terpadu',
  'Tahap I',
  'Tahap II',
  'Berbasis Desa',
  'Lintas Wilayah',
  'Regional',
  'Terintegrasi',
  'Percontohan',
];

export interface ProgrammeRequest {
  dimensionId: string;
  elementId: string;
  count: number;
  /** Numbers already used per prefix, so codes stay unique across tables. */
  counters: Map<string, number>;
  scope: ProseScope;
}

function years(start: number, end: number): number[] {
  return Array.from({ length: end - start + 1 }, (_, i) => start + i);
}

function programmeRow(request: ProgrammeRequest, random: Random): TableRow {
  const { scope, dimensionId, elementId } = request;
  const topic = elementTopic(elementId);
  const prefix = PREFIX[dimensionId] ?? 'PRG';
  const number = (request.counters.get(prefix) ?? 0) + 1;
  request.counters.set(prefix, number);
  const code = `${prefix}-${String(number).padStart(3, '0')}`;
  const { start, end } = scope.period;
  const startYear = random.int(start, end - 1);
  const endYear = Math.min(end, startYear + random.int(0, 4));
  const active = years(startYear, endYear);
  const ownerIds = topic.owners.filter((id) => scope.opd.some((o) => o.id === id));
  const owner = random.pick(ownerIds.length > 0 ? ownerIds : scope.opd.map((o) => o.id));
  const supporting = random.sample(
    scope.opd.map((o) => o.id).filter((id) => id !== owner),
    random.int(1, 3),
  );
  const funding = random.chance(0.15)
    ? ['apbd']
    : ['apbd', ...random.sample(FUNDING_SOURCES.slice(1), random.int(1, 2))];
  const base = random.int(4, 240);
  const costs: Record<string, number> = {};
  const targets: Record<string, string> = {};
  let level = random.int(10, 40);
  for (const year of active) {
    costs[String(year)] = Math.max(1, base + random.int(-3, 12)) * 25_000_000;
    level = Math.min(100, level + random.int(8, 20));
    targets[String(year)] = `${level}% (${random.int(5, 35)} ${scope.unit})`;
  }
  const place = random.pick(scope.places);
  const qualifier = random.chance(0.35) ? `di ${place}` : random.pick(QUALIFIERS);
  const cells: Record<string, CellValue> = {
    code,
    name: `${random.pick(topic.themes)} ${qualifier}`,
    description: [sentence('strategy', scope, random), sentence('target', scope, random)].join(' '),
    dimension: dimensionId,
    element: elementId,
    ownerOpd: owner,
    supportingOpds: supporting,
    startYear,
    endYear,
    fundingSources: funding,
    costs,
    output: `${random.pick(topic.outputs).replace(/^./, (c) => c.toUpperCase())} di ${random.int(5, 35)} ${scope.unit}; ${sentence('target', scope, random).replace(/^./, (c) => c.toLowerCase())}`,
    outcome: sentence('closing', scope, random),
    indicator: random.pick(topic.indicators),
    baseline: `${random.int(5, 40)}% (data tahun ${start - 1})`,
    targets,
    priority: random.pick(['tinggi', 'sedang', 'rendah']),
    quickWin: false,
    track: random.chance(0.7)
      ? topic.track
      : random.pick(['infrastruktur', 'tata-kelola', 'layanan']),
    budgetCode: random.pick(topic.budgetCodes),
  };
  return { id: `r-${code.toLowerCase()}`, cells };
}

/** The rows of one element's programme table. */
export function programmeRows(request: ProgrammeRequest, random: Random): TableRow[] {
  return Array.from({ length: request.count }, () => programmeRow(request, random));
}

/** Quick wins drawn from programmes, spread evenly over dimensions; marks those programmes. */
export function quickWinRows(
  programmes: TableRow[],
  count: number,
  scope: ProseScope,
  random: Random,
): TableRow[] {
  const byDimension = new Map<string, TableRow[]>();
  for (const row of programmes) {
    const dimension = String(row.cells.dimension);
    byDimension.set(dimension, [...(byDimension.get(dimension) ?? []), row]);
  }
  const pools = [...byDimension.values()].map((rows) => random.shuffle(rows));
  const chosen: TableRow[] = [];
  for (let i = 0; chosen.length < count && i < programmes.length; i++) {
    const pool = pools[i % pools.length]!;
    const next = pool.shift();
    if (next) chosen.push(next);
  }
  return chosen.map((programme, i) => {
    programme.cells.quickWin = true;
    const costs = programme.cells.costs as Record<string, number>;
    const [firstYear, firstCost] = Object.entries(costs)[0] ?? [
      String(scope.period.start),
      500_000_000,
    ];
    const code = `QW-${String(i + 1).padStart(3, '0')}`;
    return {
      id: `r-${code.toLowerCase()}`,
      cells: {
        code,
        name: `Peluncuran ${String(programme.cells.name)}`,
        dimension: programme.cells.dimension!,
        element: programme.cells.element!,
        ownerOpd: programme.cells.ownerOpd!,
        year: Number(firstYear),
        cost: firstCost,
        output: String(programme.cells.output),
        rpjmdLink: `Misi ${random.int(1, 5)} RPJMD: ${random.pick(RPJMD_AIMS)}`,
        programCode: String(programme.cells.code),
      },
    };
  });
}

/** One financing row per funding source; each programme's yearly cost is split over its sources. */
export function financingRows(
  programmes: TableRow[],
  period: { start: number; end: number },
): TableRow[] {
  const zero = () => new Map(years(period.start, period.end).map((y) => [String(y), 0]));
  const totals = new Map<string, Map<string, number>>(FUNDING_SOURCES.map((s) => [s, zero()]));
  for (const row of programmes) {
    const sources = (row.cells.fundingSources as string[]).filter((s) => totals.has(s));
    const costs = row.cells.costs as Record<string, number>;
    for (const [year, amount] of Object.entries(costs)) {
      // The first source carries the rest of the division, so the shares add up exactly.
      const share = Math.floor(amount / sources.length / 1000) * 1000;
      sources.forEach((source, i) => {
        const part = i === 0 ? amount - share * (sources.length - 1) : share;
        const byYear = totals.get(source)!;
        byYear.set(year, (byYear.get(year) ?? 0) + part);
      });
    }
  }
  return FUNDING_SOURCES.map((source) => ({
    id: `r-fin-${source}`,
    cells: { source, amounts: Object.fromEntries([...totals.get(source)!.entries()].sort()) },
  }));
}
