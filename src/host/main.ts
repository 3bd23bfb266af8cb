/**
 * `npm run web`: serves the built renderer and the handlers at 127.0.0.1 for a browser.
 * Options: --projects DIR (or RENCANA_PROJECTS; default ~/RencanaStudio), --port N (or PORT;
 * default 5183), --sample to open the sample plan first.
 */
import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { createHostEnv } from './env.ts';
import { startHost } from './server.ts';

export const DEFAULT_PORT = 5183;
export const RENDERER_DIR = fileURLToPath(new URL('../../out/renderer', import.meta.url));

const { values } = parseArgs({
  options: {
    projects: { type: 'string' },
    port: { type: 'string' },
    sample: { type: 'boolean' },
  },
});

const projectsDir = resolve(
  values.projects ?? process.env.RENCANA_PROJECTS ?? join(homedir(), 'RencanaStudio'),
);
const port = Number(values.port ?? process.env.PORT ?? DEFAULT_PORT);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`Port tidak sah: ${values.port ?? process.env.PORT}`);
  process.exit(2);
}
if (!existsSync(join(RENDERER_DIR, 'index.html'))) {
  console.error('Antarmuka belum dibangun; jalankan `npm run build` terlebih dahulu.');
  process.exit(1);
}

const host = await startHost({
  env: createHostEnv({ projectsDir, launch: values.sample ? { kind: 'sample' } : undefined }),
  rendererDir: RENDERER_DIR,
  port,
});
console.log(`Rencana Studio: ${host.url}`);
console.log(`Folder proyek: ${projectsDir}`);
for (const signal of ['SIGINT', 'SIGTERM'] as const)
  process.on(signal, () => void host.close().then(() => process.exit(0)));
