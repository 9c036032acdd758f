import { ipcMain, webContents } from 'electron';
import { events, isProcedureName, type EventName } from '../../core/api/contract';
import { printRequest, type PrintResult } from '../../core/api/print';
import { DomainError, type WireError } from '../../core/errors';
import type { Lang } from '../../core/i18n/catalog';
import type { Relay } from '../backend/messages';
import { parseInput, wireError } from '../handlers/wire-error';
import type { Logger } from '../log';
import { isAppUrl } from './app-origin';
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
 * `handle()` on the invoke channel and is relayed to the desk's backend
 * (backend-host.ts); printing, when the host passes a printer, on its own
 * channel behind the same sender check. Returns a function that removes the
 * handlers.
 */
export function registerIpc(relay: Relay, opts: { log: Logger; print?: Printer }): () => void {
  const handle = createInvokeHandler(relay, opts.log);
  ipcMain.handle(INVOKE_CHANNEL, (event, name: unknown, input: unknown, options: unknown) => handle(event, name, input, options));
  const printer = opts.print;
  if (printer) {
    const print = createPrintHandler(opts.log, printer);
    ipcMain.handle(PRINT_CHANNEL, (event, request: unknown) => print(event, request));
  }
  return () => {
    ipcMain.removeHandler(INVOKE_CHANNEL);
    if (printer) ipcMain.removeHandler(PRINT_CHANNEL);
  };
}

/** The sender check every channel shares: the app's own page, in the top frame. */
function fromAppTopFrame(log: Logger, event: InvokeEvent, what: string): boolean {
  const frame = event.senderFrame;
  if (frame && frame === event.sender.mainFrame && isAppUrl(frame.url)) return true;
  log.error('ipc call refused: not the app page in the top frame', { url: frame?.url ?? null, what });
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
export function createPrintHandler(log: Logger, printer: Printer) {
  return async (event: PrintEvent, request: unknown): Promise<PrintResult> => {
    if (!fromAppTopFrame(log, event, 'print')) return { ok: false, reason: 'refused' };
    const parsed = printRequest.safeParse(request);
    if (!parsed.success) return { ok: false, reason: 'refused' };
    return printer(event.sender, parsed.data);
  };
}

/**
 * The checks before the backend: the caller must be the app's own page in
 * the top frame — an iframe or a page the window was tricked into loading
 * gets nothing — the name must be in the contract, and the input must pass
 * its schema, so only calls the contract admits ever reach the backend. The
 * session token lives here, one per window, so a page can never read or
 * forge it: it rides along with each call, and the backend's reply says
 * when the call changed it. It goes away with the window.
 *
 * The raw input is relayed, not the parsed one: the backend's dispatch
 * parses again (defence in depth), and some schemas transform what they
 * parse into something they would not accept a second time (a tenant
 * without an ID comes out with `idNumber: null`).
 */
export function createInvokeHandler(relay: Relay, log: Logger) {
  const tokens = new Map<number, string | null>();

  const slotOf = (sender: InvokeEvent['sender']) => {
    if (!tokens.has(sender.id)) {
      tokens.set(sender.id, null);
      sender.once('destroyed', () => tokens.delete(sender.id));
    }
    return {
      token: () => tokens.get(sender.id) ?? null,
      // A window closed while its call ran keeps no slot: its login must not outlive it.
      set: (t: string | null) => void (tokens.has(sender.id) && tokens.set(sender.id, t)),
    };
  };

  return async (event: InvokeEvent, name: unknown, input: unknown, options: unknown): Promise<InvokeResult> => {
    const lang: Lang = (options as { lang?: unknown } | null)?.lang === 'en' ? 'en' : 'zh';
    if (!fromAppTopFrame(log, event, typeof name === 'string' ? name.slice(0, 80) : typeof name)) {
      return refusal(new DomainError('FORBIDDEN', 'error.forbidden'), lang);
    }
    if (typeof name !== 'string' || !isProcedureName(name)) {
      const shown = typeof name === 'string' ? name.slice(0, 80) : String(typeof name);
      return refusal(new DomainError('NOT_FOUND', { key: 'error.unknownProcedure', params: { name: shown } }), lang);
    }
    const checked = parseInput(name, input);
    if (!checked.ok) return refusal(checked.refusal, lang);
    const slot = slotOf(event.sender);
    let reply;
    try {
      reply = await relay({ name, input, lang, token: slot.token() });
    } catch (e) {
      // The host never rejects; if it ever did, the clerk still gets an answer and the log the reason.
      log.error('the backend relay failed', { procedure: name, error: e instanceof Error ? e.message : String(e) });
      return refusal(new DomainError('INTERNAL', 'error.internal'), lang);
    }
    if (reply.setToken !== undefined) slot.set(reply.setToken);
    return reply.ok ? { ok: true, output: reply.output } : { ok: false, status: reply.status, error: reply.error };
  };
}

function refusal(domain: DomainError, lang: Lang): InvokeResult {
  return { ok: false, ...wireError(domain, lang) };
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
