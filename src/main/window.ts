/**
 * The one window factory. Every security setting is stated, not left to Electron's defaults:
 * isolated, sandboxed renderer without Node; no navigation, no new windows, no webviews, no
 * permission grants; links leave the app only through the checked openExternal handler.
 */
import { BrowserWindow, session, type WebContents } from 'electron';
import { fileURLToPath } from 'node:url';

const PRELOAD = fileURLToPath(new URL('../preload/index.cjs', import.meta.url));
const RENDERER_FILE = fileURLToPath(new URL('../renderer/index.html', import.meta.url));

/** The URL the renderer is served from in development (electron-vite dev), if any. */
export function devServerUrl(): string | undefined {
  const url = process.env.ELECTRON_RENDERER_URL;
  return url && /^http:\/\/(localhost|127\.0\.0\.1):\d+\/?$/.test(url) ? url : undefined;
}

/** Whether a URL is the app's own page (the only page a window may show). */
export function isAppUrl(url: string): boolean {
  const dev = devServerUrl();
  if (dev) return url.startsWith(dev);
  return (
    url.startsWith('file://') && fileURLToPath(url.split('#')[0]!.split('?')[0]!) === RENDERER_FILE
  );
}

function harden(contents: WebContents): void {
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  contents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

/** Denies every permission request (camera, notifications, geolocation, …) for the app's session. */
export function denyPermissions(): void {
  session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) =>
    callback(false),
  );
  session.defaultSession.setPermissionCheckHandler(() => false);
}

/** Creates the main window and loads the renderer. */
export function createMainWindow(): BrowserWindow {
  const window = new BrowserWindow({
    width: 1440,
    height: 900,
    minWidth: 1024,
    minHeight: 640,
    show: false,
    backgroundColor: '#f4f5f7',
    title: 'Rencana Studio',
    webPreferences: {
      preload: PRELOAD,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: true,
    },
  });
  harden(window.webContents);
  window.once('ready-to-show', () => window.show());
  const dev = devServerUrl();
  void (dev ? window.loadURL(dev) : window.loadFile(RENDERER_FILE));
  return window;
}
