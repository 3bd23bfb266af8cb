// Loads the built main process (out/main/index.js) against the Electron stand-in of
// tests/e2e/electronStub and probes each item of Electron's security checklist the way an
// attacker inside the renderer (or a hostile page it was tricked into) would. Prints one JSON line.
import { register } from 'node:module';
import { setTimeout as sleep } from 'node:timers/promises';

register('../e2e/electronStub/hooks.mjs', import.meta.url);
const root = new URL('../../', import.meta.url);
await import(new URL('out/main/index.js', root).href);
await sleep(50);

const recorded = globalThis.__electronStub;
const window = recorded.windows[0];
const permissions = recorded.permissions;

// A web contents as Electron would hand it to `web-contents-created` (e.g. a devtools or
// a frame's contents): record which listeners the app installs and whether they block.
function fakeContents() {
  const listeners = {};
  return {
    listeners,
    on(name, fn) {
      (listeners[name] ??= []).push(fn);
    },
    setWindowOpenHandler(fn) {
      this.windowOpenHandler = fn;
    },
  };
}
function prevented(contents, name, ...args) {
  let blocked = false;
  const event = {
    preventDefault: () => (blocked = true),
    url: typeof args[0] === 'string' ? args[0] : undefined,
  };
  // The shared stub keeps one listener per event, the fake above keeps them all.
  for (const fn of [contents.listeners[name] ?? []].flat()) fn(event, ...args);
  return blocked;
}
function navigationProbe(contents) {
  return {
    windowOpen: contents.windowOpenHandler?.({ url: 'https://example.com/' }),
    navigateAway: prevented(contents, 'will-navigate', 'https://example.com/'),
    navigateFile: prevented(contents, 'will-navigate', 'file:///etc/passwd'),
    navigateOwn: prevented(contents, 'will-navigate', 'app://rencana/index.html'),
    frameAway: prevented(contents, 'will-frame-navigate', 'https://example.com/'),
    frameOwn: prevented(contents, 'will-frame-navigate', 'app://rencana/index.html'),
    redirect: prevented(contents, 'will-redirect', 'https://example.com/'),
    webview: prevented(contents, 'will-attach-webview', {}, { src: 'https://example.com/' }),
  };
}

const created = fakeContents();
recorded.appListeners['web-contents-created']?.({}, created);

// The app scheme: what it serves, and what it refuses.
const serve = recorded.protocolHandlers.get('app');
async function fetchApp(url, method = 'GET') {
  const response = await serve({ url, method });
  const body = method === 'GET' ? await response.text() : '';
  return {
    status: response.status,
    type: response.headers.get('content-type'),
    csp: response.headers.get('content-security-policy'),
    nosniff: response.headers.get('x-content-type-options'),
    length: body.length,
    hasRoot: body.includes('id="root"'),
  };
}
const appFiles = {
  index: await fetchApp(window.loaded),
  root: await fetchApp('app://rencana/'),
  traversal: await fetchApp('app://rencana/../../package.json'),
  encodedTraversal: await fetchApp('app://rencana/%2e%2e/%2e%2e/package.json'),
  backslash: await fetchApp('app://rencana/..%5c..%5cpackage.json'),
  mainBundle: await fetchApp('app://rencana/../main/index.js'),
  otherHost: await fetchApp('app://evil/index.html'),
  unknownType: await fetchApp('app://rencana/index.exe'),
  post: await fetchApp('app://rencana/index.html', 'POST'),
};

const cancelled = (url) =>
  new Promise((resolve) =>
    permissions.beforeRequest({ url, resourceType: 'other' }, (r) => resolve(r.cancel === true)),
  );
const requests = {};
for (const url of [
  'app://rencana/assets/index.js',
  'data:image/png;base64,AAAA',
  'blob:app://rencana/1234',
  'https://example.com/tracker.png',
  'http://127.0.0.1:5183/api',
  'file:///etc/passwd',
  'ws://example.com/',
  'ftp://example.com/',
])
  requests[url] = await cancelled(url);

const askPermission = (name) =>
  new Promise((resolve) => permissions.request(null, name, resolve, {}));
const permission = {};
for (const name of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal'])
  permission[name] = await askPermission(name);

// IPC: senders and payloads.
const ownUrl = window.loaded;
const trusted = { sender: window.webContents, senderFrame: { url: ownUrl } };
const senders = {
  remoteFrame: { sender: window.webContents, senderFrame: { url: 'https://example.com/' } },
  fileFrame: { sender: window.webContents, senderFrame: { url: 'file:///tmp/index.html' } },
  noFrame: { sender: window.webContents, senderFrame: null },
  otherContents: { sender: { send() {} }, senderFrame: { url: ownUrl } },
};
const call = (name, input, event = trusted) =>
  recorded.handlers.get(`rencana:${name}`)(event, input);
const channels = [...recorded.handlers.keys()];
const fromStrangers = {};
for (const [who, event] of Object.entries(senders)) {
  fromStrangers[who] = [];
  for (const channel of channels)
    fromStrangers[who].push((await recorded.handlers.get(channel)(event, undefined)).ok);
}
// A payload with a property no call declares is refused by the contract check, call by call.
const junkPayload = {};
for (const channel of channels) {
  const result = await recorded.handlers.get(channel)(trusted, { 'bukan-properti': 1 });
  junkPayload[channel] = result.ok ? 'accepted' : result.error.key;
}
const prototypePayload = await call('openExternal', JSON.parse('{"__proto__":{"url":"x"}}'));

const links = {};
for (const url of [
  'https://komdigi.go.id/',
  'http://komdigi.go.id/',
  'file:///etc/passwd',
  'javascript:alert(1)',
  'smb://server/share',
  'https://user:pass@komdigi.go.id/',
])
  links[url] = await call('openExternal', { url });

console.log(
  JSON.stringify({
    sandboxEverywhere: recorded.sandboxEverywhere === true,
    schemes: recorded.schemes,
    loaded: window.loaded,
    webPreferences: window.options.webPreferences,
    mainWindowNavigation: navigationProbe(window.webContents),
    createdContentsNavigation: navigationProbe(created),
    appFiles,
    requests,
    permission,
    permissionCheck: permissions.check(null, 'media', 'app://rencana', {}),
    devicePermission: permissions.device({ deviceType: 'usb', origin: 'app://rencana' }),
    channels,
    fromStrangers,
    junkPayload,
    prototypePayload,
    links,
    opened: recorded.opened,
  }),
);
