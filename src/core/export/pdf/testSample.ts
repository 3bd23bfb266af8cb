/** Test helper: the built-in sample plan, laid out as a whole for the PDF tests. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { LayoutDocument } from '../../layout/model.ts';

export const SAMPLE = fileURLToPath(
  new URL(
    '../../../../templates/examples/contoh-kabupaten-banyuwangi-2026-2030.rencana',
    import.meta.url,
  ),
);

/** The sample plan laid out as a whole; imported lazily, as the layout builder may not exist yet. */
export async function sampleLayout(): Promise<LayoutDocument> {
  const { parseProjectText } = await import('../../project/parse.ts');
  const { planContext } = await import('../../plan/context.ts');
  const { loadTemplateRegistry } = await import('../../io/templates.ts');
  const { buildLayout } = await import('../../layout/index.ts');
  const { project } = parseProjectText(readFileSync(SAMPLE, 'utf8'), SAMPLE);
  const ctx = planContext(project, loadTemplateRegistry().forProject(project.template));
  return buildLayout(ctx, { book: 'all' });
}
