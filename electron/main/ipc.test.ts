import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ADMIN, DESK } from '../../tests/support/desk';
import { silentLogger } from '../log';
import { openServices } from '../services';
import { EVENT_CHANNEL, INVOKE_CHANNEL } from './channels';
import { pushEvent, registerIpc, type InvokeEvent, type InvokeResult } from './ipc';

// Only Electron is faked (its binary cannot run here); the desk behind it is real.
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
let services: ReturnType<typeof openServices>;
let unregister: () => void;

const invoke = (event: InvokeEvent, name: unknown, input: unknown = {}, options?: unknown) =>
  electron.handlers.get(INVOKE_CHANNEL)!(event, name, input, options) as Promise<InvokeResult>;

beforeEach(() => {
  dataDir = mkdtempSync(join(tmpdir(), 'desk-ipc-'));
  services = openServices({ dataDir, log: silentLogger });
  unregister = registerIpc(services);
});
afterEach(() => {
  unregister();
  services.close();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('handle() (check 7)', () => {
  it('registers one handler on the invoke channel and removes it', () => {
    expect([...electron.handlers.keys()]).toEqual([INVOKE_CHANNEL]);
    unregister();
    expect(electron.handlers.size).toBe(0);
    unregister = registerIpc(services);
  });

  it('lets a good call from the app reach dispatch', async () => {
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
  });

  it('refuses a call whose frame has gone', async () => {
    const r = await invoke(new FakeWindow().event(null), 'setup.status', {});
    expect(r).toMatchObject({ ok: false, status: 403 });
  });

  it.each(['nope.nothing', '__proto__', 'constructor', 'toString', 42, null])(
    'refuses the unknown procedure %s with 404',
    async (name) => {
      const r = await invoke(new FakeWindow().event(), name, {}, { lang: 'en' });
      expect(r).toMatchObject({ ok: false, status: 404, error: { code: 'NOT_FOUND' } });
      expect(r.ok ? '' : r.error.message).toMatch(/^Unknown operation/);
    },
  );

  it('passes invalid input to the contract, which answers 400 in the chosen language', async () => {
    const r = await invoke(new FakeWindow().event(), 'setup.status', { extra: 1 }, { lang: 'en' });
    expect(r).toMatchObject({
      ok: false,
      status: 400,
      error: { code: 'VALIDATION', message: 'Some entries need correcting' },
    });
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
