// @runs: shared
// The one Content-Security-Policy of the app, sent as a response header by both
// shells (Electron and the browser shell); src-renderer/index.html repeats it
// in a meta tag, without frame-ancestors, which only a header can carry.

/** Only our own page, our own scripts and styles; no eval, no inline script, no remote anything, never framed. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');
