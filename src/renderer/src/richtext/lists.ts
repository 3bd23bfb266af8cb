/** Lists in the model's shape: list → list-item → paragraph (and an optional nested list). */
import { Editor, Element, Node, Path, Transforms } from 'slate';
import type { ListElement } from '../../../core/model/richtext.ts';
import { isList, isListItem, isTextBlock } from './nodes.ts';

export type ListType = ListElement['type'];

/** The type of the innermost list around the selection, if any. */
export function activeListType(editor: Editor): ListType | undefined {
  const entry = Editor.above(editor, { match: isList });
  return entry && isList(entry[0]) ? entry[0].type : undefined;
}

/** Turns the selected top-level blocks into a list, switches the list type, or ends the list. */
export function toggleList(editor: Editor, type: ListType): void {
  if (!editor.selection) return;
  const current = Editor.above(editor, { match: isList });
  Editor.withoutNormalizing(editor, () => {
    if (current) {
      const [list, listPath] = current;
      if (isList(list) && list.type !== type) {
        Transforms.setNodes(editor, { type }, { at: listPath });
        return;
      }
      // Same type: the selected items become paragraphs again.
      Transforms.unwrapNodes(editor, { match: isList, split: true, mode: 'lowest' });
      Transforms.unwrapNodes(editor, { match: isListItem, split: true, mode: 'lowest' });
      return;
    }
    const blocks = [...Editor.nodes(editor, { match: (n, p) => p.length === 1 && isTextBlock(n) })];
    for (const [, path] of blocks.reverse()) {
      Transforms.setNodes(editor, { type: 'paragraph' }, { at: path });
      Transforms.unsetNodes(editor, 'level', { at: path });
      Transforms.wrapNodes(editor, { type: 'list-item', children: [] }, { at: path });
    }
    Transforms.wrapNodes(
      editor,
      { type, children: [] },
      { match: (n, p) => p.length === 1 && isListItem(n) },
    );
  });
}

/** Tab in a list: the item becomes the last child of a list inside the item before it. */
export function indentListItem(editor: Editor): boolean {
  const entry = Editor.above(editor, { match: isListItem });
  if (!entry) return false;
  const [, itemPath] = entry;
  if (itemPath[itemPath.length - 1] === 0) return true;
  const list = Node.parent(editor, itemPath);
  if (!isList(list)) return false;
  const previousPath = Path.previous(itemPath);
  const previous = Node.get(editor, previousPath);
  if (!Element.isElement(previous)) return false;
  Editor.withoutNormalizing(editor, () => {
    const last = previous.children[previous.children.length - 1];
    if (last && isList(last)) {
      Transforms.moveNodes(editor, {
        at: itemPath,
        to: [...previousPath, previous.children.length - 1, last.children.length],
      });
    } else {
      Transforms.wrapNodes(editor, { type: list.type, children: [] }, { at: itemPath });
      Transforms.moveNodes(editor, {
        at: itemPath,
        to: [...previousPath, previous.children.length],
      });
    }
  });
  return true;
}

/** Shift+Tab (or Enter on an empty item): up one level, or out of the list as a paragraph. */
export function outdentListItem(editor: Editor, itemPath?: Path): boolean {
  const path = itemPath ?? Editor.above(editor, { match: isListItem })?.[1];
  if (!path) return false;
  const listPath = Path.parent(path);
  const parentItemPath = listPath.length > 1 ? Path.parent(listPath) : undefined;
  const parentItem = parentItemPath ? Node.get(editor, parentItemPath) : undefined;
  Editor.withoutNormalizing(editor, () => {
    if (parentItemPath && parentItem && isListItem(parentItem)) {
      // Nested: the item moves after the item that held its list.
      Transforms.moveNodes(editor, { at: path, to: Path.next(parentItemPath) });
      return;
    }
    Transforms.unwrapNodes(editor, { at: path });
    Transforms.liftNodes(editor, { at: path });
  });
  return true;
}
