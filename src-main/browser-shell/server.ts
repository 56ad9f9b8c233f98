// @runs: main
// The app without Electron: the same services and the same dispatcher behind
// HTTP on 127.0.0.1, serving the built renderer with a shim in place of the
// preload. Used by `npm run start:browser` and by the end-to-end tests.
// Only the page it serves may use it (guard.ts): the per-run token is written
// into that page alone and comes back in a header, never in a URL.
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import { createDispatcher, MAX_INPUT_BYTES, type Dispatch } from '../api/dispatch';
import type { Services } from '../services';
import type { Progress } from '../services/progress';
import { isOwnRequest, SAFE_HEADERS, TOKEN_HEADER, TOKEN_META } from './guard';
import { SHIM_SCRIPT } from './shim';
import { errorMessages } from '../shared/vi/errors';

export interface BrowserShell {
  url: string;
  server: Server;
  close(): Promise<void>;
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.json': 'application/json',
};

/** Bare services, or a holder that keeps one dispatch and one progress channel across a restore (backup/host.ts). */
export type ShellBackend = Services | { dispatch: Dispatch; progress: Progress };

/**
 * Serves the renderer built in rendererDir and the API of backend on 127.0.0.1:port (0 = any free port).
 * Gives the running shell; refuses (403) every request that is not from its own page (guard.ts).
 */
export async function startBrowserShell(backend: ShellBackend, rendererDir: string, requestedPort = 0): Promise<BrowserShell> {
  const token = randomBytes(24).toString('hex');
  const { dispatch, progress } = 'dispatch' in backend ? backend : { dispatch: createDispatcher(backend), progress: backend.progress };
  const events = new Set<ServerResponse>();
  progress.subscribe((event) => {
    for (const response of events) response.write(`data: ${JSON.stringify(event)}\n\n`);
  });

  const server = createServer((request, response) => {
    handle(request, response).catch((error) => {
      console.error('[browser-shell]', error);
      if (!response.headersSent) response.writeHead(500);
      response.end();
    });
  });

  let port = 0;
  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    if (!isOwnRequest(request, port)) return forbid(response);
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    if (url.pathname.startsWith('/api/')) return handleApi(url.pathname, request, response);
    if (url.pathname === '/__shim.js') return send(response, 200, CONTENT_TYPES['.js'] as string, SHIM_SCRIPT);
    return serveStatic(rendererDir, url.pathname, response, token);
  }

  async function handleApi(pathname: string, request: IncomingMessage, response: ServerResponse): Promise<void> {
    if (!validToken(request.headers[TOKEN_HEADER], token)) return forbid(response);
    if (pathname === '/api/invoke' && request.method === 'POST') {
      const body = await readBody(request, MAX_INPUT_BYTES * 2);
      if (body === null) return sendJson(response, { ok: false, error: { code: 'REQUEST_TOO_LARGE', message: errorMessages.REQUEST_TOO_LARGE } });
      const { method, input } = parseCall(body);
      return sendJson(response, await dispatch(method, input));
    }
    if (pathname === '/api/events' && request.method === 'GET') {
      response.writeHead(200, { ...SAFE_HEADERS, 'content-type': 'text/event-stream' });
      // Now, not with the first event: the page's fetch resolves on the headers.
      response.flushHeaders();
      events.add(response);
      request.on('close', () => events.delete(response));
      return;
    }
    send(response, 404, 'text/plain', 'not found');
  }

  await new Promise<void>((resolve) => server.listen(requestedPort, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/`,
    server,
    close: () =>
      new Promise((resolve) => {
        for (const response of events) response.end();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

/** The body's method and input; a body that is not a JSON object calls nothing (the dispatcher refuses it). */
function parseCall(body: string): { method?: unknown; input?: unknown } {
  try {
    const parsed: unknown = JSON.parse(body);
    return parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as { method?: unknown; input?: unknown }) : {};
  } catch {
    return {};
  }
}

function validToken(given: string | string[] | undefined, expected: string): boolean {
  if (typeof given !== 'string' || given.length !== expected.length) return false;
  return timingSafeEqual(Buffer.from(given), Buffer.from(expected));
}

function readBody(request: IncomingMessage, limit: number): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let overflow = false;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) overflow = true;
      else chunks.push(chunk);
    });
    request.on('end', () => resolve(overflow ? null : Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

async function serveStatic(root: string, pathname: string, response: ServerResponse, token: string): Promise<void> {
  const relative = normalize(decodeURIComponent(pathname === '/' ? '/index.html' : pathname)).replace(/^([/\\])+/, '');
  const file = join(root, relative);
  if (!file.startsWith(root + sep) && file !== root) return send(response, 404, 'text/plain', 'not found');
  let content: Buffer;
  try {
    content = await readFile(file);
  } catch {
    return send(response, 404, 'text/plain', 'not found');
  }
  if (extname(file) === '.html') content = Buffer.from(withShim(content.toString('utf8'), token));
  send(response, 200, CONTENT_TYPES[extname(file)] ?? 'application/octet-stream', content);
}

/**
 * The page with this run's token in a meta tag and the shim that reads it: the only place the token is
 * given out. The shim must run before the app's module script, and is same-origin for the CSP.
 */
function withShim(html: string, token: string): string {
  return html.replace('<head>', `<head>\n    <meta name="${TOKEN_META}" content="${token}" />\n    <script src="/__shim.js"></script>`);
}

function send(response: ServerResponse, status: number, type: string, body: string | Buffer): void {
  response.writeHead(status, { ...SAFE_HEADERS, 'content-type': type });
  response.end(body);
}

function forbid(response: ServerResponse): void {
  send(response, 403, 'text/plain', 'forbidden');
}

function sendJson(response: ServerResponse, value: unknown): void {
  send(response, 200, 'application/json; charset=utf-8', JSON.stringify(value));
}
