import { ipcMain, webContents } from 'electron';
import { events, isProcedureName, type EventName } from '../../core/api/contract';
import { HTTP_STATUS, type ErrorCode, type WireError } from '../../core/errors';
import { translate, type Lang } from '../../core/i18n/catalog';
import type { Services } from '../handlers/context';
import { dispatch } from '../handlers/dispatch';
import { isAppUrl } from './app-origin';
import { printRequest, type PrintResult } from '../../core/api/print';
import { EVENT_CHANNEL, INVOKE_CHANNEL, PRINT_CHANNEL } from './channels';
import type { PrintableContents, Printer } from './printing';

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
 * `handle()` on the invoke channel; printing, when the host passes a printer,
 * on its own channel behind the same sender check. Returns a function that
 * removes the handlers.
 */
export function registerIpc(services: Services, opts: { print?: Printer } = {}): () => void {
  const handle = createInvokeHandler(services);
  ipcMain.handle(INVOKE_CHANNEL, (event, name: unknown, input: unknown, options: unknown) =>
    handle(event, name, input, options),
  );
  const printer = opts.print;
  if (printer) {
    const print = createPrintHandler(services, printer);
    ipcMain.handle(PRINT_CHANNEL, (event, request: unknown) => print(event, request));
  }
  return () => {
    ipcMain.removeHandler(INVOKE_CHANNEL);
    if (printer) ipcMain.removeHandler(PRINT_CHANNEL);
  };
}

/** The sender check every channel shares: the app's own page, in the top frame. */
function fromAppTopFrame(services: Services, event: InvokeEvent, what: string): boolean {
  const frame = event.senderFrame;
  if (frame && frame === event.sender.mainFrame && isAppUrl(frame.url)) return true;
  services.log.error('ipc call refused: not the app page in the top frame', { url: frame?.url ?? null, what });
  return false;
}

/** An IPC event whose sender can print (a real WebContents can). */
export interface PrintEvent extends InvokeEvent {
  sender: InvokeEvent['sender'] & PrintableContents;
}

/**
 * The print channel: the same sender check as `handle()`, the request
 * parsed by its zod schema, then the window prints itself. A page can only
 * ever print its own window.
 */
export function createPrintHandler(services: Services, printer: Printer) {
  return async (event: PrintEvent, request: unknown): Promise<PrintResult> => {
    if (!fromAppTopFrame(services, event, 'print')) return { ok: false, reason: 'refused' };
    const parsed = printRequest.safeParse(request);
    if (!parsed.success) return { ok: false, reason: 'refused' };
    return printer(event.sender, parsed.data);
  };
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
    if (!fromAppTopFrame(services, event, typeof name === 'string' ? name.slice(0, 80) : typeof name)) {
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
