/**
 * The browser host: serves the built renderer and the same handlers as the Electron main
 * process, over HTTP on 127.0.0.1 only. Requests whose Host or Origin is not this server are
 * refused, so a web page elsewhere cannot drive it.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ExportProgress } from '../shared/api.ts';
import { CSP_HEADER } from '../shared/csp.ts';
import { dispatch } from '../main/handlers/dispatch.ts';
import type { HandlerEnv } from '../main/handlers/env.ts';
import { serveStatic } from './static.ts';

/** Largest request body: a project file may be up to 200 MB. */
export const MAX_BODY_BYTES = 210 * 1024 * 1024;

export interface HostOptions {
  env: HandlerEnv;
  /** The built renderer (out/renderer). */
  rendererDir: string;
  port: number;
}

export interface RunningHost {
  server: Server;
  url: string;
  close(): Promise<void>;
}

const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy': CSP_HEADER,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'X-Frame-Options': 'DENY',
};

function send(res: ServerResponse, status: number, type: string, body: string | Buffer): void {
  res.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': type, 'Cache-Control': 'no-store' });
  res.end(body);
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolveBody, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        reject(new Error('too-large'));
        req.destroy();
      } else chunks.push(chunk);
    });
    req.on('end', () => resolveBody(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/** Whether the request names this server as its host and, when it says, comes from its page. */
export function sameOrigin(req: IncomingMessage, port: number): boolean {
  const allowedHosts = [`127.0.0.1:${port}`, `localhost:${port}`];
  if (!allowedHosts.includes(req.headers.host ?? '')) return false;
  const origin = req.headers.origin;
  return origin === undefined || allowedHosts.some((host) => origin === `http://${host}`);
}

async function handleApi(req: IncomingMessage, res: ServerResponse, env: HandlerEnv, call: string) {
  if (req.method !== 'POST') return send(res, 405, 'text/plain; charset=utf-8', 'POST saja');
  if (!(req.headers['content-type'] ?? '').startsWith('application/json'))
    return send(res, 415, 'text/plain; charset=utf-8', 'application/json saja');
  let input: unknown;
  try {
    const text = await readBody(req);
    input = text === '' ? undefined : JSON.parse(text);
  } catch {
    return send(res, 400, 'text/plain; charset=utf-8', 'Permintaan tidak sah');
  }
  if (call === 'exportDocument') {
    // Progress lines first, then the result: one NDJSON stream.
    res.writeHead(200, {
      ...SECURITY_HEADERS,
      'Content-Type': 'application/x-ndjson; charset=utf-8',
      'Cache-Control': 'no-store',
    });
    const progress = (p: ExportProgress) => res.write(`${JSON.stringify({ progress: p })}\n`);
    const envelope = await dispatch(call, input, env, progress);
    res.end(`${JSON.stringify({ result: envelope })}\n`);
    return;
  }
  const envelope = await dispatch(call, input, env);
  send(res, 200, 'application/json; charset=utf-8', JSON.stringify(envelope));
}

/** Starts the host; port 0 picks a free port. */
export function startHost(options: HostOptions): Promise<RunningHost> {
  let port = options.port;
  const server = createServer((req, res) => {
    if (!sameOrigin(req, port)) return send(res, 403, 'text/plain; charset=utf-8', 'Ditolak');
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (url.pathname.startsWith('/api/'))
      return void handleApi(req, res, options.env, url.pathname.slice(5)).catch((error) => {
        console.error('[rencana-host]', error);
        if (!res.headersSent) send(res, 500, 'text/plain; charset=utf-8', 'Galat server');
      });
    if (req.method !== 'GET' && req.method !== 'HEAD')
      return send(res, 405, 'text/plain; charset=utf-8', 'GET saja');
    const file = serveStatic(options.rendererDir, url.pathname);
    if (!file) return send(res, 404, 'text/plain; charset=utf-8', 'Tidak ditemukan');
    res.writeHead(200, {
      ...SECURITY_HEADERS,
      'Content-Type': file.type,
      'Cache-Control': file.immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
    });
    res.end(req.method === 'HEAD' ? undefined : file.body);
  });
  return new Promise((resolveStart, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', () => {
      port = (server.address() as AddressInfo).port;
      resolveStart({
        server,
        url: `http://127.0.0.1:${port}/`,
        close: () =>
          new Promise((done) => {
            // Quitting releases every tab's lock; recovery copies stay for the next start.
            options.env.sessions.endAll();
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}
