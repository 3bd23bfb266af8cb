/** Type guards over Slate nodes, by the element names of the model. */
import { Element, type Node } from 'slate';
import type {
  HeadingElement,
  LinkElement,
  ListElement,
  ListItemElement,
  ParagraphElement,
} from '../../../core/model/richtext.ts';

/** A paragraph. */
export const isParagraph = (node: Node): node is ParagraphElement =>
  Element.isElement(node) && node.type === 'paragraph';
/** A sub-heading. */
export const isHeading = (node: Node): node is HeadingElement =>
  Element.isElement(node) && node.type === 'heading';
/** A bulleted or numbered list. */
export const isList = (node: Node): node is ListElement =>
  Element.isElement(node) && (node.type === 'bulleted-list' || node.type === 'numbered-list');
/** An item of a list. */
export const isListItem = (node: Node): node is ListItemElement =>
  Element.isElement(node) && node.type === 'list-item';
/** A link. */
export const isLink = (node: Node): node is LinkElement =>
  Element.isElement(node) && node.type === 'link';
/** Blocks that hold text directly. */
export const isTextBlock = (node: Node): node is ParagraphElement | HeadingElement =>
  isParagraph(node) || isHeading(node);

/** An empty paragraph, the smallest valid rich text. */
export function emptyParagraph(): ParagraphElement {
  return { type: 'paragraph', children: [{ text: '' }] };
}
