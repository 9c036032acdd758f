import { BrowserWindow } from 'electron';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { APP_URL } from './app-origin';
import { SECURE_WEB_PREFERENCES, hardenContents, hardenSession, type OpenExternal } from './security';

export const WINDOW_TITLE = '出租房服务总台';

/** The preload is bundled beside the main bundle (scripts/build-electron.mjs). */
export const preloadPath = () => join(dirname(fileURLToPath(import.meta.url)), 'preload.cjs');

/**
 * The only `new BrowserWindow` (architecture.md): every window gets the same
 * locked-down preferences and guards, so no code path can open a weaker one.
 */
export function createMainWindow(opts: { openExternal: OpenExternal; preload?: string }): BrowserWindow {
  const win = new BrowserWindow({
    title: WINDOW_TITLE,
    width: 1366,
    height: 860,
    minWidth: 1024,
    minHeight: 680,
    // Shown on ready-to-show, so the clerk never sees a blank white frame.
    show: false,
    backgroundColor: '#ffffff',
    autoHideMenuBar: true,
    webPreferences: { ...SECURE_WEB_PREFERENCES, preload: opts.preload ?? preloadPath() },
  });
  hardenContents(win.webContents, opts.openExternal);
  hardenSession(win.webContents.session);
  win.once('ready-to-show', () => win.show());
  void win.loadURL(APP_URL);
  return win;
}
