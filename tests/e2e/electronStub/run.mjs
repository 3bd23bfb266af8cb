// Loads the built main process (out/main/index.js) against the Electron stand-in, drives it
// like the preload would, and prints what happened as one JSON line.
import { copyFileSync, mkdirSync } from 'node:fs';
import { register } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

register('./hooks.mjs', import.meta.url);
const root = new URL('../../../', import.meta.url);
await import(new URL('out/main/index.js', root).href);
await new Promise((resolve) => setTimeout(resolve, 50));

const recorded = globalThis.__electronStub;
const window = recorded.windows[0];
const rendererUrl = /^[a-z]+:\/\//.test(window.loaded)
  ? window.loaded
  : pathToFileURL(window.loaded).href;
const trusted = { sender: window.webContents, senderFrame: { url: rendererUrl } };
const stranger = { sender: window.webContents, senderFrame: { url: 'https://example.com/' } };
const call = (name, input, event = trusted, requestId) =>
  recorded.handlers.get(`rencana:${name}`)(event, input, requestId);

const launch = await call('launchRequest', undefined);
const sample = await call('openSample', undefined);
const refused = await call('openSample', undefined, stranger);
const outside = await call('openProject', {
  path: '/etc/passwd.rencana',
  window: 'jendela-stub-1',
});
const exported = sample.ok
  ? await call(
      'exportDocument',
      { project: sample.value.project, format: process.env.STUB_FORMAT ?? 'docx', book: 'all' },
      trusted,
      7,
    )
  : sample;
const saved = sample.ok
  ? await call('saveProjectAs', { project: sample.value.project, window: 'jendela-stub-1' })
  : sample;
await call('setWindowState', {
  title: 'contoh.rencana • — Rencana Studio',
  dirty: true,
  lang: 'en',
});
const link = await call('openExternal', { url: 'https://komdigi.go.id/' });
const badLink = await call('openExternal', { url: 'file:///etc/passwd' });

// A second launch with another plan (double-clicked in the file manager while the app runs):
// the file is granted, launchRequest names it, and the renderer is asked to open it.
const home = process.env.STUB_HOME ?? '';
mkdirSync(join(home, 'kiriman'), { recursive: true });
copyFileSync(
  fileURLToPath(new URL('templates/examples/rollup/kabupaten-kendal.rencana', root)),
  join(home, 'kiriman', 'kabupaten-kendal.rencana'),
);
recorded.appListeners['second-instance']?.(
  {},
  ['/opt/Rencana Studio/rencana-studio', '--no-sandbox', 'kiriman/kabupaten-kendal.rencana'],
  home,
);
const secondLaunch = await call('launchRequest', undefined);
const secondOpened =
  secondLaunch.ok && secondLaunch.value.kind === 'file'
    ? await call('openProject', { path: secondLaunch.value.path, window: 'jendela-stub-1' })
    : secondLaunch;

console.log(
  JSON.stringify({
    secondLaunch,
    secondOpened: secondOpened.ok ? { name: secondOpened.value.name } : secondOpened,
    commands: recorded.sent
      .filter((s) => s.channel === 'rencana-event:command')
      .map((s) => s.payload),
    channels: [...recorded.handlers.keys()],
    webPreferences: window.options.webPreferences,
    loaded: window.loaded,
    windowOpen: window.webContents.windowOpenHandler?.({ url: 'https://example.com' }),
    permission: await new Promise((resolve) =>
      recorded.permissions.request(null, 'media', resolve),
    ),
    launch,
    sample: sample.ok
      ? { name: sample.value.name, template: sample.value.template.pack.id }
      : sample,
    refused,
    outside,
    exported,
    progress: recorded.sent
      .filter((s) => s.channel === 'rencana-event:progress')
      .map((s) => s.payload),
    saved,
    title: window.title,
    edited: window.edited,
    menus: recorded.menus.map((menu) => menu.map((item) => item.label)),
    link,
    opened: recorded.opened,
    badLink,
  }),
);
