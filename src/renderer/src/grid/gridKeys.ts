/**
 * Keyboard movement between grid cells. Arrow keys edit text while the caret can move inside
 * it, and move to the next cell at its edges; Ctrl+arrow always moves; Enter in a one-line
 * field moves down, as in a spreadsheet.
 */

export type ControlKind = 'text' | 'textarea' | 'select' | 'toggle';

export interface KeyInput {
  key: string;
  ctrlKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
  metaKey: boolean;
}

export interface CaretState {
  kind: ControlKind;
  /** Caret at the very start / end, with nothing selected. */
  atStart: boolean;
  atEnd: boolean;
}

export interface Move {
  rows: number;
  columns: number;
}

/** The cell to move to, relative to the current one, or undefined to let the control have the key. */
export function gridMove(key: KeyInput, caret: CaretState): Move | undefined {
  if (key.altKey || key.metaKey) return undefined;
  const always = key.ctrlKey;
  const lineField = caret.kind === 'text';
  switch (key.key) {
    case 'ArrowLeft':
      return always || caret.kind === 'toggle' || caret.kind === 'select' || caret.atStart
        ? { rows: 0, columns: -1 }
        : undefined;
    case 'ArrowRight':
      return always || caret.kind === 'toggle' || caret.kind === 'select' || caret.atEnd
        ? { rows: 0, columns: 1 }
        : undefined;
    case 'ArrowUp':
      return always ||
        lineField ||
        caret.kind === 'toggle' ||
        (caret.kind === 'textarea' && caret.atStart)
        ? { rows: -1, columns: 0 }
        : undefined;
    case 'ArrowDown':
      return always ||
        lineField ||
        caret.kind === 'toggle' ||
        (caret.kind === 'textarea' && caret.atEnd)
        ? { rows: 1, columns: 0 }
        : undefined;
    case 'Enter':
      return lineField && !key.ctrlKey ? { rows: key.shiftKey ? -1 : 1, columns: 0 } : undefined;
    default:
      return undefined;
  }
}

/** What kind of control an element is, and where its caret stands. */
export function caretOf(element: Element): CaretState | undefined {
  if (
    element instanceof HTMLTextAreaElement ||
    (element instanceof HTMLInputElement && element.type === 'text')
  ) {
    const { selectionStart, selectionEnd, value } = element;
    const collapsed = selectionStart === selectionEnd;
    return {
      kind: element instanceof HTMLTextAreaElement ? 'textarea' : 'text',
      atStart: collapsed && selectionStart === 0,
      atEnd: collapsed && selectionEnd === value.length,
    };
  }
  if (element instanceof HTMLSelectElement) return { kind: 'select', atStart: true, atEnd: true };
  if (
    element instanceof HTMLInputElement ||
    element instanceof HTMLButtonElement ||
    element.getAttribute('tabindex') !== null
  )
    return { kind: 'toggle', atStart: true, atEnd: true };
  return undefined;
}
