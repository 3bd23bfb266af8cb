/** The outline as tree nodes: project details, front matter, Buku → BAB → section, annexes. */
import {
  bookLabel,
  chapterLabel,
  type Outline,
  type OutlineSection,
} from '../../../core/template/outline.ts';
import type { Completeness } from '../../../core/validate/index.ts';
import { META_KEY } from '../store/document.ts';

export interface TreeNode {
  key: string;
  label: string;
  /** "2.1", "BAB II", "Buku I": shown before the label. */
  number?: string;
  /** Whether selecting the node shows it in the centre (sections, books and chapters as overviews, the details page). */
  selectable: boolean;
  /** A book or a chapter: selecting it shows its overview and opens it. */
  part?: boolean;
  /** 0–1, undefined where nothing is counted. */
  completeness?: number;
  /** The dimension a chapter covers, for its mark. */
  dimension?: string;
  children: TreeNode[];
}

export interface TreeLabels {
  meta: string;
  front: string;
  annexes: string;
}

function mean(values: number[]): number | undefined {
  return values.length ? values.reduce((a, b) => a + b, 0) / values.length : undefined;
}

function sectionNode(section: OutlineSection, marks: Record<string, number>): TreeNode {
  const children = section.children.map((child) => sectionNode(child, marks));
  const own = marks[section.key];
  return {
    key: section.key,
    label: section.title,
    number: section.number || undefined,
    selectable: true,
    completeness:
      own ?? mean(children.flatMap((c) => (c.completeness === undefined ? [] : [c.completeness]))),
    children,
  };
}

function averageOf(nodes: TreeNode[]): number | undefined {
  return mean(nodes.flatMap((n) => (n.completeness === undefined ? [] : [n.completeness])));
}

/** The tree; chapters and books take core's completeness (required sections) where it has one. */
export function buildTree(
  outline: Outline,
  marks: Record<string, number>,
  completeness: Completeness | null,
  labels: TreeLabels,
): TreeNode[] {
  const front = outline.frontMatter.map((s) => sectionNode(s, marks));
  const books = outline.books.map((book): TreeNode => {
    const chapters = book.chapters.map((chapter): TreeNode => {
      const sections = chapter.sections.map((s) => sectionNode(s, marks));
      const dimension = chapter.dimension?.id;
      return {
        key: chapter.key,
        label: chapter.title,
        number: chapterLabel(chapter.number),
        selectable: true,
        part: true,
        dimension,
        completeness:
          (dimension !== undefined ? completeness?.byDimension[dimension] : undefined) ??
          completeness?.byChapter[chapter.key] ??
          averageOf(sections),
        children: sections,
      };
    });
    return {
      key: book.key,
      label: book.title,
      number: bookLabel(book.number),
      selectable: true,
      part: true,
      completeness: completeness?.byBook[book.key] ?? averageOf(chapters),
      children: chapters,
    };
  });
  const annexes = outline.annexes.map((s) => sectionNode(s, marks));
  return [
    { key: META_KEY, label: labels.meta, selectable: true, children: [] },
    {
      key: '@front',
      label: labels.front,
      selectable: false,
      completeness: averageOf(front),
      children: front,
    },
    ...books,
    {
      key: '@annexes',
      label: labels.annexes,
      selectable: false,
      completeness: averageOf(annexes),
      children: annexes,
    },
  ];
}

/** Whether a node is open: the user's choice, else top-level nodes open and deeper ones closed. */
export function isExpanded(key: string, level: number, expanded: Record<string, boolean>): boolean {
  return expanded[key] ?? level === 1;
}

export interface VisibleNode {
  node: TreeNode;
  level: number;
  parent?: string;
  /** 1-based place among its siblings, and their number (aria-posinset, aria-setsize). */
  position: number;
  siblings: number;
}

/** The nodes a user can reach with the arrow keys, in order, with their depth and parent. */
export function visibleNodes(
  nodes: TreeNode[],
  expanded: Record<string, boolean>,
  level = 1,
  parent?: string,
): VisibleNode[] {
  return nodes.flatMap((node, index) => [
    { node, level, parent, position: index + 1, siblings: nodes.length },
    ...(node.children.length > 0 && isExpanded(node.key, level, expanded)
      ? visibleNodes(node.children, expanded, level + 1, node.key)
      : []),
  ]);
}

/** Keys of the nodes that contain `key` (to expand them when it is shown). */
export function ancestorsOf(
  nodes: TreeNode[],
  key: string,
  trail: string[] = [],
): string[] | undefined {
  for (const node of nodes) {
    if (node.key === key) return trail;
    const found = ancestorsOf(node.children, key, [...trail, node.key]);
    if (found) return found;
  }
  return undefined;
}
