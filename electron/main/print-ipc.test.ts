import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { PrintRequest } from '../../core/api/print';
import type { Relay } from '../backend/messages';
import { silentLogger } from '../log';
import { INVOKE_CHANNEL, PRINT_CHANNEL } from './channels';
import { registerIpc, type PrintEvent } from './ipc';
import type { PrintableContents } from './printing';

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

/** A window that can print: its top frame shows `url`. */
function windowAt(url: string) {
  const mainFrame = { url };
  const sender: PrintEvent['sender'] = {
    id: 1,
    mainFrame,
    once: () => undefined,
    print: () => undefined,
    printToPDF: async () => new Uint8Array(),
  };
  return { sender, event: (frame: { url: string } | null = mainFrame): PrintEvent => ({ sender, senderFrame: frame }) };
}

// Printing never reaches the backend: a relay that would say so if it were called.
const relay: Relay = () => Promise.reject(new Error('printing must not call the backend'));
let unregister: () => void;
let printed: { contents: PrintableContents; request: PrintRequest }[];

const print = (event: PrintEvent, request: unknown) => electron.handlers.get(PRINT_CHANNEL)!(event, request);

beforeEach(() => {
  printed = [];
  unregister = registerIpc(relay, {
    log: silentLogger,
    print: async (contents, request) => {
      printed.push({ contents, request });
      return { ok: true, path: null };
    },
  });
});
afterEach(() => {
  unregister();
});

describe('the print channel', () => {
  it('is registered beside invoke, and removed with it', () => {
    expect([...electron.handlers.keys()].sort()).toEqual([INVOKE_CHANNEL, PRINT_CHANNEL].sort());
    unregister();
    expect(electron.handlers.size).toBe(0);
    unregister = registerIpc(relay, { log: silentLogger });
    expect([...electron.handlers.keys()]).toEqual([INVOKE_CHANNEL]);
  });

  it('prints the sending window when the app page in the top frame asks, with a parsed request', async () => {
    const w = windowAt('app://desk/#/certificate?id=1');
    expect(await print(w.event(), { mode: 'pdf', fileName: '合格证明-331004006056-2026-000001.pdf' })).toEqual({ ok: true, path: null });
    expect(printed).toEqual([{ contents: w.sender, request: { mode: 'pdf', fileName: '合格证明-331004006056-2026-000001.pdf' } }]);
  });

  it('refuses a foreign page, an iframe, and a request outside its schema, printing nothing', async () => {
    const foreign = windowAt('https://evil.example/');
    expect(await print(foreign.event(), { mode: 'dialog', fileName: 'x.pdf' })).toEqual({ ok: false, reason: 'refused' });
    const app = windowAt('app://desk/');
    expect(await print(app.event({ url: 'app://desk/frame' }), { mode: 'dialog', fileName: 'x.pdf' })).toEqual({
      ok: false,
      reason: 'refused',
    });
    expect(await print(app.event(null), { mode: 'dialog', fileName: 'x.pdf' })).toEqual({ ok: false, reason: 'refused' });
    for (const bad of [
      { mode: 'silent', fileName: 'x.pdf' },
      { mode: 'pdf', fileName: '../../etc/passwd.pdf' },
      { mode: 'pdf', fileName: 'C:\\Windows\\x.pdf' },
      { mode: 'pdf', fileName: 'x.exe' },
      { mode: 'pdf', fileName: 'x.pdf', path: '/tmp/x.pdf' },
      null,
    ]) {
      expect(await print(app.event(), bad), JSON.stringify(bad)).toEqual({ ok: false, reason: 'refused' });
    }
    expect(printed).toEqual([]);
  });
});
