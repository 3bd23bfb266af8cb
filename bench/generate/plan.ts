/**
 * Generates a whole plan from a spec and a seed: a new project laid out by its template,
 * then every section filled — programme tables first (the text cites their codes), then
 * the text, the other tables, the fields, the quick wins and the financing recap.
 */
import { builtinTemplates } from '../../src/core/io/templates.ts';
import type { Project, TableRow } from '../../src/core/model/project.ts';
import { planContext } from '../../src/core/plan/context.ts';
import { createProject } from '../../src/core/project/create.ts';
import type { OutlineSection } from '../../src/core/template/outline.ts';
import type { LoadedTemplate } from '../../src/core/template/types.ts';
import { elementTopic } from './elements.ts';
import { fillSection } from './fillSection.ts';
import { makeFigures } from './figures.ts';
import { generatedOpdList } from './opd.ts';
import { placesOf, type Places } from './places.ts';
import { programmeRows } from './programmes.ts';
import { Random } from './random.ts';
import { sectionProfile } from './sectionProfiles.ts';
import type { ProseScope } from './sentences.ts';
import { PERSON_NAMES } from './vocabulary.ts';

export interface PlanSpec {
  name: string;
  template: string;
  /** Kemendagri code of the region. */
  region: string;
  seed: number;
  /** Words of running text over all rich-text sections. */
  proseWords: number;
  /** Programme rows over all element tables. */
  programmes: number;
  quickWins: number;
  /** Rows per regency/city in the province's matrix of regency programmes (0: left empty). */
  regencyProgrammes: number;
  figures: number;
  period: { start: number; end: number };
  date: string;
}

export interface GeneratedPlan {
  project: Project;
  /** Words written into rich-text sections. */
  proseWords: number;
}

/** Section ids that carry a figure first, in this order; element conditions take the rest. */
const FIGURE_SECTIONS = [
  'kondisi-tik',
  'integrasi',
  'command-center',
  'peran-provinsi',
  'pola-pembiayaan',
  'gambaran',
  'kependudukan',
  'perekonomian',
  'tahapan',
  'isu-strategis',
  'pusat-data',
  'jaringan',
];

function scopeFor(
  section: OutlineSection,
  base: ProseScope,
  codes: Map<string, string[]>,
): ProseScope {
  const element = section.element;
  return {
    ...base,
    dimension: section.dimension?.name ?? 'Smart Governance',
    element: element?.name ?? section.title,
    topic: elementTopic(element?.id ?? section.dimension?.elements[0]?.id ?? 'pelayanan-publik'),
    codes: codes.get(element?.id ?? '') ?? [...codes.values()].flat().slice(0, 20),
  };
}

function figurePlaces(sections: OutlineSection[], count: number): Map<string, number[]> {
  const rich = sections.filter((s) => s.def.kind === 'richtext');
  const ordered = [
    ...FIGURE_SECTIONS.flatMap((id) => rich.filter((s) => s.def.id === id)),
    ...rich.filter((s) => s.def.id === 'kondisi'),
    ...rich,
  ];
  const unique = [...new Set(ordered)];
  const places = new Map<string, number[]>();
  for (let i = 0; i < count; i++) {
    const key = unique[i % unique.length]!.key;
    places.set(key, [...(places.get(key) ?? []), i]);
  }
  return places;
}

function baseScope(project: Project, places: Places): ProseScope {
  return {
    region: project.meta.regions[0]!.name,
    unit: places.unit,
    places: places.names,
    leader: places.leader,
    opd: project.meta.opd,
    period: project.meta.period,
    dimension: 'Smart Governance',
    element: 'Pelayanan Publik',
    topic: elementTopic('pelayanan-publik'),
    codes: [],
  };
}

function domainOf(region: string): string {
  return `${region
    .replace(/^(Provinsi|Kabupaten|Kota) /, '')
    .toLowerCase()
    .replace(/[^a-z]/g, '')}.go.id`;
}

function fillProgrammes(
  sections: OutlineSection[],
  spec: PlanSpec,
  scope: ProseScope,
  random: Random,
  project: Project,
): TableRow[] {
  const tables = sections.filter(
    (s) => s.def.kind === 'table' && s.def.table === 'programme' && s.element && s.dimension,
  );
  const counters = new Map<string, number>();
  const all: TableRow[] = [];
  tables.forEach((section, i) => {
    const count =
      Math.floor(spec.programmes / tables.length) + (i < spec.programmes % tables.length ? 1 : 0);
    const rows = programmeRows(
      {
        dimensionId: section.dimension!.id,
        elementId: section.element!.id,
        count,
        counters,
        scope: scopeFor(section, scope, new Map()),
      },
      random.fork(section.key),
    );
    project.sections[section.key] = { kind: 'table', rows };
    all.push(...rows);
  });
  return all;
}

function programmeCodes(rows: TableRow[]): Map<string, string[]> {
  const codes = new Map<string, string[]>();
  for (const row of rows) {
    const element = String(row.cells.element);
    codes.set(element, [...(codes.get(element) ?? []), String(row.cells.code)]);
  }
  return codes;
}

/** The plan of a spec; the same spec always gives the same plan. */
export function generatePlan(spec: PlanSpec): GeneratedPlan {
  const template: LoadedTemplate | undefined = builtinTemplates().get(spec.template);
  if (!template) throw new Error(`Paket templat tidak ada: ${spec.template}`);
  const random = new Random(spec.seed);
  const project = createProject({
    template,
    regionCodes: [spec.region],
    period: spec.period,
    date: spec.date,
    team: PERSON_NAMES.slice(0, 6).map((name, i) => ({
      name,
      role: i === 0 ? 'Ketua Tim Penyusun' : 'Anggota Tim Penyusun',
      organization: teamOrganization(i),
    })),
  });
  project.meta.opd = generatedOpdList();
  const ctx = planContext(project, template);
  const places = placesOf(spec.region);
  const scope = baseScope(project, places);
  const sections = ctx.outline.sections;

  const programmes = fillProgrammes(sections, spec, scope, random, project);
  const codes = programmeCodes(programmes);
  const figures = makeFigures(
    spec.figures,
    {
      region: scope.region,
      unitTitle: places.unitTitle,
      places: places.names,
      period: spec.period,
    },
    random.fork('figures'),
  );
  for (const figure of figures) project.assets[figure.assetId] = figure.asset;
  const figureAt = figurePlaces(sections, spec.figures);
  const rich = sections.filter((s) => s.def.kind === 'richtext');
  const totalWeight = rich.reduce((sum, s) => sum + sectionProfile(s.def.id).weight, 0);
  let proseWords = 0;

  for (const section of sections) {
    const sectionRandom = random.fork(section.key);
    const sectionScope = scopeFor(section, scope, codes);
    const existing = project.sections[section.key];
    const content = fillSection(section, {
      spec,
      template,
      places,
      scope: sectionScope,
      existing,
      programmes,
      figures,
      figureAt,
      totalWeight,
      random: sectionRandom,
      domain: domainOf(scope.region),
      regencies: places.regions.length,
    });
    if (!content) continue;
    project.sections[section.key] = content.section;
    proseWords += content.words;
  }
  return { project, proseWords };
}

function teamOrganization(index: number): string {
  return index < 3 ? 'Pemerintah Daerah' : 'PT Cipta Kota Digital';
}
