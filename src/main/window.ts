/**
 * The one window factory and the rules every web contents of the app lives by. Every security
 * setting is stated, not left to Electron's defaults: isolated, sandboxed renderer without Node
 * (also in subframes and workers); the page comes from app://rencana/ and may load nothing
 * remote; no navigation, no redirects, no new windows, no webviews, no permission or device
 * grants; links leave the app only through the checked openExternal call.
 */
import { BrowserWindow, session, type WebContents } from 'electron';
import { fileURLToPath } from 'node:url';
import { APP_ENTRY_URL, isAppProtocolUrl } from './appProtocol.ts';

const PRELOAD = fileURLToPath(new URL('../preload/index.cjs', import.meta.url));

/** The URL the renderer is served from in development (electron-vite dev), if any. */
export function devServerUrl(): string | undefined {
  const url = process.env.ELECTRON_RENDERER_URL;
  return url && /^http:\/\/(localhost|127\.0\.0\.1):\d+\/?$/.test(url) ? url : undefined;
}

/** Whether a URL is the app's own page (the only page a window may show). */
export function isAppUrl(url: string): boolean {
  const dev = devServerUrl();
  if (dev) return url.startsWith(dev);
  return isAppProtocolUrl(url);
}

/**
 * Whether the renderer may fetch `url`: the app's own files, data/blob URLs of project images,
 * DevTools, and in development the dev server (and its hot-reload socket). Nothing remote.
 */
export function isAllowedRequest(url: string): boolean {
  if (isAppProtocolUrl(url)) return true;
  if (/^(data|blob|devtools):/i.test(url)) return true;
  const dev = devServerUrl();
  if (!dev) return false;
  const origin = new URL(dev).host;
  try {
    const parsed = new URL(url);
    return /^(http|ws):$/.test(parsed.protocol) && parsed.host === origin;
  } catch {
    return false;
  }
}

/**
 * Hardens any web contents the app creates (installed from `web-contents-created`, so it also
 * covers contents Electron makes on its own): no new windows, no navigation or redirect away
 * from the app's page in any frame, no webviews.
 */
export function hardenContents(contents: WebContents): void {
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  contents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-frame-navigate', (event) => {
    if (!isAppUrl(event.url)) event.preventDefault();
  });
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

/**
 * The session rules: every permission request and check is denied (camera, notifications,
 * geolocation, clipboard-read, HID/USB/serial devices …) and every request for something that
 * is not the app's own content is cancelled before it leaves.
 */
export function lockDownSession(): void {
  const ses = session.defaultSession;
  ses.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);
  ses.setDevicePermissionHandler(() => false);
  ses.webRequest.onBeforeRequest((details, callback) =>
    callback({ cancel: !isAllowedRequest(details.url) }),
  );
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
    // Written out in full here (not spread from a constant) so static checks read them too.
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
      // Middle-click would otherwise ask for a new window (denied anyway by the open handler).
      disableBlinkFeatures: 'Auxclick',
      webviewTag: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      spellcheck: true,
    },
  });
  hardenContents(window.webContents);
  window.once('ready-to-show', () => window.show());
  void window.loadURL(devServerUrl() ?? APP_ENTRY_URL);
  return window;
}
