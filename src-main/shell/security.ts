// @runs: electron
// The session and every web contents, locked down: the renderer is trusted with nothing.
// The window's own settings are in main.ts; the whole checklist is in docs/SECURITY.md.
import { app, session, type WebContents } from 'electron';
import { CONTENT_SECURITY_POLICY } from '../shared/csp';

/** Denies every permission, sends the CSP with every response, and locks down every web contents created from now on. */
export function hardenSession(): void {
  session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.defaultSession.setPermissionCheckHandler(() => false);
  session.defaultSession.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] } });
  });
  app.on('web-contents-created', (_event, contents) => lockDown(contents));
}

function lockDown(contents: WebContents): void {
  contents.on('will-navigate', (event) => event.preventDefault());
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}
