/**
 * Slate scrolls the caret into view after every change, walking every ancestor and reading its
 * computed style. While typing, the caret is nearly always in view already: then reading its
 * position is enough. Anything else (a selection, a caret out of view, an editor outside the
 * centre pane) goes to Slate's own scrolling, unchanged.
 */
import { Range } from 'slate';
import { defaultScrollSelectionIntoView, type ReactEditor } from 'slate-react';

export interface Box {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

/** Whether `inner` lies wholly inside `frame` (what "scroll if needed" checks before scrolling). */
export function whollyInside(inner: Box, frame: Box): boolean {
  return (
    inner.top >= frame.top &&
    inner.bottom <= frame.bottom &&
    inner.left >= frame.left &&
    inner.right <= frame.right
  );
}

/** The visible area of a scrolling element, inside its borders and scrollbars. */
function visibleArea(element: Element): Box {
  const rect = element.getBoundingClientRect();
  const top = rect.top + element.clientTop;
  const left = rect.left + element.clientLeft;
  return { top, left, bottom: top + element.clientHeight, right: left + element.clientWidth };
}

function caretInView(domRange: globalThis.Range): boolean {
  const pane = domRange.startContainer.parentElement?.closest('.centre-pane');
  if (!pane) return false;
  const caret = domRange.getBoundingClientRect();
  // Chromium gives an empty rect for some valid carets (line breaks); Slate decides those.
  if (caret.width === 0 && caret.height === 0 && caret.x === 0 && caret.y === 0) return false;
  const viewport = { top: 0, left: 0, bottom: window.innerHeight, right: window.innerWidth };
  return whollyInside(caret, visibleArea(pane)) && whollyInside(caret, viewport);
}

/** Editable's scrollSelectionIntoView: Slate's, skipped while a collapsed caret is in view. */
export function scrollCaretIntoView(editor: ReactEditor, domRange: globalThis.Range): void {
  if (editor.selection && Range.isCollapsed(editor.selection) && caretInView(domRange)) return;
  defaultScrollSelectionIntoView(editor, domRange);
}
