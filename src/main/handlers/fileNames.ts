/** File names the app suggests for projects. */
import type { Project } from '../../core/model/project.ts';

export const PROJECT_EXTENSION = '.rencana';

/** "Rencana Induk Smart City Kabupaten Banyuwangi 2026–2030" → "rencana-induk-smart-city-kabupaten-banyuwangi-2026-2030.rencana" */
export function suggestedProjectFileName(project: Project): string {
  const slug = project.meta.title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 120);
  return `${slug || 'rencana'}${PROJECT_EXTENSION}`;
}

/** Adds the project extension when a chosen name lacks it. */
export function withProjectExtension(path: string): string {
  return path.toLowerCase().endsWith(PROJECT_EXTENSION) ? path : `${path}${PROJECT_EXTENSION}`;
}
