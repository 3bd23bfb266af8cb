/**
 * Rich text as stored in a project: Slate-compatible plain JSON, no nulls.
 * The one declaration of every element and text type (the renderer's Slate
 * CustomTypes are derived from these).
 */

export interface FormattedText {
  text: string;
  bold?: true;
  italic?: true;
  underline?: true;
}

export interface LinkElement {
  type: 'link';
  url: string;
  children: FormattedText[];
}

/** An inline footnote mark; the note's text travels with it. */
export interface FootnoteElement {
  type: 'footnote';
  note: string;
  children: [{ text: '' }];
}

export type InlineNode = FormattedText | LinkElement | FootnoteElement;

export interface ParagraphElement {
  type: 'paragraph';
  children: InlineNode[];
}

/** A sub-heading inside a section (level 1 or 2 below the section heading). */
export interface HeadingElement {
  type: 'heading';
  level: 1 | 2;
  children: InlineNode[];
}

export interface ListItemElement {
  type: 'list-item';
  /** Text of the item, optionally followed by one nested list. */
  children: (ParagraphElement | ListElement)[];
}

export interface ListElement {
  type: 'bulleted-list' | 'numbered-list';
  children: ListItemElement[];
}

export interface ImageElement {
  type: 'image';
  assetId: string;
  caption: string;
  children: [{ text: '' }];
}

export type BlockNode = ParagraphElement | HeadingElement | ListElement | ImageElement;

export type RichText = BlockNode[];

export const RICH_BLOCK_TYPES = [
  'paragraph',
  'heading',
  'bulleted-list',
  'numbered-list',
  'image',
] as const;
