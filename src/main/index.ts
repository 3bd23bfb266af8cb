/** The Electron main process: one window, the menu, IPC, and the guard against losing work. */
import { app, BrowserWindow } from 'electron';
import { registerAppScheme, serveAppProtocol } from './appProtocol.ts';
import type { MenuCommand } from '../shared/commands.ts';
import { COMMAND_CHANNEL } from '../shared/ipc.ts';
import { guardClose } from './closeGuard.ts';
import { createElectronEnv, type WindowState } from './electronEnv.ts';
import type { HandlerEnv } from './handlers/env.ts';
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

let env: HandlerEnv | undefined;
/** A file macOS asked to open before the app was ready (double-click on a .rencana). */
let openedBeforeReady: string | undefined;

/** Opens `path` in the running window: granted, named by launchRequest, asked for by command. */
function openWhileRunning(path: string): void {
  if (!env) {
    openedBeforeReady = path;
    return;
  }
  env.files.grant(path);
  env.launch = { kind: 'file', path };
  if (mainWindow?.isMinimized()) mainWindow.restore();
  mainWindow?.focus();
  // The renderer checks for unsaved work before it opens the file.
  send('open-launch-file');
}

// One instance: a second launch (e.g. double-clicking another .rencana) comes to this window.
if (!app.requestSingleInstanceLock()) app.quit();
else {
  app.on('second-instance', (_event, argv, workingDirectory) => {
    const request = launchRequestFrom(argv.slice(1), workingDirectory);
    if (request.kind === 'file') openWhileRunning(request.path);
    else {
      if (mainWindow?.isMinimized()) mainWindow.restore();
      mainWindow?.focus();
    }
  });
  // macOS hands files over by event, not on the command line.
  app.on('open-file', (event, path) => {
    event.preventDefault();
    openWhileRunning(path);
  });
  // Every web contents, including any Electron creates itself, gets the same rules.
  app.on('web-contents-created', (_event, contents) => hardenContents(contents));
  void app.whenReady().then(() => {
    lockDownSession();
    serveAppProtocol();
    env = createElectronEnv({
      window: () => mainWindow,
      launch: openedBeforeReady
        ? { kind: 'file', path: openedBeforeReady }
        : launchRequestFrom(process.argv.slice(app.isPackaged ? 1 : 2), process.cwd()),
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
