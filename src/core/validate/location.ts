/** Builds findings with a human location and a machine path. */
import type { Lang } from '../i18n/lang.ts';
import { msg, type MessageKey, type MessageParams } from '../i18n/messages.ts';
import type { OutlineSection } from '../template/outline.ts';
import type { ColumnDef } from '../template/types.ts';
import type { Finding, FindingTarget, Severity } from './finding.ts';

/** JSON Pointer segment escaping. */
function seg(value: string | number): string {
  return String(value).replace(/~/g, '~0').replace(/\//g, '~1');
}

export interface CellPlace {
  section: OutlineSection;
  rowIndex?: number;
  rowId?: string;
  column?: ColumnDef;
  /** For fields sections. */
  field?: ColumnDef;
  /** A year inside a yearly cell. */
  year?: number;
}

/** "Buku II › BAB II Smart Governance › Pelayanan Publik › Program Pelayanan Publik, baris 3, kolom Tahun Mulai" */
export function describePlace(place: CellPlace, lang: Lang): string {
  const parts: string[] = [];
  if (place.rowIndex !== undefined) parts.push(msg(lang, 'where.row', { row: place.rowIndex + 1 }));
  if (place.column) parts.push(msg(lang, 'where.column', { column: place.column.label }));
  if (place.field) parts.push(msg(lang, 'where.field', { field: place.field.label }));
  if (place.year !== undefined) parts.push(msg(lang, 'where.year', { year: place.year }));
  const trail = place.section.trail.join(' › ');
  return parts.length ? `${trail}, ${parts.join(', ')}` : trail;
}

/** The JSON Pointer of a place. */
export function placePath(place: CellPlace): string {
  let path = `/sections/${seg(place.section.key)}`;
  if (place.field) return `${path}/values/${seg(place.field.id)}`;
  if (place.rowIndex !== undefined) {
    path += `/rows/${place.rowIndex}`;
    if (place.column) path += `/cells/${seg(place.column.id)}`;
    if (place.year !== undefined) path += `/${place.year}`;
  }
  return path;
}

/** A finding at a place in a section. */
export function findingAt(
  lang: Lang,
  severity: Severity,
  code: string,
  place: CellPlace,
  key: MessageKey,
  params: MessageParams = {},
): Finding {
  const target: FindingTarget = { sectionKey: place.section.key };
  if (place.rowIndex !== undefined) target.rowIndex = place.rowIndex;
  if (place.rowId !== undefined) target.rowId = place.rowId;
  if (place.column) target.column = place.column.id;
  if (place.field) target.field = place.field.id;
  return {
    severity,
    code,
    message: msg(lang, key, params),
    where: describePlace(place, lang),
    path: placePath(place),
    target,
  };
}

/** A finding about the project's details (period, regions, OPD list). */
export function findingInMeta(
  lang: Lang,
  severity: Severity,
  code: string,
  metaPath: string,
  label: string,
  key: MessageKey,
  params: MessageParams = {},
): Finding {
  return {
    severity,
    code,
    message: msg(lang, key, params),
    where: `${msg(lang, 'where.meta')} › ${label}`,
    path: `/meta/${metaPath}`,
    target: { meta: metaPath },
  };
}
