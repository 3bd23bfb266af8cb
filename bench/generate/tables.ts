/**
 * Rows of the plan's other tables: readiness, SWOT, gap, RPJMD alignment, monitoring,
 * the regencies' plan status, and a type-driven filler for tables this generator does
 * not know (so a new template table still gets valid rows).
 */
import type { CellValue, TableRow } from '../../src/core/model/project.ts';
import type { ColumnDef, Framework, TableDef } from '../../src/core/template/types.ts';
import { elementTopic } from './elements.ts';
import type { Random } from './random.ts';
import { sentence, type ProseScope } from './sentences.ts';

export interface TableRequest {
  table: TableDef;
  existing: TableRow[];
  framework: Framework;
  scope: ProseScope;
  /** Region codes and names for "region" choice columns. */
  regions: { code: string; name: string }[];
  /** How many rows a free table gets. */
  rows: number;
}

function text(
  random: Random,
  scope: ProseScope,
  theme: Parameters<typeof sentence>[0],
  count = 1,
): string {
  return Array.from({ length: count }, () => sentence(theme, scope, random)).join(' ');
}

function readiness(request: TableRequest, random: Random): TableRow[] {
  return request.existing.map((row) => ({
    id: row.id,
    cells: {
      ...row.cells,
      score: random.int(2, 4),
      evidence: text(random, request.scope, 'condition', 3),
    },
  }));
}

function swot(request: TableRequest, random: Random): TableRow[] {
  const factors: [string, Parameters<typeof sentence>[0]][] = [
    ['kekuatan', 'condition'],
    ['kelemahan', 'problem'],
    ['peluang', 'context'],
    ['ancaman', 'problem'],
  ];
  return factors.flatMap(([factor, theme], f) =>
    Array.from({ length: random.int(3, 5) }, (_, i) => ({
      id: `r-swot-${f}-${i}`,
      cells: { factor, description: text(random, request.scope, theme) },
    })),
  );
}

function perDimension(
  request: TableRequest,
  random: Random,
  cells: (dimension: string, scope: ProseScope) => Record<string, CellValue>,
): TableRow[] {
  return request.framework.dimensions.map((d) => {
    const scope = {
      ...request.scope,
      dimension: d.name,
      topic: elementTopic(d.elements[0]?.id ?? ''),
    };
    return {
      id: `r-${request.table.id}-${d.id}`,
      cells: { dimension: d.id, ...cells(d.id, scope) },
    };
  });
}

function monitoring(request: TableRequest, random: Random): TableRow[] {
  const activities = [
    'Pemutakhiran realisasi fisik dan keuangan program',
    'Rapat evaluasi capaian indikator',
    'Pemantauan kinerja layanan digital',
    'Penilaian mandiri SPBE',
    'Evaluasi tahunan rencana induk',
    'Survei kepuasan pengguna layanan',
    'Audit keamanan informasi',
    'Forum data triwulanan',
  ];
  const owners = ['bappeda', 'diskominfo', 'bpkad', 'inspektorat'].filter((id) =>
    request.scope.opd.some((o) => o.id === id),
  );
  return activities.map((activity, i) => ({
    id: `r-monev-${i + 1}`,
    cells: {
      activity,
      frequency: random.pick(['bulanan', 'triwulanan', 'semesteran', 'tahunan']),
      ownerOpd: random.pick(owners),
      output: text(random, request.scope, 'monitoring'),
    },
  }));
}

function kabkotaStatus(request: TableRequest, random: Random): TableRow[] {
  return request.regions.map((region) => {
    const hasPlan = random.chance(0.75);
    const start = random.pick([2019, 2020, 2021, 2022]);
    const cells: Record<string, CellValue> = {
      region: region.code,
      hasPlan,
      notes: text(random, request.scope, 'coordination'),
    };
    if (hasPlan) {
      cells.period = `${start}–${start + 4}`;
      cells.regulation = `${region.name.startsWith('Kota') ? 'Peraturan Wali Kota' : 'Peraturan Bupati'} Nomor ${random.int(5, 70)} Tahun ${start}`;
    }
    return { id: `r-status-${region.code.replace('.', '-')}`, cells };
  });
}

function genericCell(
  column: ColumnDef,
  request: TableRequest,
  random: Random,
): CellValue | undefined {
  const { start, end } = request.scope.period;
  const options = column.options?.map((o) => o.id) ?? [];
  switch (column.type) {
    case 'text':
      return column.pattern ? undefined : random.pick(request.scope.topic.themes);
    case 'longtext':
      return text(random, request.scope, 'strategy');
    case 'integer':
      return random.int(column.min ?? 1, column.max ?? 100);
    case 'decimal':
    case 'percentage':
      return random.int(column.min ?? 0, column.max ?? 100);
    case 'rupiah':
      return random.int(1, 40) * 100_000_000;
    case 'year':
      return random.int(start, end);
    case 'boolean':
      return random.chance(0.5);
    case 'choice':
      if (options.length > 0) return random.pick(options);
      if (column.source === 'region') return random.pick(request.regions).code;
      if (column.source === 'dimension') return random.pick(request.framework.dimensions).id;
      return undefined;
    case 'multichoice':
      return options.length > 0 ? [random.pick(options)] : undefined;
    case 'yearlyRupiah':
      return { [String(start)]: random.int(1, 40) * 100_000_000 };
    case 'yearlyText':
      return { [String(start)]: `${random.int(10, 90)}%` };
  }
}

function generic(request: TableRequest, random: Random): TableRow[] {
  return Array.from({ length: request.rows }, (_, i) => {
    const cells: Record<string, CellValue> = {};
    for (const column of request.table.columns) {
      const value = genericCell(column, request, random);
      if (value !== undefined) cells[column.id] = value;
    }
    return { id: `r-${request.table.id}-${i + 1}`, cells };
  });
}

/** The rows of a non-programme table. */
export function tableRows(request: TableRequest, random: Random): TableRow[] {
  switch (request.table.id) {
    case 'readiness':
      return readiness(request, random);
    case 'swot':
      return swot(request, random);
    case 'gap':
      return perDimension(request, random, (_, scope) => ({
        current: text(random, scope, 'condition', 2),
        expected: text(random, scope, 'target', 2),
        gap: text(random, scope, 'problem', 2),
      }));
    case 'rpjmd':
      return perDimension(request, random, (_, scope) => ({
        rpjmdGoal: `Misi ${random.int(1, 5)}: ${text(random, scope, 'target')}`,
        alignment: text(random, scope, 'strategy', 2),
      }));
    case 'monitoring':
      return monitoring(request, random);
    case 'kabkotaStatus':
      return kabkotaStatus(request, random);
    default:
      return generic(request, random);
  }
}
