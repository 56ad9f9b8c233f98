// @runs: main
// Who may talk to the browser shell: only the page it serves itself, at its own
// loopback address. Refuses DNS rebinding (a foreign Host), other origins
// (a foreign Origin) and other sites' pages loading our files as sub-resources.
import type { IncomingMessage, OutgoingHttpHeaders } from 'node:http';
import { CONTENT_SECURITY_POLICY } from '../shared/csp';

/** Header that carries the per-run token on every API request; the token never travels in a URL. */
export const TOKEN_HEADER = 'x-mot-cua-token';

/** Name of the meta tag that hands the token to the page the shell serves, and to nothing else. */
export const TOKEN_META = 'mot-cua-token';

/** The only Host values the shell answers: its own loopback address on its own port. */
export function ownHosts(port: number): string[] {
  return [`127.0.0.1:${port}`, `localhost:${port}`];
}

/**
 * Takes a request and the shell's port; true only when it comes from the shell's own origin:
 * a Host that is ours, an Origin (when the browser sends one) equal to that host's origin, and
 * no other site's page behind it (Sec-Fetch-Site), except a plain top-level navigation to the app.
 */
export function isOwnRequest(request: IncomingMessage, port: number): boolean {
  const host = request.headers.host;
  if (!host || !ownHosts(port).includes(host)) return false;
  const origin = request.headers.origin;
  if (origin !== undefined && origin !== `http://${host}`) return false;
  return !fromAnotherSite(request) || isNavigation(request);
}

function fromAnotherSite(request: IncomingMessage): boolean {
  const site = request.headers['sec-fetch-site'];
  return site === 'cross-site' || site === 'same-site';
}

function isNavigation(request: IncomingMessage): boolean {
  return request.headers['sec-fetch-mode'] === 'navigate' && request.headers['sec-fetch-dest'] === 'document';
}

/** Headers of every response: never cached, never sniffed, never loaded by another origin, never framed. */
export const SAFE_HEADERS: OutgoingHttpHeaders = {
  'cache-control': 'no-store',
  'x-content-type-options': 'nosniff',
  'cross-origin-resource-policy': 'same-origin',
  'x-frame-options': 'DENY',
  'referrer-policy': 'no-referrer',
  'content-security-policy': CONTENT_SECURITY_POLICY,
};
