/** The rich-text editor the user last worked in, so that menu commands (Bold, …) reach it. */
import type { Editor } from 'slate';
import { ReactEditor } from 'slate-react';
import { toggleMark } from './commands.ts';
import type { MarkName } from './slateTypes.ts';

let active: Editor | null = null;

/** Records the editor that has focus. */
export function setActiveEditor(editor: Editor | null): void {
  active = editor;
}

/** Forgets `editor` when it goes away. */
export function releaseActiveEditor(editor: Editor): void {
  if (active === editor) active = null;
}

/** Applies a mark from the native menu to the editor in use. */
export function toggleMarkInActiveEditor(mark: MarkName): void {
  if (!active || !active.selection) return;
  toggleMark(active, mark);
  ReactEditor.focus(active);
}
