/**
 * The editor plugin for the plan's rich text: which nodes are inline or void, the normalizers
 * that keep lists in the model's shape, Enter in lists and headings, and paste from Word.
 * Each normalizer fixes one thing and returns, as Slate expects.
 */
import { Editor, Element, Node, Path, Range, Text, Transforms } from 'slate';
import type { Descendant, NodeEntry } from 'slate';
import { htmlToBlocks } from './htmlToBlocks.ts';
import {
  emptyParagraph,
  isHeading,
  isLink,
  isList,
  isListItem,
  isParagraph,
  isTextBlock,
} from './nodes.ts';
import { outdentListItem } from './lists.ts';

function normalizeList(editor: Editor, [node, path]: NodeEntry): boolean {
  if (!isList(node)) return false;
  if (node.children.length === 0) {
    Transforms.removeNodes(editor, { at: path });
    return true;
  }
  for (const [child, childPath] of Node.children(editor, path)) {
    if (!isListItem(child)) {
      Transforms.wrapNodes(editor, { type: 'list-item', children: [] }, { at: childPath });
      return true;
    }
  }
  return false;
}

function normalizeListItem(editor: Editor, [node, path]: NodeEntry): boolean {
  if (!isListItem(node)) return false;
  for (const [child, childPath] of Node.children(editor, path)) {
    if (Text.isText(child) || (Element.isElement(child) && editor.isInline(child))) {
      Transforms.wrapNodes(editor, emptyParagraph(), { at: childPath });
      return true;
    }
    if (isHeading(child)) {
      Transforms.setNodes(editor, { type: 'paragraph' }, { at: childPath });
      Transforms.unsetNodes(editor, 'level', { at: childPath });
      return true;
    }
    if (Element.isElement(child) && !isParagraph(child) && !isList(child)) {
      Transforms.liftNodes(editor, { at: childPath });
      return true;
    }
  }
  const first = node.children[0];
  if (!first || isList(first)) {
    Transforms.insertNodes(editor, emptyParagraph(), { at: [...path, 0] });
    return true;
  }
  return false;
}

function normalizeLink(editor: Editor, [node, path]: NodeEntry): boolean {
  if (!isLink(node) || Node.string(node) !== '') return false;
  Transforms.removeNodes(editor, { at: path });
  return true;
}

function normalizeRoot(editor: Editor): boolean {
  if (editor.children.length === 0) {
    Transforms.insertNodes(editor, emptyParagraph(), { at: [0] });
    return true;
  }
  for (const [child, path] of Node.children(editor, [])) {
    if (isListItem(child)) {
      Transforms.wrapNodes(editor, { type: 'bulleted-list', children: [] }, { at: path });
      return true;
    }
  }
  return false;
}

function currentBlock(editor: Editor): NodeEntry | undefined {
  return Editor.above(editor, { match: (n) => Element.isElement(n) && isTextBlock(n) });
}

/** Adds the plan's rules to a Slate editor. */
export function withRencana(editor: Editor): Editor {
  const { isInline, isVoid, normalizeNode, insertBreak, insertData } = editor;
  editor.isInline = (element) =>
    element.type === 'link' || element.type === 'footnote' || isInline(element);
  editor.isVoid = (element) =>
    element.type === 'footnote' || element.type === 'image' || isVoid(element);

  editor.normalizeNode = (entry, options) => {
    const [node] = entry;
    if (Editor.isEditor(node) && normalizeRoot(editor)) return;
    if (
      normalizeList(editor, entry) ||
      normalizeListItem(editor, entry) ||
      normalizeLink(editor, entry)
    )
      return;
    normalizeNode(entry, options);
  };

  editor.insertBreak = () => {
    const entry = currentBlock(editor);
    if (!entry || !editor.selection || !Range.isCollapsed(editor.selection)) return insertBreak();
    const [block, blockPath] = entry;
    const item = Editor.above(editor, { at: blockPath, match: isListItem });
    if (item && isParagraph(block)) {
      // An empty item ends the list (or goes up a level); otherwise Enter starts the next item.
      if (Node.string(block) === '' && item[0].children.length === 1)
        return outdentListItem(editor, item[1]);
      Transforms.splitNodes(editor, { match: isListItem, always: true });
      return;
    }
    if (isHeading(block) && Editor.isEnd(editor, editor.selection.anchor, blockPath)) {
      Transforms.insertNodes(editor, emptyParagraph(), { at: Path.next(blockPath), select: true });
      return;
    }
    insertBreak();
  };

  editor.insertData = (data) => {
    // Slate's own fragments keep everything; Word and web pages give HTML, kept for structure only.
    const html = data.types.includes('application/x-slate-fragment')
      ? ''
      : data.getData('text/html');
    const blocks: Descendant[] = html ? htmlToBlocks(html) : [];
    if (blocks.length > 0) {
      const entry = currentBlock(editor);
      // Into an empty paragraph, the pasted blocks take its place instead of following it.
      if (entry && isParagraph(entry[0]) && Node.string(entry[0]) === '' && entry[1].length === 1) {
        Editor.withoutNormalizing(editor, () => {
          Transforms.removeNodes(editor, { at: entry[1] });
          Transforms.insertNodes(editor, blocks, { at: entry[1], select: true });
        });
        return;
      }
      Transforms.insertFragment(editor, blocks);
      return;
    }
    insertData(data);
  };

  return editor;
}
