/**
 * Paragraph and run properties (w:pPr, w:rPr) in the order the schema requires,
 * one writer for the styles part and the document body alike.
 */
import type { Indent } from './tocIndents.ts';
import { escapeXml } from './xml.ts';

export type Alignment = 'left' | 'center' | 'right' | 'justify';

/** Word's names of the alignments ("both" is justified). */
const JUSTIFICATION: Record<Alignment, string> = {
  left: 'left',
  center: 'center',
  right: 'right',
  justify: 'both',
};

export interface RunProps {
  /** A character style id. */
  style?: string;
  font?: string;
  /** true on, false explicitly off, undefined as the style has it. */
  bold?: boolean;
  italic?: boolean;
  /** RGB hex without "#". */
  color?: string;
  /** Size in half-points. */
  size?: number;
  underline?: boolean;
  superscript?: boolean;
  language?: string;
}

export interface Spacing {
  /** Twips. */
  before?: number;
  after?: number;
  /** 240ths of a line ("auto") or twips ("exact"). */
  line?: number;
  lineRule?: 'auto' | 'exact';
}

/** A right tab stop with a dot leader, as the lists' page numbers use. */
export interface TabStop {
  position: number;
  leader: 'dot' | 'none';
}

/** A rule under the paragraph: width in eighths of a point, gap in points. */
export interface BottomRule {
  size: number;
  color: string;
  space: number;
}

export interface ParagraphProps {
  style?: string;
  keepNext?: boolean;
  keepLines?: boolean;
  pageBreakBefore?: boolean;
  /** A list level, or numId 0 to switch off the numbering the style brings. */
  numbering?: { numId: number; level: number };
  bottomRule?: BottomRule;
  tabs?: readonly TabStop[];
  spacing?: Spacing;
  indent?: Partial<Indent>;
  align?: Alignment;
  outlineLevel?: number;
  /** Properties of the paragraph mark. */
  run?: RunProps;
  /** A w:sectPr: this paragraph ends a section. */
  section?: string;
}

function toggle(name: string, on: boolean | undefined): string {
  if (on === undefined) return '';
  return on ? `<w:${name}/><w:${name}Cs/>` : `<w:${name} w:val="0"/><w:${name}Cs w:val="0"/>`;
}

/** The w:rPr of `run`, or "" when it sets nothing. */
export function runProperties(run: RunProps): string {
  let xml = '';
  if (run.style !== undefined) xml += `<w:rStyle w:val="${run.style}"/>`;
  if (run.font !== undefined) {
    const font = escapeXml(run.font);
    xml += `<w:rFonts w:ascii="${font}" w:hAnsi="${font}" w:eastAsia="${font}" w:cs="${font}"/>`;
  }
  xml += toggle('b', run.bold) + toggle('i', run.italic);
  if (run.color !== undefined) xml += `<w:color w:val="${run.color}"/>`;
  if (run.size !== undefined) xml += `<w:sz w:val="${run.size}"/><w:szCs w:val="${run.size}"/>`;
  if (run.underline) xml += '<w:u w:val="single"/>';
  if (run.superscript) xml += '<w:vertAlign w:val="superscript"/>';
  if (run.language !== undefined) xml += `<w:lang w:val="${run.language}"/>`;
  return xml === '' ? '' : `<w:rPr>${xml}</w:rPr>`;
}

function spacingXml(spacing: Spacing): string {
  let attributes = '';
  if (spacing.before !== undefined) attributes += ` w:before="${spacing.before}"`;
  if (spacing.after !== undefined) attributes += ` w:after="${spacing.after}"`;
  if (spacing.line !== undefined) attributes += ` w:line="${spacing.line}"`;
  if (spacing.lineRule !== undefined) attributes += ` w:lineRule="${spacing.lineRule}"`;
  return attributes === '' ? '' : `<w:spacing${attributes}/>`;
}

function indentXml(indent: Partial<Indent>): string {
  let attributes = '';
  if (indent.left !== undefined) attributes += ` w:left="${indent.left}"`;
  if (indent.hanging !== undefined) attributes += ` w:hanging="${indent.hanging}"`;
  return attributes === '' ? '' : `<w:ind${attributes}/>`;
}

function tabsXml(tabs: readonly TabStop[]): string {
  const stops = tabs.map(
    (tab) => `<w:tab w:val="right" w:pos="${tab.position}" w:leader="${tab.leader}"/>`,
  );
  return `<w:tabs>${stops.join('')}</w:tabs>`;
}

/** The content of a w:pPr for `p` (without the element itself). */
export function paragraphPropertiesContent(p: ParagraphProps): string {
  let xml = '';
  if (p.style !== undefined) xml += `<w:pStyle w:val="${p.style}"/>`;
  if (p.keepNext) xml += '<w:keepNext/>';
  if (p.keepLines) xml += '<w:keepLines/>';
  if (p.pageBreakBefore) xml += '<w:pageBreakBefore/>';
  if (p.numbering)
    xml += `<w:numPr><w:ilvl w:val="${p.numbering.level}"/><w:numId w:val="${p.numbering.numId}"/></w:numPr>`;
  if (p.bottomRule) {
    const { size, color, space } = p.bottomRule;
    xml += `<w:pBdr><w:bottom w:val="single" w:sz="${size}" w:space="${space}" w:color="${color}"/></w:pBdr>`;
  }
  if (p.tabs) xml += tabsXml(p.tabs);
  if (p.spacing) xml += spacingXml(p.spacing);
  if (p.indent) xml += indentXml(p.indent);
  if (p.align !== undefined) xml += `<w:jc w:val="${JUSTIFICATION[p.align]}"/>`;
  if (p.outlineLevel !== undefined) xml += `<w:outlineLvl w:val="${p.outlineLevel}"/>`;
  if (p.run) xml += runProperties(p.run);
  if (p.section !== undefined) xml += p.section;
  return xml;
}

/** The w:pPr of `p`, or "" when it sets nothing. */
export function paragraphProperties(p: ParagraphProps): string {
  const content = paragraphPropertiesContent(p);
  return content === '' ? '' : `<w:pPr>${content}</w:pPr>`;
}

/** A paragraph: its properties and its content (runs, bookmarks, links, fields). */
export function paragraph(p: ParagraphProps, content = ''): string {
  return `<w:p>${paragraphProperties(p)}${content}</w:p>`;
}
