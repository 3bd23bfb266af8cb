/** Fills sentence templates with words drawn from the plan's scope and the phrase banks. */
import { formatNumber, formatRupiah } from '../../src/core/format/number.ts';
import type { Opd } from '../../src/core/model/project.ts';
import type { ElementTopic } from './elements.ts';
import type { Random } from './random.ts';
import { TEMPLATES, type Theme } from './templates.ts';
import {
  BENEFITS,
  DATASETS,
  INFRASTRUCTURE,
  ISSUES,
  PHASES,
  PLATFORMS,
  REGULATIONS,
  SERVICES,
  STAKEHOLDERS,
} from './vocabulary.ts';

/** What the text of one section is about. */
export interface ProseScope {
  /** "Provinsi Jawa Tengah" */
  region: string;
  /** "kabupaten/kota" in a province plan, "kecamatan" in a regency or city plan. */
  unit: string;
  /** Names of the units (regencies, or districts of a city). */
  places: string[];
  /** "Gubernur", "Bupati", "Wali Kota". */
  leader: string;
  opd: Opd[];
  period: { start: number; end: number };
  dimension: string;
  element: string;
  topic: ElementTopic;
  /** Programme codes the text may cite. */
  codes: string[];
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function opdOf(scope: ProseScope, random: Random): Opd {
  const preferred = scope.opd.filter((o) => scope.topic.owners.includes(o.id));
  return random.pick(preferred.length > 0 && random.chance(0.7) ? preferred : scope.opd);
}

function slotValue(name: string, scope: ProseScope, random: Random): string {
  const { start, end } = scope.period;
  switch (name) {
    case 'region':
      return scope.region;
    case 'unit':
      return scope.unit;
    case 'place':
    case 'place2':
      return random.pick(scope.places);
    case 'leader':
      return scope.leader;
    case 'leaderRegulation':
      return `Peraturan ${scope.leader} Nomor ${random.int(5, 60)} Tahun ${start - 1}`;
    case 'opd':
    case 'opd2':
      return opdOf(scope, random).name;
    case 'opdAbbr':
      return opdOf(scope, random).abbr;
    case 'dimension':
      return scope.dimension;
    case 'element':
      return scope.element;
    case 'topic':
    case 'topic2':
      return random.pick(scope.topic.topics);
    case 'theme':
      return random.pick(scope.topic.themes);
    case 'indicator':
      return random.pick(scope.topic.indicators).toLowerCase();
    case 'output':
      return random.pick(scope.topic.outputs);
    case 'problem':
      return random.pick(scope.topic.problems);
    case 'service':
      return random.pick(SERVICES);
    case 'platform':
    case 'platform2':
      return random.pick(PLATFORMS);
    case 'stakeholder':
    case 'stakeholder2':
      return random.pick(STAKEHOLDERS);
    case 'dataset':
    case 'dataset2':
      return random.pick(DATASETS);
    case 'infra':
      return random.pick(INFRASTRUCTURE);
    case 'infraCap':
      return capitalize(random.pick(INFRASTRUCTURE));
    case 'issue':
      return random.pick(ISSUES);
    case 'benefit':
      return random.pick(BENEFITS);
    case 'regulation':
      return random.pick(REGULATIONS);
    case 'phase':
      return random.pick(PHASES);
    case 'code':
      return scope.codes.length > 0 ? random.pick(scope.codes) : 'GOV-01';
    case 'yearStart':
      return String(start);
    case 'yearEnd':
      return String(end);
    case 'yearMid':
      return String(random.int(start + 1, end - 1));
    case 'year':
      return String(random.int(start, end));
    case 'yearBefore':
      return String(start - 1);
    case 'yearBefore2':
      return String(start - 3);
    case 'pct':
    case 'pct2':
      return `${random.int(12, 95)}%`;
    case 'decimal':
      return formatNumber(random.int(210, 380) / 100, 2);
    case 'num':
      return formatNumber(random.int(8, 90) * 1000 + random.int(0, 999));
    case 'num2':
      return formatNumber(random.int(100, 900) * 1000 + random.int(0, 999));
    case 'count':
      return String(random.int(12, 180));
    case 'rupiah':
      return formatRupiah(random.int(40, 900) * 100_000_000);
    default:
      throw new Error(`Slot kalimat tidak dikenal: {${name}}`);
  }
}

/**
 * One sentence of the theme, its slots filled. Templates in `recent` are avoided (a few
 * tries), so a paragraph does not say the same thing twice; the one used is added to it.
 */
export function sentence(
  theme: Theme,
  scope: ProseScope,
  random: Random,
  recent?: Set<string>,
): string {
  let template = random.pick(TEMPLATES[theme]);
  for (let tries = 0; recent?.has(template) && tries < 4; tries++)
    template = random.pick(TEMPLATES[theme]);
  if (recent) {
    recent.add(template);
    // Remember only the last few, so small themes do not run dry.
    if (recent.size > 6) recent.delete(recent.values().next().value!);
  }
  const text = template.replace(/\{(\w+)\}/g, (_, name: string) => slotValue(name, scope, random));
  return capitalize(text);
}

/** Number of words in a text. */
export function wordCount(text: string): number {
  let count = 0;
  for (const part of text.split(/\s+/)) if (part !== '') count++;
  return count;
}
