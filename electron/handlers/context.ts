import type { Lang } from '../../core/i18n/types';
import type { Drizzle, Sqlite } from '../../db/open';
import type { SessionClerk } from '../../db/sessions';
import type { Register, Writer } from '../../db/write';
import type { Clock } from '../clock';
import type { Housekeeping } from '../housekeeping';
import type { SessionTouches } from '../auth/session-touches';
import type { KeyStore } from '../keys/key-store';
import type { Logger } from '../log';
import type { CredentialStore } from '../sync/credential';
import type { SyncLoop } from '../sync/loop';

/** What a running desk has: the register, the clock, the data folder, the log. */
export interface Services {
  register: Register;
  db: Drizzle;
  sqlite: Sqlite;
  clock: Clock;
  dataDir: string;
  log: Logger;
  /** The desk's private signing key: a 0600 file (browser host) or sealed by safeStorage (Electron). */
  keys: KeyStore;
  /** What the passing of time changes (fire statuses by date, expired reservations), on a timer. */
  housekeeping: Housekeeping;
  /** Calls that slide a session's end, written by housekeeping. */
  sessionTouches: SessionTouches;
  /** The platform credential: a 0600 file (browser host) or sealed by safeStorage (Electron). */
  credentials: CredentialStore;
  /** The sync with the city platform, beside the handlers in this process. */
  sync: SyncLoop;
  /** How the desk reaches the platform (tests may point it through a fault proxy). */
  fetch?: typeof fetch;
}

/**
 * Where a transport keeps the session token: a cookie in the browser host,
 * a per-window slot in Electron. Handlers only ask for it and set it.
 */
export interface SessionPort {
  token(): string | null;
  set(token: string | null): void;
}

export interface CallContext extends Services {
  /** The clerk's language: for documents a handler writes (an Excel report); replies carry message keys. */
  lang: Lang;
  /** The logged-in clerk; null only in public procedures. */
  clerk: SessionClerk | null;
  session: SessionPort;
  /** Today's date in China time, from the injected clock. */
  today(): string;
  /** Runs `fn` through the write path as the calling clerk. */
  write<T>(action: string, fn: (w: Writer) => T): T;
}
