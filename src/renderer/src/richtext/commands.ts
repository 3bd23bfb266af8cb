/** Editing commands of the rich-text toolbar and shortcuts, without React (Plate's lib/react split). */
import { Editor, Element, Path, Range, Transforms } from 'slate';
import { emptyParagraph, isLink, isTextBlock } from './nodes.ts';
import type { MarkName } from './slateTypes.ts';

/** Whether the mark is on at the selection. */
export function isMarkActive(editor: Editor, mark: MarkName): boolean {
  return Editor.marks(editor)?.[mark] === true;
}

/** Bold, italic or underline on or off. */
export function toggleMark(editor: Editor, mark: MarkName): void {
  if (isMarkActive(editor, mark)) Editor.removeMark(editor, mark);
  else Editor.addMark(editor, mark, true);
}

export type BlockStyle = 'paragraph' | 'heading-1' | 'heading-2';

/** The style of the text block at the selection. */
export function blockStyle(editor: Editor): BlockStyle {
  const entry = Editor.above(editor, { match: (n) => Element.isElement(n) && isTextBlock(n) });
  const block = entry?.[0];
  if (block && Element.isElement(block) && block.type === 'heading')
    return block.level === 1 ? 'heading-1' : 'heading-2';
  return 'paragraph';
}

/** Makes the selected top-level text blocks paragraphs or sub-headings (never inside a list). */
export function setBlockStyle(editor: Editor, style: BlockStyle): void {
  const match = (n: unknown, p: Path) => p.length === 1 && Element.isElement(n) && isTextBlock(n);
  Editor.withoutNormalizing(editor, () => {
    if (style === 'paragraph') {
      Transforms.setNodes(editor, { type: 'paragraph' }, { match });
      Transforms.unsetNodes(editor, 'level', { match });
    } else
      Transforms.setNodes(
        editor,
        { type: 'heading', level: style === 'heading-1' ? 1 : 2 },
        { match },
      );
  });
}

/** The URL of the link at the selection. */
export function activeLink(editor: Editor): string | undefined {
  const entry = Editor.above(editor, { match: isLink });
  return entry && isLink(entry[0]) ? entry[0].url : undefined;
}

/** Whether a URL may be stored as a link (the rich-text schema allows http, https and mailto). */
export function isAllowedLink(url: string): boolean {
  return /^(https?:\/\/|mailto:)\S+$/.test(url.trim()) && url.length <= 2000;
}

/** Makes the selection a link (or inserts the URL as a linked text); an empty URL removes the link. */
export function setLink(editor: Editor, url: string): void {
  if (!editor.selection) return;
  if (activeLink(editor) !== undefined) Transforms.unwrapNodes(editor, { match: isLink });
  if (url === '') return;
  if (Range.isCollapsed(editor.selection))
    Transforms.insertNodes(editor, { type: 'link', url, children: [{ text: url }] });
  else Transforms.wrapNodes(editor, { type: 'link', url, children: [] }, { split: true });
  Transforms.collapse(editor, { edge: 'end' });
}

/** Inserts a footnote mark carrying its note at the caret. */
export function insertFootnote(editor: Editor, note: string): void {
  Transforms.insertNodes(editor, { type: 'footnote', note, children: [{ text: '' }] });
  Transforms.move(editor);
}

/** Changes the note of the footnote at `path`. */
export function setFootnote(editor: Editor, path: Path, note: string): void {
  Transforms.setNodes(editor, { note }, { at: path });
}

/** Inserts an image block (a project asset) after the current top-level block, and a paragraph after it. */
export function insertImage(editor: Editor, assetId: string): void {
  const top = editor.selection
    ? [editor.selection.anchor.path[0] ?? 0]
    : [editor.children.length - 1];
  const at = Path.next(top);
  Editor.withoutNormalizing(editor, () => {
    Transforms.insertNodes(
      editor,
      { type: 'image', assetId, caption: '', children: [{ text: '' }] },
      { at },
    );
    Transforms.insertNodes(editor, emptyParagraph(), { at: Path.next(at) });
  });
  Transforms.select(editor, Editor.start(editor, Path.next(at)));
}

/** Sets an image's caption. */
export function setCaption(editor: Editor, path: Path, caption: string): void {
  Transforms.setNodes(editor, { caption }, { at: path });
}
