// @runs: main
// The app without Electron: the same services and the same dispatcher behind
// HTTP on 127.0.0.1, serving the built renderer with a shim in place of the
// preload. Used by `npm run start:browser` and by the end-to-end tests.
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import { createDispatcher, MAX_INPUT_BYTES, type Dispatch } from '../api/dispatch';
import type { Services } from '../services';
import type { Progress } from '../services/progress';
import { shimScript } from './shim';
import { errorMessages } from '../shared/vi/errors';

export interface BrowserShell {
  url: string;
  token: string;
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

export async function startBrowserShell(backend: ShellBackend, rendererDir: string, port = 0): Promise<BrowserShell> {
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

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    if (url.pathname === '/api/invoke' && request.method === 'POST') {
      if (!validToken(request.headers['x-mot-cua-token'], token)) return send(response, 403, 'text/plain', 'forbidden');
      const body = await readBody(request, MAX_INPUT_BYTES * 2);
      if (body === null) return sendJson(response, { ok: false, error: { code: 'REQUEST_TOO_LARGE', message: errorMessages.REQUEST_TOO_LARGE } });
      const call = parseCall(body);
      return sendJson(response, await dispatch(call.method, call.input));
    }
    if (url.pathname === '/api/events') {
      if (!validToken(url.searchParams.get('token') ?? undefined, token)) return send(response, 403, 'text/plain', 'forbidden');
      response.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store' });
      events.add(response);
      request.on('close', () => events.delete(response));
      return;
    }
    if (url.pathname === '/__shim.js') return send(response, 200, CONTENT_TYPES['.js'] as string, shimScript(token));
    return serveStatic(rendererDir, url.pathname, response);
  }

  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const { port: actualPort } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${actualPort}/`,
    token,
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

async function serveStatic(root: string, pathname: string, response: ServerResponse): Promise<void> {
  const relative = normalize(decodeURIComponent(pathname === '/' ? '/index.html' : pathname)).replace(/^([/\\])+/, '');
  const file = join(root, relative);
  if (!file.startsWith(root + sep) && file !== root) return send(response, 404, 'text/plain', 'not found');
  let content: Buffer;
  try {
    content = await readFile(file);
  } catch {
    return send(response, 404, 'text/plain', 'not found');
  }
  if (extname(file) === '.html') {
    // The shim must run before the app's module script, and stay same-origin for the CSP.
    content = Buffer.from(content.toString('utf8').replace('<head>', '<head>\n    <script src="/__shim.js"></script>'));
  }
  send(response, 200, CONTENT_TYPES[extname(file)] ?? 'application/octet-stream', content);
}

function send(response: ServerResponse, status: number, type: string, body: string | Buffer): void {
  response.writeHead(status, { 'content-type': type, 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' });
  response.end(body);
}

function sendJson(response: ServerResponse, value: unknown): void {
  send(response, 200, 'application/json; charset=utf-8', JSON.stringify(value));
}
