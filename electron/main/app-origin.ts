/**
 * The app's own origin. The UI is served from `app://desk/` (protocol.ts), so
 * every trust decision in the main process — navigation, IPC senders,
 * permissions — compares against this one place.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'desk';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_URL = `${APP_ORIGIN}/`;

/**
 * True when `url` belongs to the app. Compared by scheme and host rather than
 * `URL.origin`: Node's URL gives custom schemes an opaque origin ("null"),
 * which would make every app URL look foreign (or, worse, all look alike).
 */
export function isAppUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return (
    parsed.protocol === `${APP_SCHEME}:` &&
    parsed.hostname === APP_HOST &&
    parsed.port === '' &&
    parsed.username === '' &&
    parsed.password === ''
  );
}
