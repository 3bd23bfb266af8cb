/** The open plan: the project (the one copy of its content), its template and its outline. */
import type { Project } from '../../../core/model/project.ts';
import type { PlanContext } from '../../../core/plan/context.ts';
import { regionsPhrase } from '../../../core/region/names.ts';
import { buildOutline, type Outline } from '../../../core/template/outline.ts';
import type { LoadedTemplate } from '../../../core/template/types.ts';

export interface OpenDocument {
  project: Project;
  template: LoadedTemplate;
  /** Depends only on the template and the region names, so it is rebuilt only when those change. */
  outline: Outline;
  /** Where the file lives, as the API names it; absent until first saved. */
  path?: string;
  /** File name, or the suggested one for a plan not yet saved. */
  name: string;
  /** Opened without its lock (another window or process has it): Simpan is refused, Simpan Sebagai allowed. */
  readOnly?: boolean;
}

/** The key of the project-details page in the outline (no section key starts with "@"). */
export const META_KEY = '@meta';

/** A document for a project just opened or created. */
export function openDocument(
  project: Project,
  template: LoadedTemplate,
  path: string | undefined,
  name: string,
  readOnly = false,
): OpenDocument {
  return {
    project,
    template,
    outline: buildOutline(template, regionsPhrase(project.meta.regions)),
    path,
    name,
    ...(readOnly ? { readOnly } : {}),
  };
}

/** The document with a new project value; the outline is reused unless the regions changed. */
export function withProject(doc: OpenDocument, project: Project): OpenDocument {
  const regionsChanged =
    regionsPhrase(project.meta.regions) !== regionsPhrase(doc.project.meta.regions);
  return {
    ...doc,
    project,
    outline: regionsChanged
      ? buildOutline(doc.template, regionsPhrase(project.meta.regions))
      : doc.outline,
  };
}

/** What every core query needs, without rebuilding the outline. */
export function contextOf(doc: OpenDocument): PlanContext {
  return { project: doc.project, template: doc.template, outline: doc.outline };
}
