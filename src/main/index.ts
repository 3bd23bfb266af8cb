/** The Electron main process: one window, the menu, IPC, and the guard against losing work. */
import { app, BrowserWindow } from 'electron';
import { registerAppScheme, serveAppProtocol } from './appProtocol.ts';
import type { MenuCommand } from '../shared/commands.ts';
import { COMMAND_CHANNEL } from '../shared/ipc.ts';
import { guardClose } from './closeGuard.ts';
import { createElectronEnv, type WindowState } from './electronEnv.ts';
import { serveIpc } from './ipc.ts';
import { launchRequestFrom } from './launchArgs.ts';
import { installMenu } from './menu.ts';
import { createMainWindow, hardenContents, lockDownSession } from './window.ts';

let mainWindow: BrowserWindow | undefined;
const state: WindowState = { dirty: false, lang: 'id', closeAllowed: false };

const send = (command: MenuCommand) => mainWindow?.webContents.send(COMMAND_CHANNEL, command);

function openWindow(): void {
  state.closeAllowed = false;
  mainWindow = createMainWindow();
  guardClose(mainWindow, state, send);
  mainWindow.on('closed', () => {
    mainWindow = undefined;
  });
}

// Before the app is ready: every renderer sandboxed, whatever a window's options say, and the
// renderer's scheme declared.
app.enableSandbox();
registerAppScheme();

// One instance: a second launch (e.g. double-clicking another .rencana) brings the window forward.
if (!app.requestSingleInstanceLock()) app.quit();
else {
  app.on('second-instance', () => {
    if (mainWindow?.isMinimized()) mainWindow.restore();
    mainWindow?.focus();
  });
  // Every web contents, including any Electron creates itself, gets the same rules.
  app.on('web-contents-created', (_event, contents) => hardenContents(contents));
  void app.whenReady().then(() => {
    lockDownSession();
    serveAppProtocol();
    const env = createElectronEnv({
      window: () => mainWindow,
      launch: launchRequestFrom(process.argv.slice(app.isPackaged ? 1 : 2), process.cwd()),
      state,
      onLanguage: (lang) => installMenu(lang, send),
    });
    serveIpc(env, () => mainWindow);
    installMenu(state.lang, send);
    openWindow();
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) openWindow();
    });
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
}
