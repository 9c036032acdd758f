import { describe, expect, it, vi } from 'vitest';
import {
  SECURE_WEB_PREFERENCES,
  createOpenExternal,
  hardenContents,
  hardenSession,
  isAllowedExternal,
  type GuardedContents,
  type GuardedSession,
  type NavigationEvent,
  type PreventableEvent,
} from './security';

/** A stand-in for a webContents: records the guards and lets a test fire events at them. */
class FakeContents implements GuardedContents {
  private listeners = new Map<string, ((e: never) => void)[]>();
  windowOpenHandler: ((d: { url: string }) => { action: 'deny' }) | null = null;

  on(event: string, listener: (e: never) => void) {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
    return this;
  }
  setWindowOpenHandler(handler: (d: { url: string }) => { action: 'deny' }) {
    this.windowOpenHandler = handler;
  }
  /** Fires an event; returns whether some listener prevented it. */
  fire(event: string, url = ''): boolean {
    let prevented = false;
    const e: NavigationEvent & PreventableEvent = { url, preventDefault: () => (prevented = true) };
    for (const l of this.listeners.get(event) ?? []) (l as (e: NavigationEvent) => void)(e);
    return prevented;
  }
}

class FakeSession implements GuardedSession {
  request: Parameters<GuardedSession['setPermissionRequestHandler']>[0] | null = null;
  check: Parameters<GuardedSession['setPermissionCheckHandler']>[0] | null = null;
  setPermissionRequestHandler(h: NonNullable<FakeSession['request']>) {
    this.request = h;
  }
  setPermissionCheckHandler(h: NonNullable<FakeSession['check']>) {
    this.check = h;
  }
  ask(permission: string, pageUrl: string): boolean {
    let granted: boolean | undefined;
    this.request!({ getURL: () => pageUrl }, permission, (g) => (granted = g));
    if (granted === undefined) throw new Error('the request handler never answered');
    return granted;
  }
}

const guarded = () => {
  const contents = new FakeContents();
  const opened: string[] = [];
  hardenContents(contents, async (url) => {
    opened.push(url);
    return false;
  });
  return { contents, opened };
};

describe('SECURE_WEB_PREFERENCES (check 1)', () => {
  it('is exactly the locked-down set, with no preload and no Blink features', () => {
    expect(SECURE_WEB_PREFERENCES).toStrictEqual({
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
    });
    expect(Object.isFrozen(SECURE_WEB_PREFERENCES)).toBe(true);
  });
});

describe('navigation guards (check 4)', () => {
  it('lets the app move within app://desk', () => {
    const { contents } = guarded();
    expect(contents.fire('will-navigate', 'app://desk/landlords')).toBe(false);
    expect(contents.fire('will-redirect', 'app://desk/')).toBe(false);
  });

  it.each([
    'https://example.com/',
    'http://127.0.0.1:5170/',
    'file:///etc/passwd',
    'app://desk.evil.example/',
    'app://other/',
    'app://user@desk/',
    'javascript:alert(1)',
    'not a url',
  ])('blocks will-navigate and will-redirect to %s', (url) => {
    const { contents } = guarded();
    expect(contents.fire('will-navigate', url)).toBe(true);
    expect(contents.fire('will-redirect', url)).toBe(true);
  });

  it('hands a blocked link to openExternal, which decides on its own allowlist', () => {
    const { contents, opened } = guarded();
    contents.fire('will-navigate', 'https://example.com/help');
    expect(opened).toEqual(['https://example.com/help']);
  });

  it('denies every new window', () => {
    const { contents, opened } = guarded();
    for (const url of ['app://desk/', 'https://example.com/', 'about:blank']) {
      expect(contents.windowOpenHandler!({ url })).toEqual({ action: 'deny' });
    }
    expect(opened).toEqual(['app://desk/', 'https://example.com/', 'about:blank']);
  });

  it('prevents every <webview> from attaching', () => {
    const { contents } = guarded();
    expect(contents.fire('will-attach-webview')).toBe(true);
  });
});

describe('permissions (check 5)', () => {
  it('denies requests and checks when nothing is allowlisted', () => {
    const session = new FakeSession();
    hardenSession(session);
    for (const p of ['notifications', 'media', 'geolocation', 'clipboard-read', 'fullscreen', 'openExternal']) {
      expect(session.ask(p, 'app://desk/')).toBe(false);
      expect(session.check!(null, p, 'app://desk')).toBe(false);
    }
  });

  it('grants an allowlisted permission to the app only', () => {
    const session = new FakeSession();
    hardenSession(session, ['fullscreen']);
    expect(session.ask('fullscreen', 'app://desk/')).toBe(true);
    expect(session.ask('fullscreen', 'https://example.com/')).toBe(false);
    expect(session.ask('media', 'app://desk/')).toBe(false);
    expect(session.check!(null, 'fullscreen', 'app://desk')).toBe(true);
    expect(session.check!(null, 'fullscreen', 'https://example.com')).toBe(false);
  });
});

describe('openExternal (check 6)', () => {
  const hosts = ['help.example.cn'];

  it('opens https to a listed host', async () => {
    const shell = { openExternal: vi.fn(async () => {}) };
    const open = createOpenExternal(shell, hosts);
    expect(await open('https://help.example.cn/guide?x=1')).toBe(true);
    expect(shell.openExternal).toHaveBeenCalledWith('https://help.example.cn/guide?x=1');
  });

  it.each([
    'http://help.example.cn/',
    'https://evil.example.cn/',
    'https://help.example.cn.evil.com/',
    'https://user:pw@help.example.cn/',
    'file:///C:/Windows/System32/calc.exe',
    'smb://help.example.cn/share',
    'ms-msdt:/id PCWDiagnostic',
    'javascript:alert(1)',
    '',
  ])('refuses %s without touching the shell', async (url) => {
    const shell = { openExternal: vi.fn(async () => {}) };
    expect(await createOpenExternal(shell, hosts)(url)).toBe(false);
    expect(shell.openExternal).not.toHaveBeenCalled();
  });

  it('answers false, not a rejection, when the OS has no browser for it', async () => {
    const shell = { openExternal: vi.fn(async () => Promise.reject(new Error('no handler'))) };
    expect(await createOpenExternal(shell, hosts)('https://help.example.cn/')).toBe(false);
  });

  it('allows nothing with the default (empty) host list', () => {
    expect(isAllowedExternal('https://example.com/')).toBe(false);
  });
});
