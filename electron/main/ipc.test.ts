import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { backendFork } from '../../tests/support/backend';
import { ADMIN, DESK } from '../../tests/support/desk';
import type { Relay } from '../backend/messages';
import { fileKeyStore } from '../keys/key-store';
import { silentLogger } from '../log';
import { createBackendHost, type BackendHost } from './backend-host';
import { EVENT_CHANNEL, INVOKE_CHANNEL } from './channels';
import { pushEvent, registerIpc, type InvokeEvent, type InvokeResult } from './ipc';
import { handOverKey } from './key-store';
import { translate } from '../../core/i18n/catalog';

// Only Electron is faked (its binary cannot run here); the backend behind the relay is the real one, on a real register.
const electron = vi.hoisted(() => {
  const handlers = new Map<string, (...args: unknown[]) => unknown>();
  return {
    handlers,
    ipcMain: {
      handle: (channel: string, fn: (...args: unknown[]) => unknown) => {
        if (handlers.has(channel)) throw new Error(`second handler for ${channel}`);
        handlers.set(channel, fn);
      },
      removeHandler: (channel: string) => handlers.delete(channel),
    },
    webContents: { getAllWebContents: () => [] },
  };
});
vi.mock('electron', () => ({ ipcMain: electron.ipcMain, webContents: electron.webContents }));

/** A window: its top frame shows `url`; it can be destroyed like a real one. */
class FakeWindow {
  private static nextId = 1;
  readonly id = FakeWindow.nextId++;
  readonly mainFrame: { url: string };
  private onDestroyed: (() => void)[] = [];
  constructor(url = 'app://desk/') {
    this.mainFrame = { url };
  }
  once(_event: 'destroyed', listener: () => void) {
    this.onDestroyed.push(listener);
    return this;
  }
  destroy() {
    for (const l of this.onDestroyed.splice(0)) l();
  }
  /** An IPC event from this window's top frame, or from `frame` (an iframe, say). */
  event(frame: { url: string } | null = this.mainFrame): InvokeEvent {
    return { sender: this, senderFrame: frame };
  }
}

let dataDir: string;
let backend: ReturnType<typeof backendFork>;
let host: BackendHost;
/** The host's relay, watched: what main let through to the backend. */
let relay: ReturnType<typeof vi.fn<Relay>>;
let unregister: () => void;

const invoke = (event: InvokeEvent, name: unknown, input: unknown = {}, options?: unknown) =>
  electron.handlers.get(INVOKE_CHANNEL)!(event, name, input, options) as Promise<InvokeResult>;

beforeEach(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'desk-ipc-'));
  backend = backendFork();
  const keys = fileKeyStore(dataDir);
  host = createBackendHost({
    fork: backend.fork,
    startMessage: () => ({
      type: 'start',
      dataDir,
      nativeBinding: null,
      keys: handOverKey(keys, silentLogger),
      credential: { kind: 'file', value: null },
    }),
    keys,
    log: silentLogger,
    onGiveUp: () => {
      throw new Error('the backend should not be given up in these tests');
    },
  });
  await host.start();
  relay = vi.fn<Relay>(host.relay);
  unregister = registerIpc(relay, { log: silentLogger });
});
afterEach(async () => {
  unregister();
  await host.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('handle() (check 7)', () => {
  it('registers one handler on the invoke channel and removes it', () => {
    expect([...electron.handlers.keys()]).toEqual([INVOKE_CHANNEL]);
    unregister();
    expect(electron.handlers.size).toBe(0);
    unregister = registerIpc(relay, { log: silentLogger });
  });

  it('lets a good call from the app reach the backend', async () => {
    const win = new FakeWindow();
    expect(await invoke(win.event(), 'setup.status', {})).toEqual({
      ok: true,
      output: { initialized: false, desk: null },
    });
  });

  const foreign = ['https://evil.example/', 'http://127.0.0.1:5170/', 'file:///tmp/index.html', 'app://desk.evil/'];
  it.each([...foreign, 'about:blank'])('refuses a page from %s with 403', async (url) => {
    const r = await invoke(new FakeWindow(url).event(), 'setup.status', {});
    expect(r).toMatchObject({ ok: false, status: 403, error: { code: 'FORBIDDEN' } });
    expect(relay).not.toHaveBeenCalled();
  });

  it('refuses a sub-frame, even one on the app origin', async () => {
    const win = new FakeWindow();
    const iframe = { url: 'app://desk/' };
    const r = await invoke(win.event(iframe), 'setup.status', {});
    expect(r).toMatchObject({
      ok: false,
      status: 403,
      error: { code: 'FORBIDDEN', message: '您的账号没有执行此操作的权限' },
    });
    expect(relay).not.toHaveBeenCalled();
  });

  it('refuses a call whose frame has gone', async () => {
    const r = await invoke(new FakeWindow().event(null), 'setup.status', {});
    expect(r).toMatchObject({ ok: false, status: 403 });
    expect(relay).not.toHaveBeenCalled();
  });

  it.each(['nope.nothing', '__proto__', 'constructor', 'toString', 42, null])('refuses the unknown procedure %s with 404', async (name) => {
    const r = await invoke(new FakeWindow().event(), name, {}, { lang: 'en' });
    expect(r).toMatchObject({ ok: false, status: 404, error: { code: 'NOT_FOUND' } });
    expect(r.ok ? '' : r.error.message).toMatch(/^Unknown operation/);
    expect(relay).not.toHaveBeenCalled();
  });

  it('refuses invalid input in main, in the chosen language, without reaching the backend', async () => {
    const r = await invoke(new FakeWindow().event(), 'setup.status', { extra: 1 }, { lang: 'en' });
    expect(r).toMatchObject({
      ok: false,
      status: 400,
      error: { code: 'VALIDATION', message: 'Some entries need correcting', issues: [{ path: 'extra' }] },
    });
    expect(relay).not.toHaveBeenCalled();
  });

  it("words a refusal of input exactly as the backend's dispatch does", async () => {
    // Public procedures: for the others the backend asks for a session first (see the README on this order).
    for (const [name, input, lang] of [
      ['session.login', { username: '', password: 7 }, 'zh'],
      ['setup.initialize', { desk: { name: 'x'.repeat(500) }, extra: true }, 'en'],
      ['session.login', undefined, 'en'],
    ] as const) {
      const inMain = await invoke(new FakeWindow().event(), name, input, { lang });
      // The same input sent straight to the backend, past main's check.
      const { setToken: _none, ...fromBackend } = await host.relay({ name, input, lang, token: null });
      expect(inMain, name).toEqual(fromBackend.ok ? fromBackend : { ok: false, status: fromBackend.status, error: fromBackend.error });
      expect(inMain, name).toMatchObject({ ok: false, status: 400, error: { code: 'VALIDATION' } });
      expect(inMain.ok ? [] : inMain.error.issues, name).not.toEqual([]);
    }
    expect(relay).not.toHaveBeenCalled();
  });

  it('keeps one session per window and forgets it when the window is destroyed', async () => {
    const first = new FakeWindow();
    const other = new FakeWindow();
    const init = await invoke(first.event(), 'setup.initialize', { desk: DESK, admin: ADMIN });
    expect(init.ok).toBe(true);
    const login = await invoke(first.event(), 'session.login', { username: ADMIN.username, password: ADMIN.password });
    expect(login.ok).toBe(true);
    // The token never reaches the page: the output carries the clerk only.
    expect(JSON.stringify(login)).not.toMatch(/token/i);

    expect(await invoke(first.event(), 'session.me', {})).toMatchObject({ ok: true });
    expect(await invoke(other.event(), 'session.me', {})).toMatchObject({ ok: false, status: 401 });

    first.destroy();
    expect(await invoke(first.event(), 'session.me', {})).toMatchObject({ ok: false, status: 401 });
  });

  it("sends the window's token with each call and keeps the one the backend hands back", async () => {
    const win = new FakeWindow();
    await invoke(win.event(), 'setup.initialize', { desk: DESK, admin: ADMIN });
    await invoke(win.event(), 'session.login', { username: ADMIN.username, password: ADMIN.password });
    const [, login] = relay.mock.calls.map(([call]) => call);
    expect(login).toMatchObject({ name: 'session.login', token: null });
    const token = (await relay.mock.results[1]!.value) as { setToken?: string };
    expect(token.setToken).toMatch(/^[\w-]{40,}$/);

    await invoke(win.event(), 'session.me', {});
    expect(relay.mock.calls[2]![0]).toMatchObject({ name: 'session.me', token: token.setToken });

    // Logging out clears the slot: the next call goes without a token.
    expect(await invoke(win.event(), 'session.logout', {})).toMatchObject({ ok: true });
    expect(await invoke(win.event(), 'session.me', {})).toMatchObject({ ok: false, status: 401 });
    expect(relay.mock.calls[4]![0]).toMatchObject({ name: 'session.me', token: null });
  });

  it("answers INTERNAL in the clerk's language when the backend dies mid-call, and the next call gets a new one", async () => {
    const win = new FakeWindow();
    const call = invoke(win.event(), 'setup.status', {}, { lang: 'en' });
    // The call is on its way; the backend dies before it can answer.
    expect(relay).toHaveBeenCalledOnce();
    backend.latest().crash(134);
    expect(await call).toEqual({
      ok: false,
      status: 500,
      error: { code: 'INTERNAL', message: translate('error.backendLost', 'en'), issues: [] },
    });
    expect(await invoke(win.event(), 'setup.status', {})).toMatchObject({ ok: true });
    expect(backend.forked).toHaveLength(2);
  });
});

describe('pushEvent', () => {
  const target = () => {
    const sent: unknown[][] = [];
    let destroyed = false;
    return {
      sent,
      destroy: () => (destroyed = true),
      send: (channel: string, ...args: unknown[]) => void sent.push([channel, ...args]),
      isDestroyed: () => destroyed,
    };
  };

  it('sends a payload checked against the contract on the event channel', () => {
    const t = target();
    pushEvent(t, 'register.changed', { entities: ['landlords'] });
    expect(t.sent).toEqual([[EVENT_CHANNEL, 'register.changed', { entities: ['landlords'] }]]);
  });

  it('throws on a payload the contract does not promise, and skips a destroyed window', () => {
    const t = target();
    expect(() => pushEvent(t, 'register.changed', { entities: 'landlords' })).toThrow();
    t.destroy();
    pushEvent(t, 'register.changed', { entities: [] });
    expect(t.sent).toEqual([]);
  });
});
