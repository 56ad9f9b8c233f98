// @runs: test
// The browser shell answers only the page it serves: raw HTTP requests as a
// DNS-rebinding page, a page of another origin, or another site's <script>
// include would send them, on a real server on a free port.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request as httpRequest, type IncomingHttpHeaders, type IncomingMessage } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Result } from '../../src-main/api/kit';
import { startBrowserShell, type BrowserShell } from '../../src-main/browser-shell/server';
import { Progress } from '../../src-main/services/progress';

interface Reply {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
}

const rendererDir = mkdtempSync(join(tmpdir(), 'mot-cua-shell-'));
const progress = new Progress();
const calls: unknown[] = [];
let shell: BrowserShell;
let port: number;
let own: string;
let token: string;

beforeAll(async () => {
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html>\n<html>\n  <head>\n    <title>t</title>\n  </head>\n  <body></body>\n</html>\n');
  const dispatch = async (method: unknown): Promise<Result<unknown>> => {
    calls.push(method);
    return { ok: true, value: method };
  };
  shell = await startBrowserShell({ dispatch, progress }, rendererDir);
  port = Number(new URL(shell.url).port);
  own = `127.0.0.1:${port}`;
  const page = await send('GET', '/', { host: own });
  token = page.body.match(/<meta name="mot-cua-token" content="([0-9a-f]+)"/)?.[1] ?? '';
});

afterAll(async () => {
  await shell.close();
  rmSync(rendererDir, { recursive: true, force: true });
});

/** Starts a raw request to the shell with exactly these headers (Host included). */
function open(method: string, path: string, headers: Record<string, string>, body?: string): Promise<IncomingMessage> {
  return new Promise((resolve, reject) => {
    const request = httpRequest({ host: '127.0.0.1', port, method, path, headers, setHost: false }, resolve);
    request.on('error', reject);
    request.end(body);
  });
}

async function send(method: string, path: string, headers: Record<string, string>, body?: string): Promise<Reply> {
  const response = await open(method, path, headers, body);
  let text = '';
  for await (const chunk of response) text += (chunk as Buffer).toString('utf8');
  return { status: response.statusCode ?? 0, headers: response.headers, body: text };
}

function invoke(headers: Record<string, string>): Promise<Reply> {
  return send('POST', '/api/invoke', { 'content-type': 'application/json', ...headers }, JSON.stringify({ method: 'app.status', input: {} }));
}

describe('browser shell: who may talk to it', () => {
  it('serves its page at its own loopback address, with the token in that page', async () => {
    expect(token).toMatch(/^[0-9a-f]{48}$/);
    expect((await send('GET', '/', { host: `localhost:${port}` })).status).toBe(200);
    const called = await invoke({ host: own, origin: `http://${own}`, 'x-mot-cua-token': token });
    expect(called.status).toBe(200);
    expect(JSON.parse(called.body)).toEqual({ ok: true, value: 'app.status' });
  });

  it('refuses a foreign Host (DNS rebinding) with 403, for the page and for the API', async () => {
    const before = calls.length;
    for (const host of ['evil.example', `evil.example:${port}`, `127.0.0.1.evil.example:${port}`, `127.0.0.1:${port + 1}`, '127.0.0.1', 'localhost', `[::1]:${port}`]) {
      const page = await send('GET', '/', { host });
      expect(page.status, host).toBe(403);
      expect(page.body, host).not.toContain(token);
      expect((await invoke({ host, 'x-mot-cua-token': token })).status, host).toBe(403);
    }
    // No Host at all: Node's HTTP parser refuses it before the shell sees it.
    expect((await send('GET', '/', {})).status).toBe(400);
    expect(calls.length).toBe(before);
  });

  it('refuses a request whose Origin is another origin', async () => {
    const before = calls.length;
    for (const origin of ['http://evil.example', `http://localhost:${port}`, `https://${own}`, `http://127.0.0.1:${port + 1}`, 'null']) {
      expect((await invoke({ host: own, origin, 'x-mot-cua-token': token })).status, origin).toBe(403);
      expect((await send('GET', '/', { host: own, origin })).status, origin).toBe(403);
    }
    expect(calls.length).toBe(before);
  });

  it('refuses an API call without the token, or with a wrong one', async () => {
    expect((await invoke({ host: own })).status).toBe(403);
    expect((await invoke({ host: own, 'x-mot-cua-token': token.replace(/.$/, (c) => (c === '0' ? '1' : '0')) })).status).toBe(403);
  });
});

describe('browser shell: the token goes to its own page only', () => {
  it('gives no secret in the shim, and no other site may include it as a script', async () => {
    const shim = await send('GET', '/__shim.js', { host: own });
    expect(shim.status).toBe(200);
    expect(shim.body).not.toContain(token);
    expect(shim.headers['cross-origin-resource-policy']).toBe('same-origin');
    const included = await send('GET', '/__shim.js', { host: own, 'sec-fetch-site': 'cross-site', 'sec-fetch-mode': 'no-cors', 'sec-fetch-dest': 'script' });
    expect(included.status).toBe(403);
    expect(included.body).not.toContain(token);
    const sameSite = await send('GET', '/', { host: own, 'sec-fetch-site': 'same-site', 'sec-fetch-mode': 'no-cors', 'sec-fetch-dest': 'script' });
    expect(sameSite.status).toBe(403);
  });

  it('lets a person follow a link to the app (a top-level navigation), which another site cannot read', async () => {
    const page = await send('GET', '/', { host: own, 'sec-fetch-site': 'cross-site', 'sec-fetch-mode': 'navigate', 'sec-fetch-dest': 'document' });
    expect(page.status).toBe(200);
    expect(page.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('marks every response same-origin only, and the page never framed, with no inline script for the CSP to allow', async () => {
    const page = await send('GET', '/', { host: own });
    expect(page.headers['cross-origin-resource-policy']).toBe('same-origin');
    expect(page.headers['x-frame-options']).toBe('DENY');
    expect(page.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");
    const scripts = page.body.match(/<script[^>]*>/g) ?? [];
    expect(scripts).toEqual(['<script src="/__shim.js">']);
    for (const path of ['/missing.js', '/api/unknown']) {
      const other = await send('GET', path, { host: own, 'x-mot-cua-token': token });
      expect(other.headers['cross-origin-resource-policy'], path).toBe('same-origin');
      expect(other.body, path).not.toContain(token);
    }
  });

  it('streams progress only with the token in a header, never from a token in the URL', async () => {
    expect((await send('GET', `/api/events?token=${token}`, { host: own })).status).toBe(403);
    const stream = await open('GET', '/api/events', { host: own, 'x-mot-cua-token': token });
    expect(stream.statusCode).toBe(200);
    expect(stream.headers['content-type']).toBe('text/event-stream');
    const first = new Promise<string>((resolve) => stream.once('data', (chunk: Buffer) => resolve(chunk.toString('utf8'))));
    progress.report({ task: 'backup', done: 1, total: 2, label: 'Đang sao lưu' });
    expect(await first).toBe(`data: ${JSON.stringify({ task: 'backup', done: 1, total: 2, label: 'Đang sao lưu' })}\n\n`);
    stream.destroy();
  });
});
