/** Word's list paragraphs ("mso-list: l0 level2") turned into nested lists. */
import type { InlineNode, ListElement, ListItemElement } from '../../../core/model/richtext.ts';
import { withEdges } from './htmlInline.ts';

/** One Word list paragraph: its level, whether it is numbered, its text and which list it belongs to. */
export interface WordListLine {
  level: number;
  ordered: boolean;
  inlines: InlineNode[];
  /** Word's list id ("l0"), or a class saying a new list starts here. */
  list: string;
  first: boolean;
}

/** Nested lists from Word list lines (levels 1, 2, …). */
export function buildLists(lines: WordListLine[]): ListElement[] {
  let index = 0;
  const build = (level: number): ListElement => {
    const ordered = lines[index]?.ordered ?? false;
    const items: ListItemElement[] = [];
    while (index < lines.length && lines[index]!.level >= level) {
      const line = lines[index]!;
      if (line.level > level && items.length > 0) {
        items[items.length - 1]!.children.push(build(line.level));
        continue;
      }
      items.push({
        type: 'list-item',
        children: [{ type: 'paragraph', children: withEdges(line.inlines) }],
      });
      index++;
    }
    return { type: ordered ? 'numbered-list' : 'bulleted-list', children: items };
  };
  const lists: ListElement[] = [];
  while (index < lines.length) lists.push(build(lines[index]!.level));
  return lists;
}

/** Lines split where a new list begins: Word's list id changes, or its class says so. */
export function groupListLines(lines: WordListLine[]): WordListLine[][] {
  const groups: WordListLine[][] = [];
  lines.forEach((line, i) => {
    const previous = lines[i - 1];
    if (!previous || line.first || line.list !== previous.list) groups.push([line]);
    else groups[groups.length - 1]!.push(line);
  });
  return groups;
}
