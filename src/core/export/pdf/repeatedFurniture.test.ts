import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import type { LayoutDocument } from '../../layout/model.ts';
import { renderPdf } from './index.ts';
import { furnitureSwitch } from './repeatedFurniture.ts';
import { fixtureDocument } from './testFixture.ts';

const SAMPLE = fileURLToPath(
  new URL(
    '../../../../templates/examples/contoh-kabupaten-banyuwangi-2026-2030.rencana',
    import.meta.url,
  ),
);

async function sampleLayout(): Promise<LayoutDocument> {
  const { parseProjectText } = await import('../../project/parse.ts');
  const { planContext } = await import('../../plan/context.ts');
  const { loadTemplateRegistry } = await import('../../io/templates.ts');
  const { buildLayout } = await import('../../layout/index.ts');
  const { project } = parseProjectText(readFileSync(SAMPLE, 'utf8'), SAMPLE);
  const ctx = planContext(project, loadTemplateRegistry().forProject(project.template));
  return buildLayout(ctx, { book: 'all' });
}

afterEach(() => {
  furnitureSwitch.enabled = true;
});

/** The file with kept header blocks, then with every block laid out anew; and the blocks copied. */
async function bothWays(doc: LayoutDocument) {
  furnitureSwitch.enabled = true;
  furnitureSwitch.copied = 0;
  const kept = Buffer.from(await renderPdf(doc));
  const copied = furnitureSwitch.copied;
  furnitureSwitch.enabled = false;
  const anew = Buffer.from(await renderPdf(doc));
  return { kept, anew, copied };
}

describe('page headers laid out once per kind', () => {
  it('writes the fixture document byte for byte as laying out every header does', async () => {
    const { kept, anew, copied } = await bothWays(fixtureDocument());
    // Portrait and landscape headers, each laid out once.
    expect(copied).toBeGreaterThan(3);
    expect(kept.equals(anew)).toBe(true);
  });

  it('writes the sample plan byte for byte as laying out every header does', async () => {
    const { kept, anew, copied } = await bothWays(await sampleLayout());
    expect(copied).toBeGreaterThan(100);
    expect(kept.equals(anew)).toBe(true);
  }, 60_000);
});
