import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHostEnv } from './env.ts';
import { startHost, type RunningHost } from './server.ts';

let root: string;
let host: RunningHost;
let port: number;

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'rencana-host-'));
  const rendererDir = join(root, 'renderer');
  mkdirSync(join(rendererDir, 'assets'), { recursive: true });
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>t</title>');
  writeFileSync(join(rendererDir, 'assets', 'app.js'), 'export {};');
  writeFileSync(join(root, 'secret.txt'), 'rahasia');
  host = await startHost({
    env: createHostEnv({ projectsDir: join(root, 'projects') }),
    rendererDir,
    port: 0,
  });
  port = Number(new URL(host.url).port);
});

afterAll(async () => {
  await host.close();
  rmSync(root, { recursive: true, force: true });
});

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

// node:http rather than fetch: fetch would not let a test set Host or send "..".
function send(
  path: string,
  options: { method?: string; headers?: Record<string, string>; body?: string } = {},
) {
  return new Promise<Answer>((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port, path, method: options.method ?? 'GET', headers: options.headers },
      (res) => {
        let body = '';
        res.on('data', (chunk: Buffer) => (body += chunk.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

const json = { 'Content-Type': 'application/json' };

describe('browser host', () => {
  it('listens on 127.0.0.1 only', () => {
    expect(host.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    expect(host.server.address()).toMatchObject({ address: '127.0.0.1' });
  });

  it('serves the renderer with a strict CSP', async () => {
    const answer = await send('/');
    expect(answer.status).toBe(200);
    expect(answer.headers['content-security-policy']).toContain("script-src 'self'");
    expect(answer.headers['content-security-policy']).not.toContain('unsafe');
    expect(answer.headers['x-content-type-options']).toBe('nosniff');
    expect((await send('/assets/app.js')).status).toBe(200);
  });

  it('serves nothing outside the renderer folder', async () => {
    expect((await send('/../secret.txt')).status).toBe(404);
    expect((await send('/%2e%2e/secret.txt')).status).toBe(404);
    expect((await send('/assets/%2e%2e/%2e%2e/secret.txt')).status).toBe(404);
  });

  it('refuses requests for another host name or from another origin', async () => {
    expect((await send('/', { headers: { Host: 'evil.example' } })).status).toBe(403);
    const foreign = await send('/api/appInfo', {
      method: 'POST',
      headers: { ...json, Origin: 'https://evil.example' },
      body: '',
    });
    expect(foreign.status).toBe(403);
  });

  it('answers API calls with an envelope, and only as JSON POSTs', async () => {
    const info = await send('/api/appInfo', { method: 'POST', headers: json, body: '' });
    expect(JSON.parse(info.body)).toMatchObject({
      ok: true,
      value: { shell: 'browser', nativeDialogs: false },
    });
    expect((await send('/api/appInfo')).status).toBe(405);
    const form = await send('/api/appInfo', {
      method: 'POST',
      headers: { 'Content-Type': 'text/plain' },
      body: '',
    });
    expect(form.status).toBe(415);
    const bad = await send('/api/openProject', {
      method: 'POST',
      headers: json,
      body: '{"path":"../x.rencana","window":"tab-uji-0001"}',
    });
    expect(JSON.parse(bad.body)).toMatchObject({ ok: false, error: { key: 'app.path-outside' } });
  });

  it('streams export progress before the result', async () => {
    const plan = await send('/api/newProject', {
      method: 'POST',
      headers: json,
      body: JSON.stringify({
        templateId: 'kabkota',
        regionCodes: ['33.74'],
        period: { start: 2026, end: 2030 },
        team: [],
      }),
    });
    const { project } = JSON.parse(plan.body).value;
    const answer = await send('/api/exportDocument', {
      method: 'POST',
      headers: json,
      body: JSON.stringify({ project, format: 'docx', book: 1 }),
    });
    expect(answer.headers['content-type']).toContain('application/x-ndjson');
    const lines = answer.body
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(lines.slice(0, -1).map((l) => l.progress.stage)).toEqual([
      'preparing',
      'rendering',
      'done',
    ]);
    expect(lines[lines.length - 1].result).toMatchObject({ ok: true });
  });
});
