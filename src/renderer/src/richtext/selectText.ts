/** Selects a found text in the editor and scrolls it into view. */
import { Editor, Node, Text, Transforms } from 'slate';
import { ReactEditor } from 'slate-react';

/** Selects `length` characters from `offset` in the text node at `path`; false when it is not there. */
export function selectText(
  editor: Editor,
  target: { path: number[]; offset: number; length: number },
): boolean {
  if (!Node.has(editor, target.path)) return false;
  const node = Node.get(editor, target.path);
  if (!Text.isText(node) || node.text.length < target.offset + target.length) return false;
  ReactEditor.focus(editor);
  Transforms.select(editor, {
    anchor: { path: target.path, offset: target.offset },
    focus: { path: target.path, offset: target.offset + target.length },
  });
  try {
    ReactEditor.toDOMRange(editor, editor.selection!).startContainer.parentElement?.scrollIntoView({
      block: 'center',
    });
  } catch {
    // The DOM may not be ready in the same frame; the selection is set either way.
  }
  return Editor.isEditor(editor);
}
