/** Starts the non-React parts of the renderer: language, background validation, window state, commands, launch. */
import { unwrap } from '../../shared/client.ts';
import {
  openPath,
  openSampleFlow,
  refreshRecent,
  refreshRecoveries,
  reportError,
} from './actions/project.ts';
import { api } from './api/index.ts';
import { autosaveInterval, startAutosave } from './autosave.ts';
import { runCommand } from './commands.ts';
import { changeLanguage, savedLanguage } from './i18n/index.ts';
import { shortcutCommand } from './shortcuts.ts';
import { useAppStore } from './store/store.ts';
import { startValidation } from './validation/scheduler.ts';
import { startWindowState } from './windowState.ts';
import { WINDOW_ID } from './windowId.ts';

/** Well inside the host's five minutes, even with a hidden tab's timers slowed to once a minute. */
const ALIVE_EVERY_MS = 60_000;

async function launch(): Promise<void> {
  try {
    useAppStore.getState().setAppInfo(unwrap(await api.appInfo()));
    const request = unwrap(await api.launchRequest());
    if (request.kind === 'sample') await openSampleFlow();
    else if (request.kind === 'file') await openPath(request.path);
  } catch (error) {
    reportError(error);
  }
  await Promise.all([refreshRecent(), refreshRecoveries()]);
}

/** Wires everything once, before the first render. */
export function boot(): void {
  changeLanguage(savedLanguage());
  startValidation(useAppStore);
  startWindowState(useAppStore);
  startAutosave(useAppStore, autosaveInterval(window.location.search));
  // Leaving the page (reload, tab closed) releases this window's lock; its recovery copy stays.
  window.addEventListener('pagehide', () => void api.endWindow({ window: WINDOW_ID }));
  // Calling in shows the window is alive; a tab that crashed stops, and its lock goes stale.
  setInterval(() => void api.windowAlive({ window: WINDOW_ID }).catch(() => {}), ALIVE_EVERY_MS);
  api.onCommand(runCommand);
  window.addEventListener(
    'keydown',
    (event) => {
      const command = shortcutCommand(event);
      // Inside a dialog, keys belong to the dialog (Ctrl+Z undoes typing in its field, not the plan).
      if (!command || useAppStore.getState().dialog) return;
      event.preventDefault();
      runCommand(command);
    },
    { capture: true },
  );
  void launch();
}
