/**
 * What the overview of a Buku or a BAB shows: each part inside it with how complete it is and
 * how many findings it has. Pure, so that it is tested without a browser.
 */
import {
  bookLabel,
  chapterLabel,
  type Outline,
  type OutlineBook,
  type OutlineChapter,
  type OutlineSection,
} from '../../../core/template/outline.ts';
import type { Completeness, Finding } from '../../../core/validate/index.ts';

/** A book or a chapter: a node of the outline that holds sections but has no content of its own. */
export type Part =
  | { kind: 'book'; key: string; label: string; title: string; book: OutlineBook }
  | { kind: 'chapter'; key: string; label: string; title: string; chapter: OutlineChapter };

const partsByOutline = new WeakMap<Outline, Map<string, Part>>();

/** The book or chapter with this key, if the key names one. */
export function findPart(outline: Outline, key: string | null): Part | undefined {
  if (key === null) return undefined;
  let parts = partsByOutline.get(outline);
  if (!parts) {
    parts = new Map();
    for (const book of outline.books) {
      const label = bookLabel(book.number);
      parts.set(book.key, { kind: 'book', key: book.key, label, title: book.title, book });
      for (const chapter of book.chapters)
        parts.set(chapter.key, {
          kind: 'chapter',
          key: chapter.key,
          label: chapterLabel(chapter.number),
          title: chapter.title,
          chapter,
        });
    }
    partsByOutline.set(outline, parts);
  }
  return parts.get(key);
}

/** Whether a section key lies inside the part with this key (keys nest by prefix). */
export function isInside(sectionKey: string, partKey: string): boolean {
  return sectionKey === partKey || sectionKey.startsWith(`${partKey}.`);
}

export interface Tally {
  /** Required content sections, and those of them complete (mark 100 %). */
  required: number;
  complete: number;
  errors: number;
  warnings: number;
}

export interface OverviewRow extends Tally {
  key: string;
  /** "2.1" for a section, "BAB II" for a chapter in a book's overview. */
  number: string;
  title: string;
  /** 0 for the rows directly inside the part, 1 for the parts of a group, and so on. */
  depth: number;
  /** Whether the row is a required section itself. */
  isRequired: boolean;
  /** 0–1 where something is counted: the section's own mark, or the mean over a chapter. */
  completeness?: number;
}

export interface Overview {
  rows: OverviewRow[];
  total: Tally;
}

function counts(findings: readonly Finding[]): Map<string, { errors: number; warnings: number }> {
  const bySection = new Map<string, { errors: number; warnings: number }>();
  for (const finding of findings) {
    const key = finding.target.sectionKey;
    if (key === undefined) continue;
    const entry = bySection.get(key) ?? { errors: 0, warnings: 0 };
    if (finding.severity === 'error') entry.errors++;
    else entry.warnings++;
    bySection.set(key, entry);
  }
  return bySection;
}

const isContent = (section: OutlineSection) =>
  section.def.kind !== 'group' && section.def.kind !== 'generated';

function sectionRows(
  sections: readonly OutlineSection[],
  marks: Record<string, number>,
  found: Map<string, { errors: number; warnings: number }>,
  depth: number,
): OverviewRow[] {
  return sections.flatMap((section) => {
    const own = found.get(section.key);
    const mark = marks[section.key];
    const required = isContent(section) && section.def.required === true;
    const row: OverviewRow = {
      key: section.key,
      number: section.number,
      title: section.title,
      depth,
      isRequired: required,
      completeness: isContent(section) ? (mark ?? 0) : undefined,
      required: required ? 1 : 0,
      complete: required && (mark ?? 0) >= 1 ? 1 : 0,
      errors: own?.errors ?? 0,
      warnings: own?.warnings ?? 0,
    };
    return [row, ...sectionRows(section.children, marks, found, depth + 1)];
  });
}

function sum(rows: readonly OverviewRow[]): Tally {
  const total: Tally = { required: 0, complete: 0, errors: 0, warnings: 0 };
  for (const row of rows) {
    total.required += row.required;
    total.complete += row.complete;
    total.errors += row.errors;
    total.warnings += row.warnings;
  }
  return total;
}

const mean = (values: number[]) =>
  values.length ? values.reduce((a, b) => a + b, 0) / values.length : undefined;

/**
 * A chapter's overview lists its sections (and the parts of its groups, indented); a book's
 * lists its chapters, each with the totals of its sections.
 */
export function overviewOf(
  part: Part,
  marks: Record<string, number>,
  findings: readonly Finding[],
  plan: Completeness | null = null,
): Overview {
  const found = counts(findings);
  if (part.kind === 'chapter') {
    const rows = sectionRows(part.chapter.sections, marks, found, 0);
    return { rows, total: sum(rows) };
  }
  const rows = part.book.chapters.map((chapter): OverviewRow => {
    const inner = sectionRows(chapter.sections, marks, found, 1);
    return {
      key: chapter.key,
      number: chapterLabel(chapter.number),
      title: chapter.title,
      depth: 0,
      isRequired: false,
      // As the outline tree marks the chapter: core's figure over its required sections, if any.
      completeness:
        (chapter.dimension ? plan?.byDimension[chapter.dimension.id] : undefined) ??
        plan?.byChapter[chapter.key] ??
        mean(inner.flatMap((r) => (r.completeness === undefined ? [] : [r.completeness]))),
      ...sum(inner),
    };
  });
  return { rows, total: sum(rows) };
}
