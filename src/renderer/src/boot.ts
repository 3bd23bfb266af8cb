/** Starts the non-React parts of the renderer: language, background validation, window state, commands, launch. */
import { unwrap } from '../../shared/client.ts';
import { openPath, openSampleFlow, refreshRecent, reportError } from './actions/project.ts';
import { api } from './api/index.ts';
import { runCommand } from './commands.ts';
import { changeLanguage, savedLanguage } from './i18n/index.ts';
import { shortcutCommand } from './shortcuts.ts';
import { useAppStore } from './store/store.ts';
import { startValidation } from './validation/scheduler.ts';
import { startWindowState } from './windowState.ts';

async function launch(): Promise<void> {
  try {
    useAppStore.getState().setAppInfo(unwrap(await api.appInfo()));
    const request = unwrap(await api.launchRequest());
    if (request.kind === 'sample') await openSampleFlow();
    else if (request.kind === 'file') await openPath(request.path);
  } catch (error) {
    reportError(error);
  }
  await refreshRecent();
}

/** Wires everything once, before the first render. */
export function boot(): void {
  changeLanguage(savedLanguage());
  startValidation(useAppStore);
  startWindowState(useAppStore);
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
