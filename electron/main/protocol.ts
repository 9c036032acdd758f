import { protocol } from 'electron';
import { readFile } from 'node:fs/promises';
import { UI_HEADERS } from '../http/headers';
import { contentType, resolveUiFile } from '../http/static-files';
import { APP_HOST, APP_SCHEME } from './app-origin';

/**
 * Must run before the app is ready. `standard` gives app:// real origins (so
 * the same-origin policy, localStorage and relative URLs work), `secure`
 * makes it a secure context like https, `supportFetchAPI` lets the page fetch
 * its own assets.
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
}

/** Serves the built UI on app://desk/ (check 2). Call once the app is ready. */
export function serveUi(uiRoot: string): void {
  protocol.handle(APP_SCHEME, uiHandler(uiRoot));
}

/**
 * The app:// handler, apart from Electron so it can be tested as plain
 * Request -> Response. The page can only read: GET, inside the UI build, and
 * every answer carries the CSP (check 3) — also the errors, since a 404 page
 * is still a document that could run script.
 */
export function uiHandler(uiRoot: string): (request: Request) => Promise<Response> {
  return async (request) => {
    if (request.method !== 'GET') return empty(405, { allow: 'GET' });
    const url = new URL(request.url);
    if (url.hostname !== APP_HOST || hasDotDot(url.pathname)) return empty(404);
    // A single-page UI: an unknown path without an extension is a route, so
    // it gets index.html; a missing asset stays a 404.
    const file = resolveUiFile(uiRoot, url.pathname) ?? (/\.[a-z0-9]+$/i.test(url.pathname) ? null : resolveUiFile(uiRoot, '/index.html'));
    if (!file) return empty(404);
    const body = await readFile(file);
    const cache = url.pathname.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache';
    return new Response(body, {
      status: 200,
      headers: { ...UI_HEADERS, 'content-type': contentType(file), 'cache-control': cache },
    });
  };
}

/**
 * Chromium already folds literal `..` segments away, so one that reaches us
 * was smuggled in encoded (`%2e%2e`, `..%2f`): refuse it outright rather
 * than let the SPA fallback answer 200.
 */
function hasDotDot(pathname: string): boolean {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return true;
  }
  return decoded.split(/[/\\]/).includes('..');
}

function empty(status: number, extra: Record<string, string> = {}): Response {
  return new Response(null, { status, headers: { ...UI_HEADERS, ...extra } });
}
