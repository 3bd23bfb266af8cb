/**
 * The benchmark code on a tiny plan, so that it keeps working: the generator, the Markdown
 * and HTML twins, the measuring children, the profile summary and the report. No timing is
 * asserted; `npm run bench` measures on the large plans.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeEquivalents } from '../../bench/convert/index.ts';
import { writePlan, type GeneratedFile } from '../../bench/generate/index.ts';
import { generatePlan } from '../../bench/generate/plan.ts';
import { Random } from '../../bench/generate/random.ts';
import { planSpec } from '../../bench/generate/specs.ts';
import { ROOT } from '../../bench/harness/context.ts';
import type { CoreSample } from '../../bench/harness/coreOnce.ts';
import { summarizeProfile } from '../../bench/harness/cpuProfile.ts';
import type { ExportSample } from '../../bench/harness/exportOnce.ts';
import type { WarmExportSample } from '../../bench/harness/exportWarm.ts';
import { exportArgs, warmExportArgs } from '../../bench/harness/ours.ts';
import { runMeasured } from '../../bench/harness/process.ts';
import { probeMachineSpeed } from '../../bench/harness/machineSpeed.ts';
import { formatResults } from '../../bench/harness/report.ts';
import type { Measure, Results } from '../../bench/harness/results.ts';
import { percentile, summarize } from '../../bench/harness/stats.ts';
import { comparisons, evaluateTargets } from '../../bench/harness/targets.ts';
import { readProjectFile } from '../../src/core/io/projectFile.ts';
import { builtinTemplates } from '../../src/core/io/templates.ts';
import { brokenWords, tablesOf } from '../../src/core/layout/__fixtures__/tableWords.ts';
import { textArea } from '../../src/core/layout/geometry.ts';
import { buildLayout } from '../../src/core/layout/index.ts';
import { planContext } from '../../src/core/plan/context.ts';
import { serializeProject } from '../../src/core/project/serialize.ts';
import { validatePlan } from '../../src/core/validate/index.ts';

let dir: string;
let tiny: GeneratedFile;

function lastJson<T>(stdout: string): T {
  return JSON.parse(stdout.trim().split('\n').pop()!) as T;
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'rencana-bench-test-'));
  tiny = writePlan(dir, 'tiny');
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('the plan generator', () => {
  it('draws the same numbers from the same seed', () => {
    const a = new Random(7);
    const b = new Random(7);
    const draws = Array.from({ length: 5 }, () => a.int(1, 1000));
    expect(Array.from({ length: 5 }, () => b.int(1, 1000))).toEqual(draws);
    expect(new Random(8).int(1, 1000)).not.toBe(draws[0]);
  });

  it('writes the same plan from the same seed, and it validates without errors', () => {
    const again = serializeProject(generatePlan(planSpec('tiny')).project);
    expect(readFileSync(tiny.path, 'utf8')).toBe(again);
    const { project } = readProjectFile(tiny.path);
    const ctx = planContext(project, builtinTemplates().forProject(project.template));
    expect(validatePlan(ctx).filter((f) => f.severity === 'error')).toEqual([]);
    expect(tiny.programmes).toBe(planSpec('tiny').programmes);
    expect(tiny.quickWins).toBe(planSpec('tiny').quickWins);
    expect(tiny.figures).toBe(1);
    expect(tiny.proseWords).toBeGreaterThan(1000);
  });

  it('asks for the sizes issue 6 names in the large and medium plans', () => {
    const large = planSpec('large');
    expect(large).toMatchObject({ template: 'provinsi', region: '33', figures: 20 });
    expect(large.programmes).toBeGreaterThanOrEqual(600);
    expect(large.quickWins).toBeGreaterThanOrEqual(120);
    expect(planSpec('medium').template).toBe('kabkota');
  });
});

describe('the large plan as printed', () => {
  it("breaks no word of any table, the matrix of the regencies' programmes included", () => {
    // With a column per year of costs, that matrix once left "Kabupaten" 14 pt of room.
    const { project } = generatePlan(planSpec('large'));
    const ctx = planContext(project, builtinTemplates().forProject(project.template));
    const doc = buildLayout(ctx, { book: 'all' });
    const tables = tablesOf(doc.sections);
    expect(
      tables.some(({ table }) => table.caption.text === 'Matriks Program Kabupaten/Kota'),
    ).toBe(true);
    const broken = tables.flatMap(({ table, section }) =>
      brokenWords(table, textArea(doc.profile, section.orientation).widthPt),
    );
    expect(broken).toEqual([]);
  });
});

describe('the twins for pandoc and WeasyPrint', () => {
  it('carry the headings, table captions and figures of the layout', () => {
    const { project } = readProjectFile(tiny.path);
    const layout = buildLayout(
      planContext(project, builtinTemplates().forProject(project.template)),
      { book: 'all' },
    );
    const files = writeEquivalents(layout, join(dir, 'twins'));
    const markdown = readFileSync(files.markdown, 'utf8');
    const html = readFileSync(files.html, 'utf8');
    for (const text of [markdown, html]) {
      expect(text).toContain('BAB I');
      expect(text).toContain('Tabel 1.1');
      expect(text).toContain('Gambar');
    }
    expect(markdown).toContain('Table: Tabel');
    expect(html).toContain('<thead>');
    expect(readdirSync(join(dir, 'twins', 'media')).length).toBeGreaterThanOrEqual(1);
  });
});

describe('the measuring children', () => {
  it('exports once to DOCX in a child process and reports time and memory', async () => {
    const out = join(dir, 'tiny.docx');
    const run = await runMeasured(process.execPath, exportArgs(tiny.path, 'docx', out), {
      cwd: ROOT,
      timeoutMs: 120_000,
    });
    const sample = lastJson<ExportSample>(run.stdout);
    expect(sample.bytes).toBe(readFileSync(out).length);
    expect(sample.exportMs).toBeGreaterThan(0);
    expect(sample.maxRssMb).toBeGreaterThan(sample.rssBeforeMb - 1);
  });

  it('exports again through the kept export thread of the editor and times the later exports', async () => {
    const out = join(dir, 'tiny-warm.docx');
    const run = await runMeasured(process.execPath, warmExportArgs(tiny.path, 'docx', out, 2), {
      cwd: ROOT,
      timeoutMs: 120_000,
    });
    const sample = lastJson<WarmExportSample>(run.stdout);
    expect(sample.warmMs).toHaveLength(2);
    expect(sample.rssAfterMb).toHaveLength(2);
    expect(sample.threads).toBe(1);
    expect(sample.bytes).toBe(readFileSync(out).length);
    expect(sample.firstMs).toBeGreaterThan(0);
  });

  /** One first export in the desktop app's built thread (`app` or `app-prepared`). */
  async function appExport(format: 'docx' | 'pdf', mode: 'app' | 'app-prepared') {
    const out = join(dir, `tiny-${mode}.${format}`);
    const args = [...warmExportArgs(tiny.path, format, out, 0), mode];
    const run = await runMeasured(process.execPath, args, { cwd: ROOT, timeoutMs: 120_000 });
    return { sample: lastJson<WarmExportSample>(run.stdout), file: readFileSync(out) };
  }

  it("times the first export in the desktop app's built export thread", async () => {
    // `npm test` builds the app first; the built thread is what the desktop app starts.
    expect(existsSync(join(ROOT, 'out', 'main', 'exportThread.js'))).toBe(true);
    const { sample, file } = await appExport('pdf', 'app');
    expect(sample.warmMs).toHaveLength(0);
    expect(sample.threads).toBe(1);
    expect(sample.firstMs).toBeGreaterThan(0);
    expect(sample.prepareMs).toBeUndefined();
    expect(file.subarray(0, 5).toString()).toBe('%PDF-');
    expect(sample.bytes).toBe(file.length);
  });

  it("times the first export after the app's thread was prepared, and the preparing", async () => {
    const { sample, file } = await appExport('docx', 'app-prepared');
    expect(sample.prepareMs).toBeGreaterThan(0);
    expect(sample.firstMs).toBeGreaterThan(0);
    expect(sample.threads).toBe(1);
    expect(sample.bytes).toBe(file.length);
  });

  it('refuses an unknown export thread with a message', async () => {
    const args = [...warmExportArgs(tiny.path, 'pdf', join(dir, 'x.pdf'), 0), 'electron'];
    await expect(
      runMeasured(process.execPath, args, { cwd: ROOT, timeoutMs: 60_000 }),
    ).rejects.toThrow(/Pemakaian: exportWarm\.ts/);
  });

  it('times opening, saving and validating in a child process', async () => {
    const args = [
      '--import',
      'tsx',
      join(ROOT, 'bench', 'harness', 'coreOnce.ts'),
      tiny.path,
      '2',
      '1',
      join(dir, 'saved.rencana'),
    ];
    const sample = lastJson<CoreSample>(
      (await runMeasured(process.execPath, args, { cwd: ROOT, timeoutMs: 120_000 })).stdout,
    );
    expect(sample.errors).toBe(false);
    expect(sample.openMs).toHaveLength(2);
    expect(sample.validateTextSectionMs).toHaveLength(10);
    expect(sample.tableSection).toMatch(/\.program$/);
  });

  it('profiles a run and names the exporter among the functions that took time', async () => {
    const profiles = join(dir, 'profiles');
    const args = exportArgs(tiny.path, 'docx', join(dir, 'profiled.docx'), [
      '--cpu-prof',
      `--cpu-prof-dir=${profiles}`,
    ]);
    await runMeasured(process.execPath, args, { cwd: ROOT, timeoutMs: 120_000 });
    const largest = readdirSync(profiles)
      .map((name) => join(profiles, name))
      .sort((a, b) => readFileSync(b).length - readFileSync(a).length)[0]!;
    const summary = summarizeProfile(largest, 10);
    expect(summary.totalMs).toBeGreaterThan(0);
    expect(summary.ours.map((f) => f.name).join('\n')).toContain('exportPlan');
  });
});

describe('statistics, targets and the report', () => {
  const measure = (id: string, values: number[], memory?: number): Measure => ({
    id,
    plan: 'large',
    label: id,
    timeMs: summarize(values),
    ...(memory === undefined ? {} : { memoryMb: summarize([memory]) }),
    command: 'node …',
  });

  it('takes medians, extremes and percentiles', () => {
    expect(summarize([5, 1, 3])).toMatchObject({ median: 3, min: 1, max: 5 });
    expect(summarize([4, 1, 3, 2]).median).toBe(2.5);
    const hundred = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(percentile(hundred, 0.95)).toBe(95);
    expect(percentile(hundred, 0.5)).toBe(50);
  });

  it('divides our time by the other tools and judges the targets', () => {
    const measures = [
      measure('large.docx.ours', [900, 800, 1000]),
      measure('large.pandoc', [3000, 3100]),
      measure('large.pdf.ours', [3000], 350),
    ];
    const ratios = comparisons(measures);
    expect(ratios).toHaveLength(1);
    expect(ratios[0]).toMatchObject({ ratio: 900 / 3050, target: 0.3 });
    const targets = evaluateTargets(measures, ratios);
    expect(targets.find((t) => t.id === 'docx-time')?.met).toBe(true);
    expect(targets.find((t) => t.id === 'pdf-time')?.met).toBe(false);
    expect(targets.find((t) => t.id === 'pdf-memory')?.met).toBe(true);
    const results: Results = {
      schemaVersion: 1,
      startedAt: '',
      finishedAt: '',
      machine: {
        cpus: 2,
        cpuModel: 'x',
        memoryGb: 24,
        node: 'v20',
        loadAverageStart: [],
        loadAverageEnd: [],
      },
      git: { commit: 'abc', dirty: false },
      tools: {},
      settings: { runs: 3, slowRuns: 3, warmup: 1, seed: 1 },
      plans: [],
      measures,
      comparisons: ratios,
      targets,
      todo: ['Editor: not measured'],
    };
    const text = formatResults(results);
    expect(text).toContain('large: DOCX: ours ÷ pandoc');
    expect(text).toContain('| NO ');
    expect(text).toContain('Editor: not measured');
    expect(text).not.toContain('Machine speed probe');
    results.machine.speedProbeMs = {
      start: summarize([412, 398, 450]),
      end: summarize([620, 655, 601]),
    };
    expect(formatResults(results)).toContain(
      'Machine speed probe (fixed workload in fresh processes, lower is faster): 412 ms (398–450) at the start, 620 ms (601–655) at the end.',
    );
  });

  it('probes the machine’s speed with a fixed workload in fresh processes', async () => {
    const probe = await probeMachineSpeed(2);
    expect(probe.runs).toHaveLength(2);
    expect(probe.min).toBeGreaterThan(0);
  });
});
