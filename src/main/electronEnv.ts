/** The handler environment inside Electron: native dialogs, the shell, the window title. */
import { app, dialog, shell, type BrowserWindow } from 'electron';
import { join } from 'node:path';
import { builtinTemplates } from '../core/io/templates.ts';
import type { Lang } from '../core/i18n/lang.ts';
import type { LaunchRequest } from '../shared/api.ts';
import { grantedFileAccess } from './grantedFiles.ts';
import { checkedExternalUrl } from './handlers/app.ts';
import type { HandlerEnv } from './handlers/env.ts';
import { fileRecentStore } from './handlers/recent.ts';
import { samplePath } from './handlers/sample.ts';
import { WindowSessions } from './handlers/sessions.ts';
import { labels } from './labels.ts';

export interface WindowState {
  dirty: boolean;
  lang: Lang;
  /** Set when the renderer has saved or discarded and the window may close. */
  closeAllowed: boolean;
}

export interface ElectronEnvOptions {
  window: () => BrowserWindow | undefined;
  launch: LaunchRequest;
  state: WindowState;
  onLanguage(lang: Lang): void;
}

/** Creates the environment; the launch file (if any) is granted. */
export function createElectronEnv(options: ElectronEnvOptions): HandlerEnv {
  const files = grantedFileAccess(app.getPath('documents'));
  if (options.launch.kind === 'file') files.grant(options.launch.path);
  const l = () => labels(options.state.lang);
  const sessions = new WindowSessions();
  // Locks go with the app: on quit every window's lock is released.
  app.on('will-quit', () => sessions.endAll());
  const parent = () => options.window();
  return {
    info: { version: app.getVersion(), shell: 'electron', nativeDialogs: true },
    templates: builtinTemplates(),
    files,
    dialogs: {
      available: true,
      async chooseProjectToOpen() {
        const window = parent();
        const settings = {
          properties: ['openFile' as const],
          filters: [{ name: l().openFilter, extensions: ['rencana'] }],
        };
        const result = window
          ? await dialog.showOpenDialog(window, settings)
          : await dialog.showOpenDialog(settings);
        const chosen = result.canceled ? undefined : result.filePaths[0];
        if (chosen) files.grant(chosen);
        return chosen;
      },
      async chooseProjectFiles() {
        const window = parent();
        const settings = {
          properties: ['openFile' as const, 'multiSelections' as const],
          filters: [{ name: l().openFilter, extensions: ['rencana'] }],
        };
        const result = window
          ? await dialog.showOpenDialog(window, settings)
          : await dialog.showOpenDialog(settings);
        if (result.canceled) return undefined;
        for (const chosen of result.filePaths) files.grant(chosen);
        return result.filePaths;
      },
      async chooseSaveTarget(suggestedName) {
        const window = parent();
        const settings = {
          defaultPath: join(files.defaultFolder(), suggestedName),
          filters: [{ name: l().openFilter, extensions: ['rencana'] }],
        };
        const result = window
          ? await dialog.showSaveDialog(window, settings)
          : await dialog.showSaveDialog(settings);
        const chosen = result.canceled ? undefined : result.filePath;
        if (chosen)
          files.grant(chosen.toLowerCase().endsWith('.rencana') ? chosen : `${chosen}.rencana`);
        return chosen;
      },
      async chooseImage() {
        const window = parent();
        const settings = {
          properties: ['openFile' as const],
          filters: [{ name: l().imageFilter, extensions: ['png', 'jpg', 'jpeg'] }],
        };
        const result = window
          ? await dialog.showOpenDialog(window, settings)
          : await dialog.showOpenDialog(settings);
        return result.canceled ? undefined : result.filePaths[0];
      },
    },
    desktop: {
      async showInFolder(path) {
        shell.showItemInFolder(path);
        return true;
      },
      async openExternal(url) {
        // The handler already checked it; checked again here, next to the call that acts on it.
        await shell.openExternal(checkedExternalUrl(url));
        return true;
      },
      setWindowState(state) {
        const window = parent();
        window?.setTitle(state.title);
        window?.setDocumentEdited(state.dirty);
        options.state.dirty = state.dirty;
        if (state.lang !== options.state.lang) {
          options.state.lang = state.lang;
          options.onLanguage(state.lang);
        }
      },
      closeWindow() {
        options.state.closeAllowed = true;
        parent()?.close();
      },
    },
    recent: fileRecentStore(join(app.getPath('userData'), 'recent.json')),
    sessions,
    recoveryFolder: join(app.getPath('userData'), 'pemulihan'),
    samplePath: samplePath(),
    launch: options.launch,
    // Built beside this bundle from src/core/export/worker/thread.ts (electron.vite.config.ts).
    exportThread: new URL('./exportThread.js', import.meta.url),
  };
}
