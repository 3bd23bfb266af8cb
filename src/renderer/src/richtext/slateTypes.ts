/**
 * Slate's CustomTypes, derived from the one declaration of the rich-text model in core
 * (src/core/model/richtext.ts): the editor cannot hold a node the project file cannot.
 */
import type { BaseEditor } from 'slate';
import type { ReactEditor } from 'slate-react';
import type {
  BlockNode,
  FootnoteElement,
  FormattedText,
  LinkElement,
  ListItemElement,
} from '../../../core/model/richtext.ts';

export type RichElement = BlockNode | ListItemElement | LinkElement | FootnoteElement;
export type RichElementType = RichElement['type'];

declare module 'slate' {
  interface CustomTypes {
    Editor: BaseEditor & ReactEditor;
    Element: RichElement;
    Text: FormattedText;
  }
}

export type MarkName = 'bold' | 'italic' | 'underline';
