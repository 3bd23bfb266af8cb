/** Files of the built renderer, served read-only from one folder. */
import { readFileSync, statSync } from 'node:fs';
import { extname, isAbsolute, relative, resolve } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.map': 'application/json; charset=utf-8',
};

export interface StaticFile {
  body: Buffer;
  type: string;
  /** Hashed build assets never change under their name. */
  immutable: boolean;
}

/** The file for a URL path inside `root`, or undefined (unknown, outside, or not a file). */
export function serveStatic(root: string, urlPath: string): StaticFile | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return undefined;
  }
  if (decoded.includes('\0')) return undefined;
  const wanted = decoded === '/' ? '/index.html' : decoded;
  const absolute = resolve(root, `.${wanted}`);
  const rel = relative(root, absolute);
  if (rel.startsWith('..') || isAbsolute(rel)) return undefined;
  const type = TYPES[extname(absolute).toLowerCase()];
  if (!type) return undefined;
  try {
    if (!statSync(absolute).isFile()) return undefined;
    return { body: readFileSync(absolute), type, immutable: rel.startsWith('assets') };
  } catch {
    return undefined;
  }
}
