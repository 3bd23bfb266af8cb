/**
 * The document outline as an ARIA tree named "Struktur Dokumen": arrow keys move, Right/Left
 * open and close, Enter shows a section; each node carries its completeness mark.
 */
import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../store/store.ts';
import { useFindingCounts } from '../panel/useFindings.ts';
import { CompletenessMark } from './CompletenessMark.tsx';
import {
  ancestorsOf,
  buildTree,
  isExpanded,
  visibleNodes,
  type TreeNode,
  type VisibleNode,
} from './treeModel.ts';

function nodeId(key: string): string {
  return `tree-${key.replace(/[^a-zA-Z0-9_-]/g, '_')}`;
}

/** The outline tree. */
export function OutlineTree() {
  const { t } = useTranslation();
  const outline = useAppStore((s) => s.doc!.outline);
  const marks = useAppStore((s) => s.sectionMarks);
  const completeness = useAppStore((s) => s.completeness);
  const activeKey = useAppStore((s) => s.activeKey);
  const expanded = useAppStore((s) => s.expanded);
  const setExpanded = useAppStore((s) => s.setExpanded);
  const showSection = useAppStore((s) => s.showSection);
  const errorCounts = useFindingCounts();
  const tree = useMemo(
    () =>
      buildTree(outline, marks, completeness, {
        meta: t('outline.meta'),
        front: t('outline.front'),
        annexes: t('outline.annexes'),
      }),
    [outline, marks, completeness, t],
  );
  const visible = useMemo(() => visibleNodes(tree, expanded), [tree, expanded]);
  const [focusKey, setFocusKey] = useState<string | null>(null);
  const treeRef = useRef<HTMLUListElement>(null);

  // Whatever section is shown (by click, finding, search or undo), its chapter is open in the tree.
  useEffect(() => {
    if (!activeKey) return;
    const ancestors = ancestorsOf(tree, activeKey);
    if (ancestors?.length) setExpanded(ancestors, true);
    setFocusKey(activeKey);
  }, [activeKey, tree, setExpanded]);

  // …and scrolled into view once it is rendered.
  useEffect(() => {
    if (activeKey) document.getElementById(nodeId(activeKey))?.scrollIntoView({ block: 'nearest' });
  }, [activeKey, visible]);

  const tabStop = visible.some((v) => v.node.key === focusKey)
    ? focusKey
    : (visible[0]?.node.key ?? null);

  const moveFocus = (key: string | undefined) => {
    if (!key) return;
    setFocusKey(key);
    document.getElementById(nodeId(key))?.focus();
  };

  const toggle = (node: TreeNode, level: number) =>
    setExpanded([node.key], !isExpanded(node.key, level, expanded));

  const activate = (node: TreeNode, level: number) => {
    if (!node.selectable) {
      toggle(node, level);
      return;
    }
    showSection(node.key);
    // A Buku or BAB shows its overview and opens, so that its sections are at hand in the tree too.
    if (node.part && node.children.length > 0 && !isExpanded(node.key, level, expanded))
      setExpanded([node.key], true);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    // The item with focus, read from the DOM: state may lag behind fast keys.
    const focusedKey = (event.target as HTMLElement).closest<HTMLElement>('[role="treeitem"]')
      ?.dataset.key;
    const index = visible.findIndex((v) => v.node.key === (focusedKey ?? tabStop));
    const current = visible[index];
    if (!current) return;
    const { node, level, parent } = current;
    const open = node.children.length > 0 && isExpanded(node.key, level, expanded);
    switch (event.key) {
      case 'ArrowDown':
        moveFocus(visible[index + 1]?.node.key);
        break;
      case 'ArrowUp':
        moveFocus(visible[index - 1]?.node.key);
        break;
      case 'Home':
        moveFocus(visible[0]?.node.key);
        break;
      case 'End':
        moveFocus(visible[visible.length - 1]?.node.key);
        break;
      case 'ArrowRight':
        if (node.children.length === 0) break;
        if (open) moveFocus(node.children[0]?.key);
        else setExpanded([node.key], true);
        break;
      case 'ArrowLeft':
        if (open) setExpanded([node.key], false);
        else moveFocus(parent);
        break;
      case 'Enter':
      case ' ':
        activate(node, level);
        break;
      default:
        return;
    }
    event.preventDefault();
  };

  // A flat list of items with levels (not nested groups): each item's name is its own row only.
  const renderItem = ({ node, level, position, siblings }: VisibleNode) => {
    const hasChildren = node.children.length > 0;
    const open = hasChildren && isExpanded(node.key, level, expanded);
    const errors = errorCounts.get(node.key) ?? 0;
    return (
      <li
        key={node.key}
        id={nodeId(node.key)}
        data-key={node.key}
        role="treeitem"
        aria-level={level}
        aria-setsize={siblings}
        aria-posinset={position}
        aria-expanded={hasChildren ? open : undefined}
        aria-selected={node.selectable ? node.key === activeKey : undefined}
        tabIndex={node.key === tabStop ? 0 : -1}
        className={`tree-item tree-level-${Math.min(level, 5)}${node.key === activeKey ? ' is-active' : ''}`}
        onFocus={() => setFocusKey(node.key)}
        onClick={(event) => {
          moveFocus(node.key);
          // The arrow before a node only opens or closes it; the rest of the row shows it.
          if (hasChildren && (event.target as Element).closest('.tree-twisty')) toggle(node, level);
          else activate(node, level);
        }}
      >
        <span
          className={`tree-twisty${hasChildren ? (open ? ' is-open' : '') : ' is-leaf'}`}
          aria-hidden="true"
        />
        <span className="tree-label">
          {node.number && <span className="tree-number">{node.number} </span>}
          {node.label}
        </span>
        {errors > 0 && (
          <>
            <span className="visually-hidden">, {t('outline.errors', { count: errors })}</span>
            <span className="tree-errors" aria-hidden="true">
              {errors}
            </span>
          </>
        )}
        {node.completeness !== undefined && <CompletenessMark value={node.completeness} />}
      </li>
    );
  };

  return (
    <ul
      ref={treeRef}
      role="tree"
      aria-label={t('outline.tree')}
      className="tree"
      onKeyDown={onKeyDown}
    >
      {visible.map(renderItem)}
    </ul>
  );
}
