/** Which plans can receive a roll-up, and the edit a roll-up makes (pure: no API, no DOM). */
import type { Project } from '../../../core/model/project.ts';
import type { OpenDocument } from '../store/document.ts';
import type { Change } from '../store/history.ts';

/** Table id of the province pack's consolidated matrix. */
export const MATRIX_TABLE = 'rollupProgramme';

/** What the plan on screen can receive: a province or agglomeration roll-up, or none (a single kab/kota). */
export function rollupKindOf(doc: OpenDocument): 'province' | 'agglomeration' | undefined {
  const { level, regions } = doc.project.meta;
  if (level === 'provinsi')
    return regions.length === 1 && matrixSectionKey(doc) !== undefined ? 'province' : undefined;
  return regions.length > 1 ? 'agglomeration' : undefined;
}

/** The section holding the consolidated matrix, if the plan's template has one. */
export function matrixSectionKey(doc: OpenDocument): string | undefined {
  return doc.outline.sections.find((s) => s.def.kind === 'table' && s.def.table === MATRIX_TABLE)
    ?.key;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** The edit that turns `before` into `after`: one change per section (and the details) that differ. */
export function changesBetween(before: Project, after: Project): Change[] {
  const changes: Change[] = [];
  const keys = new Set([...Object.keys(before.sections), ...Object.keys(after.sections)]);
  for (const key of keys)
    if (!same(before.sections[key], after.sections[key]))
      changes.push({
        target: { kind: 'section', key },
        before: before.sections[key],
        after: after.sections[key],
      });
  if (!same(before.meta, after.meta))
    changes.push({ target: { kind: 'meta' }, before: before.meta, after: after.meta });
  return changes;
}
