/** Numbering definitions of bulleted and numbered lists, and one list instance per list. */
import { AlignmentType, LevelFormat, type ILevelsOptions, type NumberingDefinition } from 'docx';
import {
  BULLET_GLYPH,
  LIST_INDENT_PT,
  LIST_MARKERS,
  bulletMarker,
  orderedMarker,
  type OrderedMarker,
} from '../../layout/style.ts';
import { ptToTwips } from './units.ts';

export const BULLET_LIST = 'rencana-bullet';
export const ORDERED_LIST = 'rencana-ordered';

/** Indent of one list level, in twips. */
const LEVEL_INDENT = ptToTwips(LIST_INDENT_PT);

const WORD_FORMAT = {
  decimal: LevelFormat.DECIMAL,
  'lower-letter': LevelFormat.LOWER_LETTER,
  'lower-roman': LevelFormat.LOWER_ROMAN,
} as const satisfies Record<OrderedMarker, string>;

function indent(level: number): ILevelsOptions['style'] {
  return {
    paragraph: { indent: { left: LEVEL_INDENT * (level + 1), hanging: LEVEL_INDENT } },
  };
}

const LEVELS = Array.from({ length: 9 }, (_, level) => level);

/** The two list definitions every document carries, with the layout's markers by level. */
export function listDefinitions(): NumberingDefinition[] {
  return [
    {
      reference: BULLET_LIST,
      levels: LEVELS.map((level) => ({
        level,
        format: LevelFormat.BULLET,
        text: BULLET_GLYPH[bulletMarker(level)],
        alignment: AlignmentType.LEFT,
        style: indent(level),
      })),
    },
    {
      reference: ORDERED_LIST,
      levels: LEVELS.map((level) => ({
        level,
        format: WORD_FORMAT[orderedMarker(level)],
        text: `%${level + 1}${LIST_MARKERS.orderedSuffix}`,
        alignment: AlignmentType.LEFT,
        style: indent(level),
      })),
    },
  ];
}

/** Hands out list instances: each list of the model numbers from 1 again. */
export class ListInstances {
  private next = 1;

  /** A new list instance. */
  take(): number {
    return this.next++;
  }
}
