/** The word count under a rich-text section, cheap enough to run on every keystroke. */
import { Node, Text, type Descendant } from 'slate';

/**
 * Words per block. Slate replaces only the nodes an edit touches and keeps the others as the
 * same objects, so a keystroke recounts one paragraph instead of the whole section.
 */
const blockWords = new WeakMap<Descendant, number>();

function wordsOf(node: Descendant): number {
  let count = blockWords.get(node);
  if (count === undefined) {
    // A block holding text (with its links and footnotes) is one run of text; a list or list
    // item holds blocks, each counted on its own so that items do not run into each other.
    count =
      Text.isText(node) || node.children.some((child) => Text.isText(child))
        ? Node.string(node).split(/\s+/).filter(Boolean).length
        : countWords(node.children);
    blockWords.set(node, count);
  }
  return count;
}

/** The number of words in the text: runs of non-space characters, counted block by block. */
export function countWords(nodes: readonly Descendant[]): number {
  let words = 0;
  for (const node of nodes) words += wordsOf(node);
  return words;
}
