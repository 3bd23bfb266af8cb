/** The master-plan project: one `.rencana` file. */
import type { Level } from '../template/types.ts';
import type { RichText } from './richtext.ts';

export const FORMAT_ID = 'rencana-studio';
export const FORMAT_VERSION = 1;

export type YearlyValues<T> = Record<string, T>;

export type CellValue =
  string | number | boolean | string[] | YearlyValues<number> | YearlyValues<string>;

export interface TableRow {
  /** Stable id, so that links (roll-up, editor focus) survive reordering. */
  id: string;
  cells: Record<string, CellValue>;
}

export type SectionContent =
  | { kind: 'richtext'; doc: RichText }
  | { kind: 'table'; rows: TableRow[] }
  | { kind: 'fields'; values: Record<string, CellValue> };

export interface Region {
  /** Kemendagri code, e.g. "33.22". */
  code: string;
  name: string;
}

export interface TeamMember {
  name: string;
  role: string;
  organization?: string;
}

export interface Opd {
  id: string;
  name: string;
  abbr: string;
}

export interface Asset {
  mime: 'image/png' | 'image/jpeg';
  /** Base64 of the image bytes. */
  data: string;
  width: number;
  height: number;
  name: string;
}

export interface ProjectMeta {
  title: string;
  level: Level;
  regions: Region[];
  period: { start: number; end: number };
  team: TeamMember[];
  opd: Opd[];
  /** Date of the plan (YYYY-MM-DD), used on the cover and the approval page. */
  date: string;
  logoAssetId?: string;
  /** A sample plan, not a real one. */
  example?: boolean;
}

export interface Project {
  format: typeof FORMAT_ID;
  formatVersion: typeof FORMAT_VERSION;
  template: { id: string; version: string };
  meta: ProjectMeta;
  sections: Record<string, SectionContent>;
  assets: Record<string, Asset>;
}
