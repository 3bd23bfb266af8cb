/** Numbering definitions of bulleted and numbered lists. */
import {
  BULLET_GLYPH,
  LIST_INDENT_PT,
  LIST_MARKERS,
  bulletMarker,
  orderedMarker,
  type OrderedMarker,
} from '../../layout/style.ts';
import type { LevelFormat, NumberingDefinition } from './numbering.ts';
import { ptToTwips } from './units.ts';

export const BULLET_LIST = 'rencana-bullet';
export const ORDERED_LIST = 'rencana-ordered';

/** Indent of one list level, in twips. */
const LEVEL_INDENT = ptToTwips(LIST_INDENT_PT);

const WORD_FORMAT = {
  decimal: 'decimal',
  'lower-letter': 'lowerLetter',
  'lower-roman': 'lowerRoman',
} as const satisfies Record<OrderedMarker, LevelFormat>;

function indent(level: number) {
  return { left: LEVEL_INDENT * (level + 1), hanging: LEVEL_INDENT };
}

const LEVELS = Array.from({ length: 9 }, (_, level) => level);

/** The two list definitions every document carries, with the layout's markers by level. */
export function listDefinitions(): NumberingDefinition[] {
  return [
    {
      reference: BULLET_LIST,
      levels: LEVELS.map((level) => ({
        level,
        format: 'bullet',
        text: BULLET_GLYPH[bulletMarker(level)],
        indent: indent(level),
      })),
    },
    {
      reference: ORDERED_LIST,
      levels: LEVELS.map((level) => ({
        level,
        format: WORD_FORMAT[orderedMarker(level)],
        text: `%${level + 1}${LIST_MARKERS.orderedSuffix}`,
        indent: indent(level),
      })),
    },
  ];
}
