import { ipcMain, webContents } from 'electron';
import { events, isProcedureName, type EventName } from '../../core/api/contract';
import { HTTP_STATUS, type ErrorCode, type WireError } from '../../core/errors';
import { translate, type Lang } from '../../core/i18n/catalog';
import type { Services } from '../handlers/context';
import { dispatch } from '../handlers/dispatch';
import { isAppUrl } from './app-origin';
import { EVENT_CHANNEL, INVOKE_CHANNEL } from './channels';

/** What `window.api.invoke` resolves to in the page. */
export type InvokeResult = { ok: true; output: unknown } | { ok: false; status: number; error: WireError };

/** The bits of an IPC invoke event the checks use; Electron's IpcMainInvokeEvent fits. */
export interface InvokeEvent {
  sender: {
    id: number;
    mainFrame: unknown;
    once(event: 'destroyed', listener: () => void): unknown;
  };
  senderFrame: { url: string } | null;
}

/**
 * The one `ipcMain` user (check 7): every call from the page comes through
 * `handle()` on one channel. Returns a function that removes the handler.
 */
export function registerIpc(services: Services): () => void {
  const handle = createInvokeHandler(services);
  ipcMain.handle(INVOKE_CHANNEL, (event, name: unknown, input: unknown, options: unknown) =>
    handle(event, name, input, options),
  );
  return () => ipcMain.removeHandler(INVOKE_CHANNEL);
}

/**
 * The checks before `dispatch`: the caller must be the app's own page in the
 * top frame — an iframe or a page the window was tricked into loading gets
 * nothing — and the name must be in the contract. The session token lives
 * here, one per window, so a page can never read or forge it; it goes away
 * with the window.
 */
export function createInvokeHandler(services: Services) {
  const tokens = new Map<number, string | null>();

  const sessionOf = (sender: InvokeEvent['sender']) => {
    if (!tokens.has(sender.id)) {
      tokens.set(sender.id, null);
      sender.once('destroyed', () => tokens.delete(sender.id));
    }
    return {
      token: () => tokens.get(sender.id) ?? null,
      set: (t: string | null) => void tokens.set(sender.id, t),
    };
  };

  return async (event: InvokeEvent, name: unknown, input: unknown, options: unknown): Promise<InvokeResult> => {
    const lang: Lang = (options as { lang?: unknown } | null)?.lang === 'en' ? 'en' : 'zh';
    const frame = event.senderFrame;
    if (!frame || frame !== event.sender.mainFrame || !isAppUrl(frame.url)) {
      services.log.error('ipc call refused: not the app page in the top frame', {
        url: frame?.url ?? null,
        procedure: typeof name === 'string' ? name.slice(0, 80) : typeof name,
      });
      return refusal('FORBIDDEN', translate('error.forbidden', lang));
    }
    if (typeof name !== 'string' || !isProcedureName(name)) {
      const shown = typeof name === 'string' ? name.slice(0, 80) : String(typeof name);
      return refusal('NOT_FOUND', translate('error.unknownProcedure', lang, { name: shown }));
    }
    const result = await dispatch(services, name, input, { lang, session: sessionOf(event.sender) });
    return result.ok ? { ok: true, output: result.output } : result;
  };
}

function refusal(code: ErrorCode, message: string): InvokeResult {
  return { ok: false, status: HTTP_STATUS[code], error: { code, message, issues: [] } };
}

/** The bits of a webContents an event goes to. */
export interface EventTarget {
  send(channel: string, ...args: unknown[]): void;
  isDestroyed(): boolean;
}

/**
 * Pushes an event to one window. The payload is checked against the
 * contract first, so the page only ever receives what `events` promises.
 */
export function pushEvent(target: EventTarget, name: EventName, payload: unknown): void {
  const checked = events[name].parse(payload);
  if (!target.isDestroyed()) target.send(EVENT_CHANNEL, name, checked);
}

/** Pushes an event to every window showing the app. */
export function broadcastEvent(name: EventName, payload: unknown): void {
  for (const contents of webContents.getAllWebContents()) {
    if (isAppUrl(contents.getURL())) pushEvent(contents, name, payload);
  }
}
