/** Fills one section of a generated plan by its kind: text, fields, or the rows of its table. */
import type { SectionContent, TableRow } from '../../src/core/model/project.ts';
import type { OutlineSection } from '../../src/core/template/outline.ts';
import type { LoadedTemplate } from '../../src/core/template/types.ts';
import { fieldValues } from './fields.ts';
import type { Figure } from './figures.ts';
import type { Places } from './places.ts';
import type { PlanSpec } from './plan.ts';
import { financingRows, quickWinRows } from './programmes.ts';
import type { Random } from './random.ts';
import { regencyProgrammeRows } from './regencyProgrammes.ts';
import { composeRichText, type FigureRef } from './richText.ts';
import { sectionProfile } from './sectionProfiles.ts';
import type { ProseScope } from './sentences.ts';
import { tableRows } from './tables.ts';
import { PERSON_NAMES } from './vocabulary.ts';

/** What filling one section needs from the plan being generated. */
export interface FillContext {
  spec: PlanSpec;
  template: LoadedTemplate;
  places: Places;
  scope: ProseScope;
  existing: SectionContent | undefined;
  programmes: TableRow[];
  figures: Figure[];
  figureAt: Map<string, number[]>;
  totalWeight: number;
  random: Random;
  domain: string;
  regencies: number;
}

/** The content of one section (undefined: left as created: programme tables, groups, generated). */
export function fillSection(
  section: OutlineSection,
  c: FillContext,
): { section: SectionContent; words: number } | undefined {
  const { def } = section;
  if (def.kind === 'richtext') {
    const figures: FigureRef[] = (c.figureAt.get(section.key) ?? []).map((i) => c.figures[i]!);
    const words = Math.max(
      25,
      Math.round((c.spec.proseWords * sectionProfile(def.id).weight) / c.totalWeight),
    );
    const text = composeRichText(
      { sectionId: def.id, words, scope: c.scope, figures, domain: c.domain },
      c.random,
    );
    return { section: { kind: 'richtext', doc: text.doc }, words: text.words };
  }
  if (def.kind === 'fields') {
    const existing = c.existing?.kind === 'fields' ? c.existing.values : {};
    const values = fieldValues(
      {
        fields: def.fields ?? [],
        existing,
        leader: c.places.leader,
        regionName: c.scope.region,
        signatory: PERSON_NAMES[0]!,
        date: c.spec.date,
        regencies: c.regencies,
      },
      c.random,
    );
    return { section: { kind: 'fields', values }, words: 0 };
  }
  if (def.kind !== 'table' || def.table === 'programme') return undefined;
  const table = c.template.pack.tables[def.table ?? ''];
  if (!table) return undefined;
  if (def.table === 'quickwin')
    return {
      section: {
        kind: 'table',
        rows: quickWinRows(c.programmes, c.spec.quickWins, c.scope, c.random),
      },
      words: 0,
    };
  if (def.table === 'financing')
    return {
      section: { kind: 'table', rows: financingRows(c.programmes, c.spec.period) },
      words: 0,
    };
  if (def.table === 'rollupProgramme') {
    if (c.spec.regencyProgrammes === 0) return undefined;
    const rows = regencyProgrammeRows(
      c.places.regions,
      c.spec.regencyProgrammes,
      c.template.framework,
      c.scope,
      c.random,
    );
    return { section: { kind: 'table', rows }, words: 0 };
  }
  // The other tables the roll-up command computes from the matrix are left to it.
  if (!def.required && def.table?.startsWith('rollup')) return undefined;
  const existing = c.existing?.kind === 'table' ? c.existing.rows : [];
  const rows = tableRows(
    {
      table,
      existing,
      framework: c.template.framework,
      scope: c.scope,
      regions: c.places.regions,
      rows: 4,
    },
    c.random,
  );
  return { section: { kind: 'table', rows }, words: 0 };
}
