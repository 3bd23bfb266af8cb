/**
 * The numbering part: one abstract list per definition (headings, bullets, ordered
 * lists) and the list instances the document's paragraphs point at.
 */
import type { Indent } from './tocIndents.ts';
import { escapeXml, wordPart } from './xml.ts';

export type LevelFormat = 'decimal' | 'upperRoman' | 'lowerRoman' | 'lowerLetter' | 'bullet';

export interface NumberingLevel {
  level: number;
  format: LevelFormat;
  /** What is printed: "BAB %1", "2.%2", "•". */
  text: string;
  /** The first number; 1 unless given. */
  start?: number;
  /** What follows the number; a tab unless given. */
  suffix?: 'tab' | 'space';
  /** Legal numbering: every level's number in arabic digits. */
  legal?: boolean;
  /** The paragraph style this level belongs to (the heading list). */
  paragraphStyle?: string;
  indent?: Indent;
}

export interface NumberingDefinition {
  reference: string;
  levels: NumberingLevel[];
}

function levelXml(level: NumberingLevel): string {
  return (
    `<w:lvl w:ilvl="${level.level}"><w:start w:val="${level.start ?? 1}"/><w:numFmt w:val="${level.format}"/>` +
    (level.paragraphStyle ? `<w:pStyle w:val="${level.paragraphStyle}"/>` : '') +
    (level.legal ? '<w:isLgl/>' : '') +
    (level.suffix ? `<w:suff w:val="${level.suffix}"/>` : '') +
    `<w:lvlText w:val="${escapeXml(level.text)}"/><w:lvlJc w:val="left"/>` +
    (level.indent
      ? `<w:pPr><w:ind w:left="${level.indent.left}" w:hanging="${level.indent.hanging}"/></w:pPr>`
      : '') +
    '</w:lvl>'
  );
}

/** The definitions and the instances handed out to paragraphs, as Word numbers them (numId). */
export class Numbering {
  private readonly byReference = new Map<
    string,
    { definition: NumberingDefinition; abstractId: number }
  >();
  private readonly shared = new Map<string, number>();
  /** Each instance: the definition it counts by. */
  private readonly instances: { definition: NumberingDefinition; abstractId: number }[] = [];

  constructor(private readonly definitions: readonly NumberingDefinition[]) {
    definitions.forEach((definition, i) =>
      this.byReference.set(definition.reference, { definition, abstractId: i + 1 }),
    );
  }

  /** The one instance of `reference` that all its paragraphs share (headings). */
  numIdOf(reference: string): number {
    const known = this.shared.get(reference);
    if (known !== undefined) return known;
    const id = this.restartedNumId(reference);
    this.shared.set(reference, id);
    return id;
  }

  /** A new instance of `reference`, counting from its start again (each list of the model). */
  restartedNumId(reference: string): number {
    const found = this.byReference.get(reference);
    if (!found) throw new Error(`Daftar penomoran tidak dikenal: ${reference}`);
    this.instances.push(found);
    return this.instances.length;
  }

  /** The numbering part. */
  xml(): string {
    const abstracts = this.definitions.map(
      (definition, i) =>
        `<w:abstractNum w:abstractNumId="${i + 1}"><w:multiLevelType w:val="hybridMultilevel"/>${definition.levels.map(levelXml).join('')}</w:abstractNum>`,
    );
    // Every level restarts at its start, so each instance numbers on its own.
    const instances = this.instances.map(({ definition, abstractId }, i) => {
      const overrides = definition.levels
        .map(
          (level) =>
            `<w:lvlOverride w:ilvl="${level.level}"><w:startOverride w:val="${level.start ?? 1}"/></w:lvlOverride>`,
        )
        .join('');
      return `<w:num w:numId="${i + 1}"><w:abstractNumId w:val="${abstractId}"/>${overrides}</w:num>`;
    });
    return wordPart('w:numbering', abstracts.join('') + instances.join(''));
  }
}
