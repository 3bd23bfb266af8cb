// A stand-in for the `electron` module, so the built main process can run under plain Node in
// tests (the Electron binary cannot be downloaded on build machines). It records what the main
// process asks of Electron: IPC handlers, windows and their options, menus, titles.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

export const recorded = {
  handlers: new Map(),
  windows: [],
  menus: [],
  sent: [],
  opened: [],
  shown: [],
  appListeners: {},
  schemes: [],
  protocolHandlers: new Map(),
};
globalThis.__electronStub = recorded;

const home = process.env.STUB_HOME ?? '/tmp';

class WebContents {
  constructor() {
    this.listeners = {};
  }
  on(name, fn) {
    this.listeners[name] = fn;
  }
  setWindowOpenHandler(fn) {
    this.windowOpenHandler = fn;
  }
  send(channel, payload) {
    recorded.sent.push({ channel, payload });
  }
}

export class BrowserWindow {
  constructor(options) {
    this.options = options;
    this.webContents = new WebContents();
    this.title = '';
    this.listeners = {};
    recorded.windows.push(this);
  }
  static getAllWindows() {
    return recorded.windows;
  }
  once() {}
  on(name, fn) {
    this.listeners[name] = fn;
  }
  loadFile(file) {
    this.loaded = file;
    return Promise.resolve();
  }
  loadURL(url) {
    this.loaded = url;
    return Promise.resolve();
  }
  setTitle(title) {
    this.title = title;
  }
  setDocumentEdited(edited) {
    this.edited = edited;
  }
  close() {
    this.closed = true;
  }
  isMinimized() {
    return false;
  }
  focus() {}
}

export const app = {
  isPackaged: false,
  requestSingleInstanceLock: () => true,
  enableSandbox() {
    recorded.sandboxEverywhere = true;
  },
  on(name, fn) {
    recorded.appListeners[name] = fn;
  },
  quit() {},
  whenReady: () => Promise.resolve(),
  getVersion: () => '0.0.0-test',
  getPath(name) {
    const path = join(home, name);
    mkdirSync(path, { recursive: true });
    return path;
  },
};

export const ipcMain = {
  handle(channel, fn) {
    recorded.handlers.set(channel, fn);
  },
};

export const Menu = {
  buildFromTemplate: (template) => template,
  setApplicationMenu: (menu) => recorded.menus.push(menu),
};

export const dialog = {
  showOpenDialog: async () => ({ canceled: false, filePaths: [process.env.STUB_OPEN ?? ''] }),
  showSaveDialog: async () => ({ canceled: false, filePath: process.env.STUB_SAVE ?? '' }),
  showMessageBoxSync: () => 2,
};

export const shell = {
  openExternal: async (url) => recorded.opened.push(url),
  showItemInFolder: (path) => recorded.shown.push(path),
};

const permissions = {};
export const session = {
  defaultSession: {
    setPermissionRequestHandler: (fn) => (permissions.request = fn),
    setPermissionCheckHandler: (fn) => (permissions.check = fn),
    setDevicePermissionHandler: (fn) => (permissions.device = fn),
    webRequest: { onBeforeRequest: (fn) => (permissions.beforeRequest = fn) },
  },
};

export const protocol = {
  registerSchemesAsPrivileged: (schemes) => recorded.schemes.push(...schemes),
  handle: (scheme, fn) => recorded.protocolHandlers.set(scheme, fn),
};
recorded.permissions = permissions;

export const contextBridge = {};
export const ipcRenderer = {};
export default {
  app,
  BrowserWindow,
  ipcMain,
  Menu,
  dialog,
  shell,
  session,
  protocol,
  contextBridge,
  ipcRenderer,
};
