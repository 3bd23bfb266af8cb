/**
 * Commands the native menu sends to the renderer. The renderer runs the same commands from
 * its own shortcuts and buttons, so the menu and the keyboard cannot disagree.
 */
export const MENU_COMMANDS = [
  'new-project',
  'open-project',
  'open-sample',
  'save',
  'save-as',
  'export-docx',
  'export-pdf',
  'close-project',
  'undo',
  'redo',
  'bold',
  'italic',
  'underline',
  'find',
  'toggle-guidance',
  'language-id',
  'language-en',
  'about',
  'save-and-close',
  'discard-and-close',
  'rollup',
  // Not a menu item: the app was asked to open a .rencana while running (a second launch,
  // macOS "Open With"); the renderer asks launchRequest which file, after the unsaved check.
  'open-launch-file',
] as const;

export type MenuCommand = (typeof MENU_COMMANDS)[number];

/** Whether a value from the other process is a known command. */
export function isMenuCommand(value: unknown): value is MenuCommand {
  return typeof value === 'string' && (MENU_COMMANDS as readonly string[]).includes(value);
}
