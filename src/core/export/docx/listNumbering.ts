/** Numbering definitions of bulleted and numbered lists, and one list instance per list. */
import { AlignmentType, LevelFormat, type ILevelsOptions, type NumberingDefinition } from 'docx';

export const BULLET_LIST = 'rencana-bullet';
export const ORDERED_LIST = 'rencana-ordered';

/** Indent of one list level, in twips (1 cm). */
const LEVEL_INDENT = 567;

const BULLETS = ['•', '–', '▪'] as const;
const ORDERED = [
  { format: LevelFormat.DECIMAL },
  { format: LevelFormat.LOWER_LETTER },
  { format: LevelFormat.LOWER_ROMAN },
] as const;

function indent(level: number): ILevelsOptions['style'] {
  return {
    paragraph: { indent: { left: LEVEL_INDENT * (level + 1), hanging: LEVEL_INDENT } },
  };
}

const LEVELS = Array.from({ length: 9 }, (_, level) => level);

/** The two list definitions every document carries. */
export function listDefinitions(): NumberingDefinition[] {
  return [
    {
      reference: BULLET_LIST,
      levels: LEVELS.map((level) => ({
        level,
        format: LevelFormat.BULLET,
        text: BULLETS[level % BULLETS.length],
        alignment: AlignmentType.LEFT,
        style: indent(level),
      })),
    },
    {
      reference: ORDERED_LIST,
      levels: LEVELS.map((level) => ({
        level,
        format: ORDERED[level % ORDERED.length]?.format,
        text: `%${level + 1}.`,
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
