/**
 * Property tests over both exporters. Plans generated from the real templates (see
 * planArbitraries.ts) export to DOCX and PDF without an unhandled error; a fixed-seed sample of
 * them is opened by real clients — poppler (pdfinfo, pdftotext) for the PDF, LibreOffice for
 * the DOCX — and the generated text is found in what they read. Inputs that are not plans give
 * a UserError, never a crash. PROP_SEED and PROP_RUNS widen the first property's search locally.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { convertWithLibreOffice, pdfPages } from '../../src/core/export/docx/testClients.ts';
import { exportPlan, type ExportFormat } from '../../src/core/export/index.ts';
import { UserError } from '../../src/core/i18n/messages.ts';
import { parseProjectText } from '../../src/core/project/parse.ts';
import { serializeProject } from '../../src/core/project/serialize.ts';
import { generatedPlan, type GeneratedPlan } from './planArbitraries.ts';

const SEED = 20261122;
let folder: string;
beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), 'rencana-property-'));
});
afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** Collapses whitespace, as the client helpers do, for searching printed text. */
const flat = (text: string) => text.replace(/\s+/g, ' ');

describe('any plan from a real template exports', () => {
  it.each(['docx', 'pdf'] as ExportFormat[])('to %s without an unhandled error', async (format) => {
    await fc.assert(
      fc.asyncProperty(generatedPlan(), async (plan) => {
        // What the generator makes is a loadable project (schema-valid), not just any object.
        parseProjectText(serializeProject(plan.ctx.project), 'acak.rencana');
        const result = await exportPlan(plan.ctx, { format, book: 'all' });
        const magic = Buffer.from(result.bytes.subarray(0, 4)).toString('latin1');
        expect(magic).toBe(format === 'docx' ? 'PK\u0003\u0004' : '%PDF');
      }),
      {
        seed: Number(process.env.PROP_SEED ?? SEED),
        numRuns: Number(process.env.PROP_RUNS ?? 10),
        endOnFailure: true,
      },
    );
  });
});

describe('a sample of generated plans, opened by real clients', () => {
  let plans: GeneratedPlan[];
  const docx: Record<string, Uint8Array> = {};
  const pdf: Record<string, string> = {};

  beforeAll(async () => {
    plans = fc.sample(generatedPlan(), { seed: SEED + 1, numRuns: 5 });
    for (const [index, plan] of plans.entries()) {
      const name = `rencana-${index + 1}`;
      docx[name] = (await exportPlan(plan.ctx, { format: 'docx', book: 'all' })).bytes;
      const path = join(folder, `${name}.pdf`);
      writeFileSync(path, (await exportPlan(plan.ctx, { format: 'pdf', book: 'all' })).bytes);
      pdf[name] = path;
    }
  }, 120_000);

  it('poppler reads every PDF and finds the generated text in it', () => {
    for (const [index, plan] of plans.entries()) {
      const path = pdf[`rencana-${index + 1}`]!;
      const info = execFileSync('pdfinfo', [path], { encoding: 'utf8' });
      expect(Number(/^Pages:\s+(\d+)/m.exec(info)?.[1])).toBeGreaterThan(5);
      const text = flat(pdfPages(path).join(' '));
      for (const marker of plan.markers) expect(text, `${path}: ${marker}`).toContain(marker);
    }
  });

  it('LibreOffice opens every DOCX and prints the generated text', () => {
    const converted = convertWithLibreOffice(docx);
    for (const [index, plan] of plans.entries()) {
      const document = converted[`rencana-${index + 1}`]!;
      expect(document.pages.length).toBeGreaterThan(5);
      const text = flat(document.pages.join(' '));
      for (const marker of plan.markers)
        expect(text, `${document.docxPath}: ${marker}`).toContain(marker);
    }
  });

  it('covers what it claims: odd text, footnotes, links, long tables, both templates', () => {
    const refilled = plans.map((plan) =>
      JSON.stringify(plan.refilled.map((key) => plan.ctx.project.sections[key])),
    );
    const all = refilled.join('');
    expect(plans.flatMap((p) => p.markers).length).toBeGreaterThan(3);
    expect(all).toMatch(/\\u000[0-8bcef]|\\u001[0-9a-f]/); // C0 control characters
    expect(all).toMatch(/[\u0590-\u08ff]/); // Hebrew or Arabic script
    expect(all).toMatch(/\p{Extended_Pictographic}/u);
    expect(all).toContain('"type":"footnote"');
    expect(all).toContain('"type":"link"');
    const rowCounts = plans.flatMap((plan) =>
      plan.refilled
        .map((key) => plan.ctx.project.sections[key]!)
        .flatMap((c) => (c.kind === 'table' ? [c.rows.length] : [])),
    );
    expect(Math.max(0, ...rowCounts)).toBeGreaterThanOrEqual(30);
    expect(new Set(plans.map((p) => p.ctx.template.pack.id))).toEqual(
      new Set(['kabkota', 'provinsi']),
    );
  });
});

describe('inputs that are not plans', () => {
  it('give a UserError from the export entry, never a crash', async () => {
    const paths = (
      value: unknown,
      path: (string | number)[] = [],
      into: (string | number)[][] = [],
    ) => {
      if (path.length) into.push(path);
      if (Array.isArray(value)) value.forEach((v, i) => paths(v, [...path, i], into));
      else if (value && typeof value === 'object')
        for (const [k, v] of Object.entries(value)) paths(v, [...path, k], into);
      return into;
    };
    await fc.assert(
      fc.asyncProperty(
        generatedPlan(),
        fc.nat(),
        fc.oneof(fc.jsonValue(), fc.constantFrom(undefined, null, NaN, Infinity, [], {})),
        fc.constantFrom<ExportFormat>('docx', 'pdf'),
        async (plan, pick, replacement, format) => {
          const project = structuredClone(plan.ctx.project) as unknown as Record<string, unknown>;
          const all = paths(project);
          const path = all[pick % all.length]!;
          let parent: Record<string | number, unknown> = project;
          for (const key of path.slice(0, -1))
            parent = parent[key] as Record<string | number, unknown>;
          parent[path[path.length - 1]!] = replacement;
          try {
            await exportPlan({ ...plan.ctx, project: project as never }, { format, book: 'all' });
          } catch (error) {
            if (!(error instanceof UserError)) throw error;
            expect(error.message.length).toBeGreaterThan(20);
          }
        },
      ),
      { seed: SEED + 2, numRuns: 30, endOnFailure: true },
    );
  });
});
