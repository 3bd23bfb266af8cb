/** Asks before a window with unsaved changes closes: save, discard or stay. */
import { dialog, type BrowserWindow } from 'electron';
import type { MenuCommand } from '../shared/commands.ts';
import type { WindowState } from './electronEnv.ts';
import { labels } from './labels.ts';

/** How long the renderer has to drop its recovery copy before a discarded window closes anyway. */
const DISCARD_GRACE_MS = 2000;

/**
 * Installs the guard. Save: the renderer saves, then calls closeWindow. Don't Save: the
 * renderer drops its recovery copy and lock, then calls closeWindow; a renderer that does
 * not answer in time does not keep the window open.
 */
export function guardClose(
  window: BrowserWindow,
  state: WindowState,
  send: (command: MenuCommand) => void,
): void {
  window.on('close', (event) => {
    if (!state.dirty || state.closeAllowed) return;
    event.preventDefault();
    const l = labels(state.lang);
    const choice = dialog.showMessageBoxSync(window, {
      type: 'question',
      title: l.unsavedTitle,
      message: l.unsavedMessage,
      detail: l.unsavedDetail,
      buttons: [l.unsavedSave, l.unsavedDiscard, l.unsavedCancel],
      defaultId: 0,
      cancelId: 2,
      noLink: true,
    });
    if (choice === 0) send('save-and-close');
    else if (choice === 1) {
      send('discard-and-close');
      setTimeout(() => {
        if (window.isDestroyed() || state.closeAllowed) return;
        state.closeAllowed = true;
        window.close();
      }, DISCARD_GRACE_MS);
    }
  });
}
