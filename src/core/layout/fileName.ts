/**
 * File names of exports: "Masterplan-Smart-City-Kota-Semarang-2026-2030-Buku-II",
 * "Rencana-Induk-Provinsi-Cerdas-Jawa-Tengah-2026-2030". The whole plan has no
 * suffix: it is the complete document, and a Buku export is the one that needs a name.
 */
import { toRoman } from '../format/roman.ts';
import type { Project } from '../model/project.ts';
import type { TemplatePack } from '../template/types.ts';
import type { BookSelection } from './model.ts';
import { isProvincePlan, regionsAfterKind } from './naming.ts';

/** Longest region part kept, so agglomeration names stay usable on Windows paths. */
const MAX_REGION_CHARS = 100;

/** Letters and digits only, words joined by "-", accents dropped ("Baubau", "Toli-Toli"). */
export function slug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** The file name, without extension, of an export of `book` (or the whole plan). */
export function exportFileBaseName(
  pack: TemplatePack,
  project: Project,
  book: BookSelection,
): string {
  const kind = isProvincePlan(pack) ? 'Rencana Induk Provinsi Cerdas' : 'Masterplan Smart City';
  const regions = slug(regionsAfterKind(pack, project.meta.regions).join(' '))
    .slice(0, MAX_REGION_CHARS)
    .replace(/-+$/, '');
  const { start, end } = project.meta.period;
  const parts = [slug(kind), regions, `${start}-${end}`];
  if (book !== 'all') parts.push(`Buku-${toRoman(book)}`);
  return parts.filter(Boolean).join('-');
}
