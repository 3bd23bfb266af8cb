/** The set of template packs available to a process, looked up by id. */
import { UserError } from '../i18n/messages.ts';
import type { LoadedTemplate } from './types.ts';

export interface TemplateRegistry {
  list(): LoadedTemplate[];
  get(id: string): LoadedTemplate | undefined;
  /**
   * The pack a project names; throws a UserError when it is missing or newer than installed,
   * naming `file` when the project was read from one.
   */
  forProject(ref: { id: string; version: string }, file?: string): LoadedTemplate;
}

function major(version: string): number {
  return Number(version.split('.')[0]);
}

/** A registry over already-loaded templates (the Node loader and the browser both use it). */
export function createRegistry(templates: LoadedTemplate[]): TemplateRegistry {
  const byId = new Map(templates.map((t) => [t.pack.id, t]));
  return {
    list: () => [...byId.values()],
    get: (id) => byId.get(id),
    forProject(ref, file) {
      const found = byId.get(ref.id);
      if (!found)
        throw new UserError(file ? 'template.unknown-in-file' : 'template.unknown', {
          file: file ?? '',
          id: ref.id,
          version: ref.version,
          available: [...byId.keys()].join(', ') || '-',
        });
      if (major(ref.version) > major(found.pack.version))
        throw new UserError(file ? 'template.newer-in-file' : 'template.newer', {
          file: file ?? '',
          id: ref.id,
          version: ref.version,
          installed: found.pack.version,
        });
      return found;
    },
  };
}
