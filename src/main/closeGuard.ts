/** Asks before a window with unsaved changes closes: save, discard or stay. */
import { dialog, type BrowserWindow } from 'electron';
import type { MenuCommand } from '../shared/commands.ts';
import type { WindowState } from './electronEnv.ts';
import { labels } from './labels.ts';

/** Installs the guard; the renderer saves and then calls closeWindow when the user chose Save. */
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
      state.closeAllowed = true;
      window.close();
    }
  });
}
