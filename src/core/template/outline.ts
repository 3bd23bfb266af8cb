/**
 * Resolves a template pack against its framework into the plan's outline: every
 * Buku, BAB and section instance with a stable key, its number and its trail.
 * Dimension chapters and element sections are expanded here, so a new framework
 * changes the outline without a code change.
 */
import { toRoman } from '../format/roman.ts';
import type { Dimension, Element, LoadedTemplate, SectionDef } from './types.ts';

export type OutlinePart = 'front' | 'body' | 'annex';

export interface OutlineSection {
  /** Stable key under `project.sections`, e.g. "buku-2.dimensi-governance.pelayanan-publik.program". */
  key: string;
  def: SectionDef;
  title: string;
  guidance: string;
  example: string;
  part: OutlinePart;
  /** "2.1.5" inside a chapter; "" for front matter and annexes. */
  number: string;
  /** 1 = directly under a chapter (or a front-matter/annex item). */
  depth: number;
  dimension?: Dimension;
  element?: Element;
  book?: OutlineBook;
  chapter?: OutlineChapter;
  /** Human breadcrumbs: "Buku II", "BAB II Smart Governance", "Pelayanan Publik", "Program Pelayanan Publik". */
  trail: string[];
  children: OutlineSection[];
}

export interface OutlineChapter {
  key: string;
  /** 1-based within its book. */
  number: number;
  title: string;
  dimension?: Dimension;
  book: OutlineBook;
  sections: OutlineSection[];
}

export interface OutlineBook {
  key: string;
  number: number;
  title: string;
  chapters: OutlineChapter[];
}

export interface Outline {
  frontMatter: OutlineSection[];
  books: OutlineBook[];
  annexes: OutlineSection[];
  /** Every section in document order, nested ones included. */
  sections: OutlineSection[];
  byKey: Map<string, OutlineSection>;
}

interface Scope {
  dimension?: Dimension;
  element?: Element;
  regionName: string;
}

function fill(text: string, scope: Scope): string {
  return text
    .replaceAll('{dimension}', scope.dimension?.name ?? '')
    .replaceAll('{element}', scope.element?.name ?? '')
    .replaceAll('{region}', scope.regionName);
}

/** "Buku II" */
export function bookLabel(number: number): string {
  return `Buku ${toRoman(number)}`;
}

/** "BAB II" */
export function chapterLabel(number: number): string {
  return `BAB ${toRoman(number)}`;
}

interface SectionContext {
  part: OutlinePart;
  prefix: string;
  numberPrefix: string;
  depth: number;
  trail: string[];
  book?: OutlineBook;
  chapter?: OutlineChapter;
  scope: Scope;
}

function expandSections(defs: SectionDef[], ctx: SectionContext): OutlineSection[] {
  const result: OutlineSection[] = [];
  for (const def of defs) {
    const instances: { id: string; scope: Scope }[] =
      def.repeat === 'element'
        ? (ctx.scope.dimension?.elements ?? []).map((element) => ({
            id: element.id,
            scope: { ...ctx.scope, element },
          }))
        : [{ id: def.id, scope: ctx.scope }];
    for (const instance of instances) {
      const ordinal = result.length + 1;
      const number = ctx.numberPrefix ? `${ctx.numberPrefix}.${ordinal}` : '';
      const title = fill(def.title, instance.scope);
      const key = `${ctx.prefix}.${instance.id}`;
      const trail = [...ctx.trail, title];
      const node: OutlineSection = {
        key,
        def,
        title,
        guidance: fill(def.guidance, instance.scope),
        example: fill(def.example, instance.scope),
        part: ctx.part,
        number,
        depth: ctx.depth,
        dimension: instance.scope.dimension,
        element: instance.scope.element,
        book: ctx.book,
        chapter: ctx.chapter,
        trail,
        children: [],
      };
      node.children = expandSections(def.sections ?? [], {
        ...ctx,
        prefix: key,
        numberPrefix: number,
        depth: ctx.depth + 1,
        trail,
        scope: instance.scope,
      });
      result.push(node);
    }
  }
  return result;
}

function flatten(sections: OutlineSection[], into: OutlineSection[]): void {
  for (const section of sections) {
    into.push(section);
    flatten(section.children, into);
  }
}

/** Builds the outline of a plan made from `template` for a region named `regionName`. */
export function buildOutline(template: LoadedTemplate, regionName = ''): Outline {
  const { pack, framework } = template;
  const base: Scope = { regionName };
  const frontMatter = expandSections(pack.frontMatter, {
    part: 'front',
    prefix: 'depan',
    numberPrefix: '',
    depth: 1,
    trail: [],
    scope: base,
  });
  const books: OutlineBook[] = pack.books.map((bookDef) => {
    const book: OutlineBook = {
      key: bookDef.id,
      number: bookDef.number,
      title: bookDef.title,
      chapters: [],
    };
    for (const chapterDef of bookDef.chapters) {
      const instances: { id: string; scope: Scope }[] =
        chapterDef.repeat === 'dimension'
          ? framework.dimensions.map((dimension) => ({
              id: `${chapterDef.id}-${dimension.id}`,
              scope: { ...base, dimension },
            }))
          : [{ id: chapterDef.id, scope: base }];
      for (const instance of instances) {
        const number = book.chapters.length + 1;
        const title = fill(chapterDef.title, instance.scope);
        const chapter: OutlineChapter = {
          key: `${book.key}.${instance.id}`,
          number,
          title,
          dimension: instance.scope.dimension,
          book,
          sections: [],
        };
        chapter.sections = expandSections(chapterDef.sections, {
          part: 'body',
          prefix: chapter.key,
          numberPrefix: String(number),
          depth: 1,
          trail: [bookLabel(book.number), `${chapterLabel(number)} ${title}`],
          book,
          chapter,
          scope: instance.scope,
        });
        book.chapters.push(chapter);
      }
    }
    return book;
  });
  const annexes = expandSections(pack.annexes, {
    part: 'annex',
    prefix: 'lampiran',
    numberPrefix: '',
    depth: 1,
    trail: ['Lampiran'],
    scope: base,
  });
  const sections: OutlineSection[] = [];
  flatten(frontMatter, sections);
  for (const book of books)
    for (const chapter of book.chapters) flatten(chapter.sections, sections);
  flatten(annexes, sections);
  return { frontMatter, books, annexes, sections, byKey: new Map(sections.map((s) => [s.key, s])) };
}

/** Sections that hold content the writer fills (not groups, not generated). */
export function contentSections(outline: Outline): OutlineSection[] {
  return outline.sections.filter((s) => s.def.kind !== 'group' && s.def.kind !== 'generated');
}
