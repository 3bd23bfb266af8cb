/**
 * fast-check generators of plans: a real template (the shipped sample, or a new plan made by
 * createProject for a regency or a province), with random sections refilled by content a planner
 * — or a hostile sender — could put there: Indonesian prose, RTL, emoji, control characters,
 * very long words, footnotes, links, nested lists, empty and very long tables, and numbers from
 * negative to beyond the largest Rupiah amount. Each plan also records the marker words it
 * placed in running text, which a document that printed it must contain.
 */
import fc from 'fast-check';
import { builtinTemplates } from '../../src/core/io/templates.ts';
import type { CellValue, Project, SectionContent, TableRow } from '../../src/core/model/project.ts';
import type { BlockNode, InlineNode, ListItemElement } from '../../src/core/model/richtext.ts';
import { planContext, type PlanContext } from '../../src/core/plan/context.ts';
import { createProject } from '../../src/core/project/create.ts';
import { contentSections } from '../../src/core/template/outline.ts';
import type { ColumnDef } from '../../src/core/template/types.ts';
import { sampleProject } from '../fixtures/sample.ts';

export interface GeneratedPlan {
  ctx: PlanContext;
  /** Words placed in paragraphs, list items and footnotes: each must be printed. */
  markers: string[];
  /** Section keys that were refilled. */
  refilled: string[];
}

const INDONESIAN = [
  'Pemerintah Kabupaten menyelenggarakan layanan publik terpadu berbasis elektronik.',
  'Jaringan serat optik menghubungkan seluruh kantor kecamatan dan puskesmas.',
  'Ruang kendali kota (command center) memantau banjir, lalu lintas, dan pengaduan warga.',
  'Pelatihan literasi digital untuk pelaku UMKM di desa wisata.',
  'Anggaran bersumber dari APBD, DAK, dan kerja sama pemerintah dengan badan usaha (KPBU).',
  'Satu data kependudukan dipakai bersama oleh Dinas Kesehatan dan Dinas Sosial.',
];

const ODD_TEXT = [
  'مرحبا بالعالم — خطة المدينة الذكية',
  'שלום עולם',
  '👩🏽‍💻 🇮🇩 🏙️✨ 1️⃣',
  'Tab\there, baris\nbaru, NUL\u0000, bel\u0007, escape\u001b[31m, DEL\u007f',
  'Zero\u200bwidth, RLO\u202eolleh\u202c, BOM\ufeff, noncharacter\uffff, lone \ud800 surrogate',
  'Pengarusutamaan'.repeat(24),
  `${'https://contoh.go.id/'.padEnd(180, 'a')}`,
  '<w:p>&amp;</w:p> {{templat}} ${injeksi} %s %n \\ "kutip" \'tunggal\'',
  '',
  ' ',
];

// Syllable words ("Karusimo") are unlikely to occur in template text, so finding one in an
// exported document shows the generated content was printed.
const SYLLABLES = ['ka', 'ru', 'si', 'mo', 'ne', 'la', 'pu', 'di', 'ta', 'ge', 'bo', 'wi'];
const markerWord = fc
  .array(fc.constantFrom(...SYLLABLES), { minLength: 4, maxLength: 5 })
  .map((parts) => `${parts.join('')}`.replace(/^./, (c) => c.toUpperCase()));

const anyText = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...INDONESIAN) },
  { weight: 2, arbitrary: fc.constantFrom(...ODD_TEXT) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 80 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 60 }) },
);

const money = fc.oneof(
  fc.integer({ min: 0, max: 1_000_000_000_000_000 }),
  fc.constantFrom(0, 1, 1_250_000_000, 999_999_999_999_999, 1_000_000_000_000_000),
  fc.constantFrom(-1, -2_500_000_000, Number.MAX_SAFE_INTEGER, 1e21),
);

const number = fc.oneof(
  fc.integer({ min: -1_000_000, max: 10_000_000 }),
  fc.double({ min: -1e12, max: 1e12, noNaN: true, noDefaultInfinity: true }),
  fc.constantFrom(0, -0, 1e-9, 123.456),
);

/** A paragraph: a marker word, then runs of text, bold/italic, a link and a footnote. */
function paragraph(marker: string): fc.Arbitrary<BlockNode> {
  const inline: fc.Arbitrary<InlineNode> = fc.oneof(
    anyText.map((text) => ({ text })),
    fc.tuple(anyText, fc.boolean(), fc.boolean()).map(([text, bold, italic]) => ({
      text,
      ...(bold ? { bold: true as const } : {}),
      ...(italic ? { italic: true as const } : {}),
    })),
    fc
      .tuple(
        anyText,
        // The schema allows http(s) and mailto links only; within that, anything goes.
        fc.constantFrom(
          'https://komdigi.go.id/',
          'https://jdih.banyuwangikab.go.id/perbup?no=12&tahun=2026#pasal-3',
          'http://contoh.desa.id/"><script>alert(1)</script>',
          'mailto:bappeda@banyuwangikab.go.id?subject=Rencana%20Induk',
          `https://contoh.go.id/${'jalur/'.repeat(60)}`,
        ),
      )
      .map(([text, url]) => ({
        type: 'link' as const,
        url,
        children: [{ text: text || 'tautan' }],
      })),
    anyText.map((note) => ({
      type: 'footnote' as const,
      note: note || 'Sumber: BPS Kabupaten Banyuwangi, 2025.',
      children: [{ text: '' }] as [{ text: '' }],
    })),
  );
  return fc.array(inline, { maxLength: 6 }).map((runs) => ({
    type: 'paragraph' as const,
    children: [{ text: `${marker} ` }, ...runs],
  }));
}

function list(marker: string, depth: number): fc.Arbitrary<BlockNode> {
  const item: fc.Arbitrary<ListItemElement> = fc
    .tuple(
      anyText,
      depth > 0 ? fc.option(list(marker, depth - 1), { nil: undefined }) : fc.constant(undefined),
    )
    .map(([text, nested]) => ({
      type: 'list-item' as const,
      children: [
        { type: 'paragraph' as const, children: [{ text: `${marker} ${text}` }] },
        ...(nested &&
        nested.type !== 'paragraph' &&
        nested.type !== 'heading' &&
        nested.type !== 'image'
          ? [nested]
          : []),
      ],
    }));
  return fc
    .tuple(
      fc.constantFrom('bulleted-list' as const, 'numbered-list' as const),
      fc.array(item, { minLength: 1, maxLength: 4 }),
    )
    .map(([type, children]) => ({ type, children }));
}

function richText(marker: string, assetIds: string[]): fc.Arbitrary<SectionContent> {
  const block: fc.Arbitrary<BlockNode> = fc.oneof(
    { weight: 4, arbitrary: paragraph(marker) },
    {
      weight: 1,
      arbitrary: fc.tuple(fc.constantFrom<1 | 2>(1, 2), anyText).map(([level, text]) => ({
        type: 'heading' as const,
        level,
        children: [{ text: text || 'Subjudul' }],
      })),
    },
    { weight: 2, arbitrary: list(marker, 2) },
    {
      weight: assetIds.length ? 1 : 0,
      arbitrary: fc
        .tuple(fc.constantFrom(...(assetIds.length ? assetIds : ['x'])), anyText)
        .map(([assetId, caption]) => ({
          type: 'image' as const,
          assetId,
          caption,
          children: [{ text: '' }] as [{ text: '' }],
        })),
    },
  );
  return fc.array(block, { minLength: 1, maxLength: 5 }).map((blocks) => ({
    kind: 'richtext' as const,
    // The marker always reaches the page in at least one paragraph.
    doc: [{ type: 'paragraph' as const, children: [{ text: marker }] }, ...blocks],
  }));
}

function cellValue(column: ColumnDef, years: number[]): fc.Arbitrary<CellValue> {
  switch (column.type) {
    case 'text':
    case 'longtext':
      return anyText;
    case 'integer':
    case 'decimal':
      return number;
    case 'percentage':
      return fc.oneof(
        fc.double({ min: -100, max: 100, noNaN: true }),
        fc.constantFrom(0, 100, 250),
      );
    case 'rupiah':
      return money;
    case 'year':
      return fc.oneof(fc.constantFrom(...years), fc.integer({ min: 2000, max: 2100 }));
    case 'boolean':
      return fc.boolean();
    case 'choice':
      return fc.oneof(
        fc.constantFrom(
          ...(column.options?.map((o) => o.id) ?? ['governance', 'apbd', 'diskominfo']),
        ),
        anyText,
      );
    case 'multichoice':
      return fc.uniqueArray(
        fc.constantFrom('apbd', 'apbn', 'dak', 'kpbu', 'csr', 'swasta', 'lain-lain'),
        {
          maxLength: 4,
        },
      );
    case 'yearlyRupiah':
      return fc.dictionary(fc.constantFrom(...years.map(String)), money, { maxKeys: years.length });
    case 'yearlyText':
      return fc.dictionary(fc.constantFrom(...years.map(String)), anyText, {
        maxKeys: years.length,
      });
  }
}

function table(columns: ColumnDef[], years: number[]): fc.Arbitrary<SectionContent> {
  const row = fc.record(
    Object.fromEntries(columns.map((column) => [column.id, cellValue(column, years)])),
    { requiredKeys: [] },
  );
  const rows = fc.oneof(
    { weight: 1, arbitrary: fc.constant([]) },
    { weight: 3, arbitrary: fc.array(row, { minLength: 1, maxLength: 6 }) },
    { weight: 1, arbitrary: fc.array(row, { minLength: 30, maxLength: 60 }) },
  );
  return rows.map((cellsList) => ({
    kind: 'table' as const,
    rows: cellsList.map((cells, index): TableRow => ({
      id: `r${index + 1}`,
      cells: cells as Record<string, CellValue>,
    })),
  }));
}

const registry = builtinTemplates();

/** A base plan: the sample (full) or a new plan for a regency, a city or a province. */
const base = fc.constantFrom(
  () => sampleProject(),
  () =>
    createProject({
      template: registry.get('kabkota')!,
      regionCodes: ['35.10'],
      period: { start: 2026, end: 2030 },
      date: '2026-11-22',
    }),
  () =>
    createProject({
      template: registry.get('kabkota')!,
      regionCodes: ['33.74', '33.22'],
      period: { start: 2027, end: 2031 },
      date: '2026-11-22',
    }),
  () =>
    createProject({
      template: registry.get('provinsi')!,
      regionCodes: ['33'],
      period: { start: 2026, end: 2030 },
      date: '2026-11-22',
    }),
);

/** Plans from a real template with 1–6 sections refilled at random. */
export function generatedPlan(): fc.Arbitrary<GeneratedPlan> {
  return base.chain((make) => {
    const project: Project = make();
    const template = registry.forProject(project.template);
    const ctx = planContext(project, template);
    const sections = contentSections(ctx.outline);
    const years: number[] = [];
    for (let y = project.meta.period.start; y <= project.meta.period.end; y++) years.push(y);
    const assetIds = Object.keys(project.assets);
    return fc
      .uniqueArray(fc.integer({ min: 0, max: sections.length - 1 }), { minLength: 1, maxLength: 6 })
      .chain((picked) =>
        fc
          .tuple(
            ...picked.map((index) => {
              const section = sections[index]!;
              type Fill = { section: typeof section; content: SectionContent; marker: string };
              return markerWord.chain((marker): fc.Arbitrary<Fill> => {
                if (section.def.kind === 'richtext')
                  return richText(marker, assetIds).map((content) => ({
                    section,
                    content,
                    marker,
                  }));
                const columns =
                  section.def.kind === 'fields'
                    ? (section.def.fields ?? [])
                    : (template.pack.tables[section.def.table ?? '']?.columns ?? []);
                if (section.def.kind === 'fields')
                  return fc
                    .record(Object.fromEntries(columns.map((c) => [c.id, cellValue(c, years)])), {
                      requiredKeys: [],
                    })
                    .map((values) => ({
                      section,
                      content: {
                        kind: 'fields' as const,
                        values: values as Record<string, CellValue>,
                      },
                      marker: '',
                    }));
                return table(columns, years).map((content) => ({ section, content, marker: '' }));
              });
            }),
          )
          .map((fills) => {
            const copy = structuredClone(project);
            for (const { section, content } of fills)
              copy.sections[section.key] = content as SectionContent;
            const refilled = fills.map((f) => f.section.key);
            return {
              ctx: planContext(copy, template),
              markers: fills.map((f) => f.marker).filter(Boolean),
              refilled,
              // A counterexample is reported by what was refilled, not by the whole plan.
              [fc.toStringMethod]: () =>
                `rencana ${template.pack.id} ${project.meta.regions.map((r) => r.code).join(',')}, diisi ulang: ${refilled.join(', ')}`,
            };
          }),
      );
  });
}
