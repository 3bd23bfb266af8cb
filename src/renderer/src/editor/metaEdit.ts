/** Edits of the project details, as undoable steps (typing in one field merges into one step). */
import type { ProjectMeta } from '../../../core/model/project.ts';
import { useAppStore } from '../store/store.ts';

/** Writes `patch` over the project details. */
export function updateMeta(meta: ProjectMeta, patch: Partial<ProjectMeta>, mergeKey: string): void {
  useAppStore.getState().setMeta({ ...meta, ...patch }, `meta|${mergeKey}`);
}

/** The list with the item at `index` replaced. */
export function replaceAt<T>(list: T[], index: number, item: T): T[] {
  return list.map((entry, i) => (i === index ? item : entry));
}
