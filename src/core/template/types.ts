/** Types of a template pack and of a smart-city framework, as stored in `templates/`. */

export type Level = 'provinsi' | 'kabupaten' | 'kota';

/** A list a choice column draws its options from. */
export type OptionSource =
  | 'dimension'
  | 'element'
  | 'opd'
  | 'funding'
  | 'track'
  | 'readinessPillar'
  | 'readinessPart'
  | 'region';

export type CellType =
  | 'text'
  | 'longtext'
  | 'integer'
  | 'decimal'
  | 'rupiah'
  | 'year'
  | 'percentage'
  | 'choice'
  | 'multichoice'
  | 'boolean'
  | 'yearlyRupiah'
  | 'yearlyText';

export interface ChoiceOption {
  id: string;
  name: string;
}

export interface ColumnDef {
  id: string;
  label: string;
  type: CellType;
  required?: boolean;
  /** For choice and multichoice: where the options come from ... */
  source?: OptionSource;
  /** ... or a fixed list in the pack. */
  options?: ChoiceOption[];
  min?: number;
  max?: number;
  /** A regular expression the text must match (e.g. the Permendagri 90/2019 code). */
  pattern?: string;
  patternHint?: string;
  /** Shown but not edited (e.g. the readiness part of a fixed row). */
  readOnly?: boolean;
  /** Relative width in exported tables. */
  width?: number;
  /** Whether the column appears in exported tables. */
  export?: boolean;
}

export type FieldDef = ColumnDef;

export interface TableDef {
  id: string;
  caption: string;
  columns: ColumnDef[];
  /** Rows are fixed by the framework (one per readiness part); users fill, not add. */
  fixedRows?: 'readinessParts';
  landscape?: boolean;
  /** Columns whose values are summed in exported totals. */
  totals?: string[];
}

export type SectionKind = 'richtext' | 'table' | 'fields' | 'group' | 'generated';

/** Content the layout builds from the rest of the plan rather than from the writer. */
export type GeneratorId = 'programme-matrix' | 'roadmap' | 'rollup';

export interface SectionDef {
  id: string;
  /** May contain {dimension}, {element}, {region}. */
  title: string;
  kind: SectionKind;
  table?: string;
  fields?: FieldDef[];
  generator?: GeneratorId;
  required?: boolean;
  guidance: string;
  example: string;
  /** Repeat once per element of the enclosing dimension chapter. */
  repeat?: 'element';
  sections?: SectionDef[];
}

export interface ChapterDef {
  id: string;
  title: string;
  /** Repeat once per dimension of the framework. */
  repeat?: 'dimension';
  sections: SectionDef[];
}

export interface BookDef {
  id: string;
  number: number;
  title: string;
  chapters: ChapterDef[];
}

export interface ExportProfile {
  font: 'Arial' | 'Bookman Old Style' | 'Times New Roman';
  fontSizePt: number;
  lineSpacing: number;
  marginsMm: { top: number; bottom: number; left: number; right: number };
}

export interface TemplatePack {
  id: string;
  version: string;
  name: string;
  /** Cover title, e.g. "RENCANA INDUK (MASTERPLAN) SMART CITY". */
  documentTitle: string;
  /** Title of a new project: "{region}" and "{period}" are filled in. */
  titlePattern: string;
  levels: Level[];
  /** The agencies a new project starts with; users edit the list per region. */
  defaultOpd: { id: string; name: string; abbr: string }[];
  framework: { id: string; version: string };
  exportProfile: ExportProfile;
  tables: Record<string, TableDef>;
  frontMatter: SectionDef[];
  books: BookDef[];
  annexes: SectionDef[];
}

export interface Element {
  id: string;
  name: string;
}

export interface Dimension {
  id: string;
  name: string;
  nameId: string;
  elements: Element[];
}

export interface ReadinessPillar {
  id: string;
  name: string;
  parts: ChoiceOption[];
}

export interface Framework {
  id: string;
  version: string;
  title: string;
  dimensions: Dimension[];
  readiness: ReadinessPillar[];
  readinessScale: { min: number; max: number };
  fundingSources: ChoiceOption[];
  tracks: ChoiceOption[];
}

/** A pack together with the framework it was written for. */
export interface LoadedTemplate {
  pack: TemplatePack;
  framework: Framework;
}
