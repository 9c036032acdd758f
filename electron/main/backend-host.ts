import { createInterface } from 'node:readline';
import { DomainError } from '../../core/errors';
import { translate, type Lang } from '../../core/i18n/catalog';
import { fromBackend, type InvokeReply, type Relay, type RelayedReply, type StartMessage, type ToBackend } from '../backend/messages';
import { wireError } from '../handlers/wire-error';
import type { KeyStore } from '../keys/key-store';
import type { CredentialStore } from '../sync/credential';
import type { Logger } from '../log';

/** The bits of Electron's UtilityProcess the host uses; the real one fits, a test's EventEmitter too. */
export interface BackendProcess {
  postMessage(message: ToBackend): void;
  kill(): boolean;
  on(event: 'message', listener: (message: unknown) => void): unknown;
  on(event: 'exit', listener: (code: number) => void): unknown;
  on(event: 'error', listener: (type: string, location: string) => void): unknown;
  readonly stdout: NodeJS.ReadableStream | null;
  readonly stderr: NodeJS.ReadableStream | null;
}

export interface BackendHostOptions {
  /** Starts one backend process: `utilityProcess.fork(...)` in the app, a stand-in in tests. */
  fork: () => BackendProcess;
  /** What a (re)started backend needs; asked anew at a restart, since the key may have been made since. */
  startMessage: () => StartMessage;
  /** Main's key store: it seals a key the backend made (safeStorage exists in main only). */
  keys: KeyStore;
  /** Main's credential store: it seals the platform credential an enrolment brought. */
  credentials?: CredentialStore;
  log: Logger;
  /** The backend stopped again after its one restart, or could not restart: the app tells the clerk and ends. */
  onGiveUp: (message: string) => void;
  /** How long `stop()` waits for the register to close before killing the process. */
  stopTimeoutMs?: number;
}

export interface BackendHost {
  /** Starts the backend; resolves once the register is open, rejects with the reason it could not open. */
  start(): Promise<void>;
  /** One call to the backend. Never rejects: a backend that is gone answers INTERNAL in the clerk's language. */
  relay: Relay;
  /** Asks the backend to close the register and exit; kills it if it takes too long. */
  stop(): Promise<void>;
}

type Phase = 'idle' | 'starting' | 'ready' | 'crashed' | 'gone' | 'stopped';

/**
 * Runs the desk's backend (the dispatcher and the register, backend/serve.ts)
 * in a utility process and relays calls to it, matching replies by id. Main
 * keeps the window responsive and owns what only it can own: the session
 * tokens per window (ipc.ts) and the keychain.
 *
 * Nothing restarts silently. If the backend exits unexpectedly, every call
 * still waiting gets INTERNAL and the log says how many; the next call starts
 * it once more (logged). A second unexpected exit, or a restart that fails,
 * ends the app with an error box (`onGiveUp`): a backend that keeps dying is a
 * bug to report, not something to hide behind restarts.
 */
export function createBackendHost(opts: BackendHostOptions): BackendHost {
  const { log } = opts;
  const pending = new Map<number, { lang: Lang; resolve: (r: RelayedReply) => void }>();
  let nextId = 1;
  let phase: Phase = 'idle';
  let child: BackendProcess | null = null;
  let starting: Promise<void> | null = null;
  let restartsLeft = 1;
  // The clerk's language of the latest call, for the error box when there is no call to answer.
  let lastLang: Lang = 'zh';
  let onStopped: (() => void) | null = null;

  // A call that never reached the backend saved nothing; one the backend died during may have been saved.
  const internal = (lang: Lang, key: 'error.internal' | 'error.backendLost' = 'error.internal'): RelayedReply => ({
    ok: false,
    ...wireError(new DomainError('INTERNAL', key), lang),
  });

  const failPending = () => {
    for (const [id, call] of pending) {
      pending.delete(id);
      call.resolve(internal(call.lang, 'error.backendLost'));
    }
  };

  const giveUp = (why: string) => {
    phase = 'gone';
    log.error('the desk backend is gone for good: ending the app', { why });
    opts.onGiveUp(translate('error.backendStopped', lastLang));
  };

  const settle = (reply: InvokeReply) => {
    const call = pending.get(reply.id);
    if (!call) {
      log.error('backend: dropped a reply to no waiting call', { id: reply.id });
      return;
    }
    pending.delete(reply.id);
    const { type: _type, id: _id, ...rest } = reply;
    call.resolve(rest);
  };

  const sealKey = (pem: string) => {
    try {
      opts.keys.write(pem);
      log.info('sealed the desk signing key the backend made', { store: opts.keys.kind });
    } catch (e) {
      // The backend keeps signing with its copy this run; the next start reports the key missing (backend/key-store.ts).
      log.error('the desk signing key the backend made could not be stored', { error: e instanceof Error ? e.message : String(e) });
    }
  };

  const sealCredential = (value: string | null) => {
    try {
      opts.credentials?.write(value);
      log.info(value ? 'sealed the platform credential' : 'removed the platform credential', { store: opts.credentials?.kind });
    } catch (e) {
      log.error('the platform credential could not be stored', { error: e instanceof Error ? e.message : String(e) });
    }
  };

  const launch = () =>
    new Promise<void>((resolve, reject) => {
      phase = 'starting';
      const proc = opts.fork();
      child = proc;
      let ready = false;
      forwardLines(proc.stdout, log, 'info');
      forwardLines(proc.stderr, log, 'error');

      proc.on('message', (raw) => {
        // A killed predecessor's last words are not this backend's.
        if (proc !== child) return;
        const parsed = fromBackend.safeParse(raw);
        if (!parsed.success) {
          log.error('backend: dropped a malformed message', { issues: parsed.error.issues.slice(0, 5) });
          return;
        }
        const message = parsed.data;
        switch (message.type) {
          case 'ready':
            if (ready) return;
            ready = true;
            phase = 'ready';
            resolve();
            return;
          case 'fatal':
            if (ready) {
              log.error('backend: dropped a fatal message after ready', { message: message.message });
              return;
            }
            // Already logged with its stack by the backend. Its process is of no further use.
            child = null;
            phase = 'gone';
            proc.kill();
            reject(new Error(message.message));
            return;
          case 'keys.write':
            sealKey(message.pem);
            return;
          case 'credential.write':
            sealCredential(message.value);
            return;
          case 'reply':
            settle(message);
            return;
        }
      });

      proc.on('error', (type, location) => log.error('the desk backend hit a fatal error', { type, location }));

      proc.on('exit', (code) => {
        if (proc !== child) return;
        child = null;
        if (onStopped) {
          phase = 'stopped';
          failPending();
          onStopped();
          return;
        }
        const waiting = pending.size;
        failPending();
        if (!ready) {
          phase = 'gone';
          reject(new Error(`the desk backend stopped while starting (exit code ${code})`));
          return;
        }
        phase = 'crashed';
        log.error('the desk backend stopped unexpectedly', { code, answeredInternal: waiting, restartsLeft });
        if (restartsLeft === 0) giveUp(`stopped again after its restart (exit code ${code})`);
      });

      proc.postMessage(opts.startMessage());
    });

  const start = () => {
    if (phase !== 'idle') return starting ?? Promise.resolve();
    starting = launch();
    return starting;
  };

  const restart = () => {
    restartsLeft -= 1;
    log.error('restarting the desk backend after it stopped');
    starting = launch().catch((e: unknown) => {
      giveUp(`could not restart: ${e instanceof Error ? e.message : String(e)}`);
    });
    return starting;
  };

  const relay: Relay = async (call) => {
    lastLang = call.lang;
    if (phase === 'crashed' && restartsLeft > 0) await restart();
    else if (phase === 'starting') await starting?.catch(() => undefined);
    const proc = child;
    if (phase !== 'ready' || !proc) return internal(call.lang);
    const id = nextId++;
    return new Promise<RelayedReply>((resolve) => {
      pending.set(id, { lang: call.lang, resolve });
      try {
        proc.postMessage({ type: 'invoke', id, ...call });
      } catch (e) {
        // The input passed the contract, so this is a bug (or a process already gone): INTERNAL, and the log says which.
        pending.delete(id);
        log.error('a call could not be sent to the desk backend', {
          procedure: call.name,
          error: e instanceof Error ? e.message : String(e),
        });
        resolve(internal(call.lang));
      }
    });
  };

  let stopping: Promise<void> | null = null;
  const stop = () =>
    (stopping ??= new Promise<void>((resolve) => {
      const proc = child;
      if (!proc) {
        phase = 'stopped';
        resolve();
        return;
      }
      const timer = setTimeout(() => {
        log.error('the desk backend did not close the register in time: killing it');
        proc.kill();
      }, opts.stopTimeoutMs ?? 5000);
      onStopped = () => {
        clearTimeout(timer);
        resolve();
      };
      try {
        proc.postMessage({ type: 'stop' });
      } catch {
        proc.kill();
      }
    }));

  return { start, relay, stop };
}

/**
 * The backend's stdout and stderr into main's log, one entry per line. Its
 * own log lines are JSON already (log.ts) and keep their level and fields;
 * anything else (a crash's stack from Node itself) is kept as text.
 */
function forwardLines(stream: NodeJS.ReadableStream | null, log: Logger, level: 'info' | 'error'): void {
  if (!stream) return;
  createInterface({ input: stream, crlfDelay: Infinity }).on('line', (line) => {
    if (!line.trim()) return;
    const entry = parsedLogLine(line);
    if (entry) {
      const { t: _t, level: entryLevel, msg, ...data } = entry;
      log[entryLevel === 'error' ? 'error' : 'info'](String(msg), { ...data, from: 'backend' });
    } else {
      log[level]('backend output', { line, from: 'backend' });
    }
  });
}

function parsedLogLine(line: string): ({ t?: unknown; level?: unknown; msg: unknown } & Record<string, unknown>) | null {
  if (!line.startsWith('{')) return null;
  try {
    const value: unknown = JSON.parse(line);
    return value && typeof value === 'object' && 'msg' in value ? (value as { msg: unknown } & Record<string, unknown>) : null;
  } catch {
    return null;
  }
}
