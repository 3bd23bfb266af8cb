/**
 * Multilevel numbering for the heading styles, planned from the model's labels so
 * that Word and LibreOffice print exactly the model's numbers.
 *
 * Each chapter gets a list of its own: level 0 prints "BAB %1" in upper roman and
 * starts at the chapter's number, levels 1–3 print "2.%2", "2.%2.%3"… with the
 * chapter's arabic number written into the level text. That prints "2.1" under
 * BAB II in every word processor, where Word's legal numbering (isLgl) is not read
 * by older LibreOffice, which prints "II.1"; and numbering restarts at every Buku
 * by construction. A heading whose label does not follow the list (an unexpected
 * number) is printed as text instead, so the document never shows another number
 * than the model's.
 */
import { toRoman } from '../../format/roman.ts';
import type { HeadingBlock, PageSection } from '../../layout/model.ts';
import { HEADING_NUMBER_MM } from '../../layout/style.ts';
import type { LevelFormat, NumberingDefinition, NumberingLevel } from './numbering.ts';
import type { Indent } from './tocIndents.ts';
import { mmToTwips } from './units.ts';

/** The Word heading style of each numbered level, Heading1 … Heading4. */
export const HEADING_STYLE_IDS = ['Heading1', 'Heading2', 'Heading3', 'Heading4'] as const;

/**
 * Where the text of a numbered heading starts, per level (twips); the number hangs
 * before it. The heading styles and the list levels both use these.
 */
export const HEADING_INDENT = [
  mmToTwips(HEADING_NUMBER_MM[0]),
  mmToTwips(HEADING_NUMBER_MM[1]),
  mmToTwips(HEADING_NUMBER_MM[2]),
  mmToTwips(HEADING_NUMBER_MM[3]),
] as const;

/** The list attached to the heading styles, for headings a Word user adds. */
export const HEADING_STYLE_LIST = 'rencana-heading';

/** How a heading's number is printed: by a Word list level, or as text. */
export type HeadingNumber = { kind: 'list'; reference: string; level: number } | { kind: 'text' };

export interface HeadingNumberingPlan {
  definitions: NumberingDefinition[];
  numberOf(heading: HeadingBlock): HeadingNumber;
}

const LEVEL_OF_ROLE: Partial<Record<HeadingBlock['role'], number>> = {
  chapter: 0,
  section: 1,
  subsection: 2,
  subsubsection: 3,
};

const ROMAN_VALUES: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100, D: 500, M: 1000 };

function romanValue(numeral: string): number | undefined {
  let total = 0;
  for (let i = 0; i < numeral.length; i++) {
    const value = ROMAN_VALUES[numeral[i] ?? ''] ?? 0;
    const next = ROMAN_VALUES[numeral[i + 1] ?? ''] ?? 0;
    total += value < next ? -value : value;
  }
  // Only canonical numerals: Word writes canonical ones, so anything else would print differently.
  return total > 0 && total < 4000 && toRoman(total) === numeral ? total : undefined;
}

interface ChapterLabel {
  prefix: string;
  value: number;
  format: Extract<LevelFormat, 'upperRoman' | 'decimal'>;
}

/** "BAB II" → prefix "BAB ", 2, upper roman; "BAB 2" → decimal; anything else undefined. */
function parseChapterLabel(label: string): ChapterLabel | undefined {
  const match = /^([^%]*?)([IVXLCDM]+|\d+)$/.exec(label);
  if (!match) return undefined;
  const [, prefix = '', numeral = ''] = match;
  if (/^\d+$/.test(numeral)) {
    const value = Number(numeral);
    return value > 0 && String(value) === numeral
      ? { prefix, value, format: 'decimal' }
      : undefined;
  }
  const value = romanValue(numeral);
  return value === undefined ? undefined : { prefix, value, format: 'upperRoman' };
}

function levelIndent(level: number): Indent {
  const indent = HEADING_INDENT[level] ?? 0;
  return { left: indent, hanging: indent };
}

function sectionLevels(chapter: string): NumberingLevel[] {
  return [1, 2, 3].map((level) => ({
    level,
    format: 'decimal',
    text: [chapter, ...Array.from({ length: level }, (_, i) => `%${i + 2}`)].join('.'),
    suffix: 'tab',
    indent: levelIndent(level),
  }));
}

function chapterDefinition(reference: string, label: ChapterLabel): NumberingDefinition {
  return {
    reference,
    levels: [
      {
        level: 0,
        format: label.format,
        text: `${label.prefix}%1`,
        start: label.value,
        // The title follows on a new line (a break in the paragraph); a space keeps
        // "BAB II SMART GOVERNANCE" readable where the break is dropped, as in TOC entries.
        suffix: 'space',
      },
      ...sectionLevels(String(label.value)),
    ],
  };
}

/** The list on the heading styles: "BAB I", then legal-style "1.1", "1.1.1", "1.1.1.1". */
function styleDefinition(): NumberingDefinition {
  return {
    reference: HEADING_STYLE_LIST,
    levels: HEADING_STYLE_IDS.map((style, level) => ({
      level,
      format: level === 0 ? 'upperRoman' : 'decimal',
      text:
        level === 0 ? 'BAB %1' : Array.from({ length: level + 1 }, (_, i) => `%${i + 1}`).join('.'),
      suffix: level === 0 ? 'space' : 'tab',
      legal: level > 0,
      indent: levelIndent(level),
      paragraphStyle: style,
    })),
  };
}

function* headingsOf(sections: PageSection[]): Generator<HeadingBlock> {
  for (const section of sections)
    for (const block of section.blocks) if (block.kind === 'heading') yield block;
}

/** Plans the numbering of every heading of the document, in order. */
export function planHeadingNumbering(sections: PageSection[]): HeadingNumberingPlan {
  const definitions: NumberingDefinition[] = [styleDefinition()];
  const numbers = new Map<HeadingBlock, HeadingNumber>();
  let chapter: { reference: string; value: number; counters: number[] } | undefined;

  for (const heading of headingsOf(sections)) {
    const level = LEVEL_OF_ROLE[heading.role];
    if (level === 0) {
      const label = parseChapterLabel(heading.number);
      chapter = undefined;
      if (label) {
        const reference = `rencana-bab-${definitions.length}`;
        definitions.push(chapterDefinition(reference, label));
        chapter = { reference, value: label.value, counters: [] };
        numbers.set(heading, { kind: 'list', reference, level: 0 });
      }
      continue;
    }
    if (level === undefined || chapter === undefined) continue;
    const counters = [
      ...chapter.counters.slice(0, level - 1),
      (chapter.counters[level - 1] ?? 0) + 1,
    ];
    // A level below one that never printed would print 0 in Word: such labels stay text.
    const expected = [chapter.value, ...counters].join('.');
    if (counters.length !== level || heading.number !== expected) continue;
    chapter.counters = counters;
    numbers.set(heading, { kind: 'list', reference: chapter.reference, level });
  }

  return { definitions, numberOf: (heading) => numbers.get(heading) ?? { kind: 'text' } };
}
