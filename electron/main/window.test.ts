import { describe, expect, it, vi } from 'vitest';
import { SECURE_WEB_PREFERENCES } from './security';
import { WINDOW_TITLE, createMainWindow, preloadPath } from './window';

// A stand-in BrowserWindow that records what window.ts asks of it.
const electron = vi.hoisted(() => {
  class FakeBrowserWindow {
    static made: FakeBrowserWindow[] = [];
    readonly loaded: string[] = [];
    readonly onceListeners = new Map<string, () => void>();
    readonly contentsEvents: string[] = [];
    shown = false;
    windowOpenHandler: unknown = null;
    permissionHandlers = 0;
    readonly webContents = {
      on: (event: string) => this.contentsEvents.push(event),
      setWindowOpenHandler: (h: unknown) => (this.windowOpenHandler = h),
      session: {
        setPermissionRequestHandler: () => this.permissionHandlers++,
        setPermissionCheckHandler: () => this.permissionHandlers++,
      },
    };
    constructor(readonly options: Record<string, unknown>) {
      FakeBrowserWindow.made.push(this);
    }
    loadURL(url: string) {
      this.loaded.push(url);
      return Promise.resolve();
    }
    show() {
      this.shown = true;
    }
    once(event: string, listener: () => void) {
      this.onceListeners.set(event, listener);
    }
  }
  return { BrowserWindow: FakeBrowserWindow };
});
vi.mock('electron', () => electron);

describe('the main window', () => {
  it('uses the secure preferences plus the preload, guards itself, loads app://desk/', () => {
    createMainWindow({ openExternal: async () => false });
    const win = electron.BrowserWindow.made.at(-1)!;
    expect(win.options.webPreferences).toStrictEqual({ ...SECURE_WEB_PREFERENCES, preload: preloadPath() });
    expect(preloadPath()).toMatch(/[/\\]preload\.cjs$/);
    expect(win.options.title).toBe(WINDOW_TITLE);
    expect(win.options.show).toBe(false);
    expect(win.contentsEvents.sort()).toEqual(['will-attach-webview', 'will-navigate', 'will-redirect']);
    expect(win.windowOpenHandler).toBeTypeOf('function');
    expect(win.permissionHandlers).toBe(2);
    expect(win.loaded).toEqual(['app://desk/']);
  });

  it('shows itself only once the page is ready', () => {
    createMainWindow({ openExternal: async () => false, preload: '/x/preload.cjs' });
    const win = electron.BrowserWindow.made.at(-1)!;
    expect(win.shown).toBe(false);
    win.onceListeners.get('ready-to-show')!();
    expect(win.shown).toBe(true);
  });
});
