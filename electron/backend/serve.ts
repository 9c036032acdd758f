import { DomainError } from '../../core/errors';
import type { Services } from '../handlers/context';
import { dispatch } from '../handlers/dispatch';
import { wireError } from '../handlers/wire-error';
import { consoleLogger, type Logger } from '../log';
import { openServices } from '../services';
import { relayedKeyStore } from './key-store';
import { relayedCredentialStore } from '../sync/credential';
import { startMessage, toBackend, type FromBackend, type InvokeReply, type InvokeRequest } from './messages';

/**
 * The backend's side of the conversation with main, without Electron: the
 * thin entry (main.ts) passes `process.parentPort`, unwrapped; tests pass a
 * stand-in. Messages arrive as they were posted (already deserialised).
 */
export interface BackendPort {
  postMessage(message: FromBackend): void;
  on(event: 'message', listener: (message: unknown) => void): unknown;
}

/**
 * Answers main's invoke requests with the same `dispatch` the browser host
 * uses. Calls run concurrently, as they did in main: a long import yields
 * between rows, so the progress poll and other windows get answers. The
 * session token comes with each call and goes back only when the call
 * changed it; the backend keeps no tokens. `stop` (the app quitting) closes
 * the register; the caller decides how to exit.
 */
export function serveBackend(port: BackendPort, services: Services, opts: { stop?: () => void } = {}): void {
  port.on('message', (raw) => {
    const parsed = toBackend.safeParse(raw);
    if (!parsed.success) {
      services.log.error('backend: dropped a malformed message', { issues: parsed.error.issues.slice(0, 5) });
      return;
    }
    const message = parsed.data;
    if (message.type === 'invoke') void answer(port, services, message);
    else if (message.type === 'stop') opts.stop?.();
    else services.log.error('backend: dropped a second start message');
  });
}

async function answer(port: BackendPort, services: Services, request: InvokeRequest): Promise<void> {
  let token = request.token;
  let changed = false;
  const session = {
    token: () => token,
    set: (t: string | null) => {
      token = t;
      changed = true;
    },
  };
  const result = await dispatch(services, request.name, request.input, { lang: request.lang, session });
  const setToken = changed ? { setToken: token } : {};
  const reply: InvokeReply = result.ok
    ? { type: 'reply', id: request.id, ok: true, status: 200, output: result.output, ...setToken }
    : { type: 'reply', id: request.id, ok: false, status: result.status, error: result.error, ...setToken };
  try {
    port.postMessage(reply);
  } catch (e) {
    // An output the channel cannot carry is a bug: the log keeps it, the clerk gets INTERNAL rather than a call that never ends.
    services.log.error('backend: the reply could not be sent', {
      procedure: request.name,
      error: e instanceof Error ? e.message : String(e),
    });
    port.postMessage({
      type: 'reply',
      id: request.id,
      ok: false,
      ...wireError(new DomainError('INTERNAL', 'error.internal'), request.lang),
      ...setToken,
    });
  }
}

export interface RunOptions {
  log?: Logger;
  /** Opens the register; tests may wrap it. */
  open?: typeof openServices;
  /** Ends the process once the register is closed after `stop`. */
  exit: (code: number) => void;
}

/**
 * The whole backend once a port exists: waits for main's `start`, opens the
 * register there with the key main handed over, says `ready` (or `fatal`
 * with the reason, which main shows to the clerk), then serves calls.
 * Nothing before `start` is served.
 */
export function runBackend(port: BackendPort, opts: RunOptions): void {
  const log = opts.log ?? consoleLogger();
  const open = opts.open ?? openServices;
  let started = false;
  port.on('message', (raw) => {
    if (started) return;
    const parsed = startMessage.safeParse(raw);
    if (!parsed.success) {
      log.error('backend: dropped a message that came before start', { issues: parsed.error.issues.slice(0, 5) });
      return;
    }
    started = true;
    const start = parsed.data;
    let services: ReturnType<typeof openServices>;
    try {
      services = open({
        dataDir: start.dataDir,
        log,
        ...(start.nativeBinding ? { open: { nativeBinding: start.nativeBinding } } : {}),
        keys: relayedKeyStore(start.keys, (pem) => port.postMessage({ type: 'keys.write', pem })),
        credentials: relayedCredentialStore(start.credential, (value) => port.postMessage({ type: 'credential.write', value })),
      });
    } catch (e) {
      // Typically a register written by a newer app, or a missing Electron build of SQLite.
      log.error('the desk could not start', { error: e instanceof Error ? (e.stack ?? e.message) : String(e) });
      // Main shows this and ends the app (and this process with it).
      port.postMessage({ type: 'fatal', message: e instanceof Error ? e.message : String(e) });
      return;
    }
    serveBackend(port, services, {
      stop: () => {
        services.close();
        opts.exit(0);
      },
    });
    port.postMessage({ type: 'ready' });
  });
}
