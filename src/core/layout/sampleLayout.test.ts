/**
 * Golden tests over the layout of the shipped sample plan: a readable summary
 * (headings with numbers, captions, placeholders, section orientations, the three
 * lists with their estimated pages) compared with the files in __snapshots__.
 * After an intended change, review the diff and update with `npx vitest run -u`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { builtinTemplates } from '../io/templates.ts';
import { planContext, type PlanContext } from '../plan/context.ts';
import { parseProjectText } from '../project/parse.ts';
import { kotaSemarangContext } from './__fixtures__/kotaSemarang.ts';
import { buildLayout } from './index.ts';
import { layoutSummary } from './summary.ts';

const SAMPLE = fileURLToPath(
  new URL(
    '../../../templates/examples/contoh-kabupaten-banyuwangi-2026-2030.rencana',
    import.meta.url,
  ),
);

let sample: PlanContext | undefined;

/** Read once: the layout never changes the plan it is given. */
function sampleContext(): PlanContext {
  if (sample) return sample;
  const { project } = parseProjectText(readFileSync(SAMPLE, 'utf8'), SAMPLE);
  sample = planContext(project, builtinTemplates().forProject(project.template));
  return sample;
}

describe('golden layouts', () => {
  // The sample plan is written alongside this code; until it is in the tree there is nothing to compare.
  it.runIf(existsSync(SAMPLE))('sample plan, whole document', async () => {
    const doc = buildLayout(sampleContext(), { book: 'all' });
    await expect(layoutSummary(doc)).toMatchFileSnapshot('__snapshots__/sample-layout.txt');
  });

  it.runIf(existsSync(SAMPLE))('sample plan, Buku II', async () => {
    const doc = buildLayout(sampleContext(), { book: 2 });
    await expect(layoutSummary(doc)).toMatchFileSnapshot('__snapshots__/sample-layout-buku-2.txt');
  });

  it('Kota Semarang test plan, whole document', async () => {
    const doc = buildLayout(kotaSemarangContext(), { book: 'all' });
    await expect(layoutSummary(doc)).toMatchFileSnapshot('__snapshots__/kota-semarang-layout.txt');
  });
});
