/**
 * Keyboard shortcuts of the whole window. In the desktop app the native menu shows the same
 * accelerators; a key the page handles here (and prevents) does not also reach the menu.
 */
import type { MenuCommand } from '../../shared/commands.ts';

/** The command for a key press, or undefined. Bold/italic/underline stay with the text editor. */
export function shortcutCommand(
  event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>,
): MenuCommand | undefined {
  if (!(event.ctrlKey || event.metaKey) || event.altKey) return undefined;
  const key = event.key.toLowerCase();
  if (event.shiftKey) {
    if (key === 's') return 'save-as';
    if (key === 'z') return 'redo';
    return undefined;
  }
  switch (key) {
    case 'n':
      return 'new-project';
    case 'o':
      return 'open-project';
    case 's':
      return 'save';
    case 'z':
      return 'undo';
    case 'y':
      return 'redo';
    case 'f':
      return 'find';
    default:
      return undefined;
  }
}
