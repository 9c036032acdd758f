import { contextBridge, ipcRenderer } from 'electron';
import type { EventName, ProcedureName } from '../../core/api/contract';
import { EVENT_CHANNEL, INVOKE_CHANNEL, PRINT_CHANNEL } from '../main/channels';

/**
 * The page's only door to the host: `window.api`. Sandboxed and bundled to
 * one CommonJS file (preload.cjs). The contract's names are baked in by
 * scripts/build-electron.mjs rather than imported, because importing the
 * contract would bundle zod and the region tables into every window load.
 */
declare const __DESK_PROCEDURES__: readonly ProcedureName[];
declare const __DESK_EVENTS__: readonly EventName[];

const procedures = new Set<string>(__DESK_PROCEDURES__);
const eventNames = new Set<string>(__DESK_EVENTS__);

type Listener = (payload: unknown) => void;
const listeners = new Map<string, Set<Listener>>();

// One IPC listener for all events; the page's callbacks never see the
// IpcRendererEvent (it would hand them `sender`, i.e. ipcRenderer itself).
ipcRenderer.on(EVENT_CHANNEL, (_event, name: unknown, payload: unknown) => {
  if (typeof name !== 'string') return;
  for (const cb of listeners.get(name) ?? []) cb(payload);
});

const api = {
  invoke(name: string, input: unknown, options?: { lang?: 'zh' | 'en' }): Promise<unknown> {
    const lang = options?.lang === 'en' ? 'en' : 'zh';
    if (typeof name !== 'string' || !procedures.has(name)) {
      // The same shape main would answer with, so the client has one error path.
      const message = (lang === 'en' ? 'Unknown operation: ' : '未知的操作：') + String(name).slice(0, 80);
      return Promise.resolve({ ok: false, status: 404, error: { code: 'NOT_FOUND', message, issues: [] } });
    }
    return ipcRenderer.invoke(INVOKE_CHANNEL, name, input, { lang });
  },
  /** Prints this window (dialog) or saves it as a PDF; main checks the sender and parses the request. */
  print(request: unknown): Promise<unknown> {
    return ipcRenderer.invoke(PRINT_CHANNEL, request);
  },
  on(event: string, cb: Listener): () => void {
    if (typeof event !== 'string' || !eventNames.has(event) || typeof cb !== 'function') {
      throw new Error(`unknown event: ${String(event)}`);
    }
    let set = listeners.get(event);
    if (!set) listeners.set(event, (set = new Set()));
    // Wrapped so the same callback can subscribe twice and unsubscribe once each.
    const entry: Listener = (payload) => cb(payload);
    set.add(entry);
    return () => void set.delete(entry);
  },
};

contextBridge.exposeInMainWorld('api', api);
