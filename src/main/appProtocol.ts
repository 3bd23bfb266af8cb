/**
 * The renderer is served from `app://rencana/`, a privileged standard scheme, instead of
 * `file://`: the page gets a real origin of its own (so CSP 'self' means the app's files and
 * nothing else on disk), the strict CSP arrives as a header as well as the meta tag, and the
 * packaged app can switch off the `grantFileProtocolExtraPrivileges` fuse.
 */
import { protocol } from 'electron';
import { readFileSync, statSync } from 'node:fs';
import { extname, isAbsolute, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CSP_HEADER } from '../shared/csp.ts';

export const APP_SCHEME = 'app';
export const APP_HOST = 'rencana';
/** The page every window loads. */
export const APP_ENTRY_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

const RENDERER_ROOT = fileURLToPath(new URL('../renderer/', import.meta.url));

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
};

/** Whether `url` is a page or file of the app itself (app://rencana/…). */
export function isAppProtocolUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST;
  } catch {
    return false;
  }
}

/** The file inside `root` a request names, or undefined when it is outside, unknown or missing. */
function rendererFile(root: string, pathname: string): { path: string; type: string } | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return undefined;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return undefined;
  const wanted = decoded === '/' ? '/index.html' : decoded;
  const absolute = resolve(root, `.${wanted}`);
  const rel = relative(root, absolute);
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) return undefined;
  const type = TYPES[extname(absolute).toLowerCase()];
  if (!type) return undefined;
  try {
    return statSync(absolute).isFile() ? { path: absolute, type } : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The answer to one request on the app scheme: a built renderer file (GET/HEAD only), with the
 * CSP header and no sniffing; 404 for anything else, including paths that leave the folder.
 */
export function appProtocolResponse(
  url: string,
  method: string,
  root: string = RENDERER_ROOT,
): Response {
  const notFound = () => new Response('Tidak ditemukan', { status: 404 });
  if (!isAppProtocolUrl(url)) return notFound();
  if (method !== 'GET' && method !== 'HEAD') return new Response(null, { status: 405 });
  const file = rendererFile(root, new URL(url).pathname);
  if (!file) return notFound();
  const headers = {
    'content-type': file.type,
    'content-security-policy': CSP_HEADER,
    'x-content-type-options': 'nosniff',
    'cache-control': 'no-store',
  };
  return new Response(method === 'HEAD' ? null : readFileSync(file.path), { status: 200, headers });
}

/** Declares the scheme privileged; must run before the app is ready. */
export function registerAppScheme(): void {
  // standard: a real origin, relative URLs and storage; secure: treated like https; corsEnabled:
  // Vite's `<script type="module" crossorigin>` loads in CORS mode.
  protocol.registerSchemesAsPrivileged([
    {
      scheme: APP_SCHEME,
      privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true },
    },
  ]);
}

/** Serves the built renderer on the scheme; call once the app is ready. */
export function serveAppProtocol(): void {
  protocol.handle(APP_SCHEME, (request) => appProtocolResponse(request.url, request.method));
}
