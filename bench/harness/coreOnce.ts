/**
 * Child process of the harness: times the in-process work on one plan — opening and saving
 * the file, validating the whole plan, and validating one edited section as the editor does
 * on a keystroke — each after warm-up runs. Prints one JSON line (CoreSample).
 *
 *   node --import tsx bench/harness/coreOnce.ts PLAN.rencana RUNS WARMUP SAVE_PATH
 */
import { resolve } from 'node:path';
import { readProjectFile, writeProjectFile } from '../../src/core/io/projectFile.ts';
import { builtinTemplates } from '../../src/core/io/templates.ts';
import type { Project } from '../../src/core/model/project.ts';
import type { RichText } from '../../src/core/model/richtext.ts';
import { planContext } from '../../src/core/plan/context.ts';
import { hasErrors, validatePlan, validateSection } from '../../src/core/validate/index.ts';

export interface CoreSample {
  openMs: number[];
  saveMs: number[];
  validatePlanMs: number[];
  /** The longest rich-text section, edited before each run. */
  validateTextSectionMs: number[];
  /** The largest programme table, edited before each run. */
  validateTableSectionMs: number[];
  textSection: string;
  tableSection: string;
  errors: boolean;
}

function timed(runs: number, warmup: number, work: (i: number) => void): number[] {
  for (let i = 0; i < warmup; i++) work(-1 - i);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    work(i);
    times.push(performance.now() - start);
  }
  return times;
}

/** The key of the largest section (by its JSON) that passes `accept`. */
function largestSection(project: Project, accept: (key: string) => boolean): string {
  let best = '';
  let size = -1;
  for (const [key, content] of Object.entries(project.sections)) {
    if (!accept(key)) continue;
    const length = JSON.stringify(content).length;
    if (length > size) [best, size] = [key, length];
  }
  return best;
}

/** Appends a character to the section's last paragraph, as typing would. */
function typeInto(doc: RichText, i: number): void {
  const last = [...doc].reverse().find((b) => b.type === 'paragraph');
  const leaf = last?.children[last.children.length - 1];
  if (leaf && 'text' in leaf && !('type' in leaf)) leaf.text += i % 2 === 0 ? 'a' : ' ';
}

const [planArg, runsArg = '10', warmupArg = '2', savePath] = process.argv.slice(2);
if (!planArg || !savePath) {
  console.error('Pemakaian: coreOnce.ts PLAN.rencana RUNS WARMUP SAVE_PATH');
  process.exit(2);
}
const path = resolve(planArg);
const runs = Number(runsArg);
const warmup = Number(warmupArg);
const template = builtinTemplates();
let project = readProjectFile(path).project;
const openMs = timed(runs, warmup, () => (project = readProjectFile(path).project));
const saveMs = timed(runs, warmup, () => writeProjectFile(savePath, project));
const ctx = planContext(project, template.forProject(project.template));
let errors = false;
const validatePlanMs = timed(runs, warmup, () => (errors = hasErrors(validatePlan(ctx))));
const textSection = largestSection(project, (key) => project.sections[key]?.kind === 'richtext');
const tableSection = largestSection(
  project,
  (key) => ctx.outline.byKey.get(key)?.def.table === 'programme',
);
const text = project.sections[textSection];
const validateTextSectionMs = timed(runs * 5, warmup * 5, (i) => {
  if (text?.kind === 'richtext') typeInto(text.doc, i);
  validateSection(ctx, textSection);
});
const table = project.sections[tableSection];
const validateTableSectionMs = timed(runs * 5, warmup * 5, (i) => {
  const row = table?.kind === 'table' ? table.rows[0] : undefined;
  if (row)
    row.cells.name = `${String(row.cells.name ?? '')}${i % 2 === 0 ? 'a' : ''}`.slice(0, 200);
  validateSection(ctx, tableSection);
});
const sample: CoreSample = {
  openMs,
  saveMs,
  validatePlanMs,
  validateTextSectionMs,
  validateTableSectionMs,
  textSection,
  tableSection,
  errors,
};
console.log(JSON.stringify(sample));
