import type { WebPreferences } from 'electron';
import { isAppUrl } from './app-origin';

/**
 * The web preferences of every window (architecture.md check 1). The page is
 * treated as untrusted: no Node, its own isolated world, Chromium's sandbox,
 * and nothing that weakens the same-origin policy. window.ts adds only the
 * preload path. Frozen so no caller can loosen it for "just one window".
 */
export const SECURE_WEB_PREFERENCES = Object.freeze({
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  webSecurity: true,
  webviewTag: false,
  allowRunningInsecureContent: false,
  experimentalFeatures: false,
  spellcheck: false,
} as const satisfies WebPreferences);

/**
 * Permissions the page may be granted (check 5). Empty: printing, the only
 * device the desk uses, goes through the main process and needs none.
 */
export const PERMISSION_ALLOWLIST: readonly string[] = [];

/**
 * Hosts `openExternal` may open in the system browser (check 6). Empty until
 * the desk links somewhere (e.g. the city platform's help pages).
 */
export const EXTERNAL_HOSTS: readonly string[] = [];

/** The bits of Electron's event objects the guards use. */
export interface PreventableEvent {
  preventDefault(): void;
}
export interface NavigationEvent extends PreventableEvent {
  url: string;
}

/** The bits of a webContents the guards use; a real WebContents fits. */
export interface GuardedContents {
  on(event: 'will-navigate', listener: (e: NavigationEvent) => void): unknown;
  on(event: 'will-redirect', listener: (e: NavigationEvent) => void): unknown;
  on(event: 'will-attach-webview', listener: (e: PreventableEvent) => void): unknown;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void;
}

/** The bits of a session the permission guard uses; a real Session fits. */
export interface GuardedSession {
  setPermissionRequestHandler(handler: (contents: unknown, permission: string, callback: (granted: boolean) => void) => void): void;
  setPermissionCheckHandler(handler: (contents: unknown, permission: string, requestingOrigin: string) => boolean): void;
}

export interface ShellLike {
  openExternal(url: string): Promise<void>;
}

export type OpenExternal = (url: string) => Promise<boolean>;

/**
 * True when `url` is https to an allowed host: nothing else (file:, smb:,
 * custom protocol handlers, http) may reach the OS, which would run it.
 */
export function isAllowedExternal(url: string, hosts: readonly string[] = EXTERNAL_HOSTS): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return parsed.protocol === 'https:' && parsed.username === '' && parsed.password === '' && hosts.includes(parsed.hostname.toLowerCase());
}

/**
 * The only way to reach `shell.openExternal` (check 6). Returns whether the
 * URL was handed to the system browser; never rejects, since the guards
 * below call it fire-and-forget.
 */
export function createOpenExternal(shell: ShellLike, hosts: readonly string[] = EXTERNAL_HOSTS): OpenExternal {
  return async (url) => {
    if (!isAllowedExternal(url, hosts)) return false;
    try {
      await shell.openExternal(url);
      return true;
    } catch {
      return false;
    }
  };
}

/**
 * Check 4: the window never leaves the app. Navigations and redirects away
 * from `app://desk` are cancelled, new windows are refused, and <webview> can
 * never attach. A link to an allowed https host goes to the system browser
 * instead, so the clerk still gets there without the page gaining a window.
 */
export function hardenContents(contents: GuardedContents, openExternal: OpenExternal): void {
  const stayInApp = (e: NavigationEvent) => {
    if (isAppUrl(e.url)) return;
    e.preventDefault();
    void openExternal(e.url);
  };
  contents.on('will-navigate', stayInApp);
  contents.on('will-redirect', stayInApp);
  contents.on('will-attach-webview', (e) => e.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    void openExternal(url);
    return { action: 'deny' };
  });
}

/**
 * Check 5: Chromium grants some permissions by default (notifications,
 * clipboard, fullscreen, ...). Deny all of them unless allowlisted, and even
 * then only to the app's own pages.
 */
export function hardenSession(session: GuardedSession, allowlist: readonly string[] = PERMISSION_ALLOWLIST): void {
  session.setPermissionRequestHandler((contents, permission, callback) => {
    callback(allowlist.includes(permission) && isAppUrl(urlOf(contents)));
  });
  session.setPermissionCheckHandler((_contents, permission, requestingOrigin) => {
    return allowlist.includes(permission) && isAppUrl(requestingOrigin);
  });
}

function urlOf(contents: unknown): string {
  const getURL = (contents as { getURL?: unknown } | null)?.getURL;
  return typeof getURL === 'function' ? String(getURL.call(contents)) : '';
}
