import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { openRegister, refreshPlannerStats, type OpenOptions } from '../db/open';
import { deleteExpiredSessions } from '../db/sessions';
import { Register } from '../db/write';
import { systemClock, type Clock } from './clock';
import type { Services } from './handlers/context';
import { SessionTouches } from './auth/session-touches';
import { startHousekeeping } from './housekeeping';
import { fileKeyStore, type KeyStore } from './keys/key-store';
import { consoleLogger, type Logger } from './log';
import { fileCredentialStore, type CredentialStore } from './sync/credential';
import { SyncLoop } from './sync/loop';
import type { SyncDeps } from './sync/run';
import type { Timing } from '../core/sync/timing';

export const REGISTER_FILE = 'register.sqlite';

/** Opens the desk in a data folder: the one place both hosts start from. */
export function openServices(opts: {
  dataDir: string;
  clock?: Clock;
  log?: Logger;
  open?: OpenOptions;
  /** Electron passes its safeStorage store; the browser host and tests keep the key in a 0600 file. */
  keys?: KeyStore;
  /** Likewise for the platform credential. */
  credentials?: CredentialStore;
  /** The sync loop's timing (tests and the bench make it quicker); the default is core's. */
  syncTiming?: Timing;
  /** How the desk reaches the platform: tests may put a fault proxy in between. */
  fetch?: typeof fetch;
  /** The fault tests' hook at each sync step a crash must survive (see SyncDeps.atStep). */
  atSyncStep?: SyncDeps['atStep'];
}): Services & { close(): void } {
  mkdirSync(opts.dataDir, { recursive: true, mode: 0o700 });
  const { sqlite, db } = openRegister(join(opts.dataDir, REGISTER_FILE), opts.open);
  const clock = opts.clock ?? systemClock;
  const register = new Register(sqlite);
  const log = opts.log ?? consoleLogger();
  deleteExpiredSessions(register, clock.now());
  const hourly = setInterval(() => refreshPlannerStats(sqlite), 60 * 60 * 1000);
  hourly.unref();
  const sessionTouches = new SessionTouches();
  const housekeeping = startHousekeeping(register, clock, log, [() => sessionTouches.flush(register, clock.now())]);
  const credentials = opts.credentials ?? fileCredentialStore(opts.dataDir);
  const sync = new SyncLoop({
    register,
    clock,
    log,
    credentials,
    ...(opts.syncTiming ? { timing: opts.syncTiming } : {}),
    ...(opts.fetch ? { fetch: opts.fetch } : {}),
    ...(opts.atSyncStep ? { atStep: opts.atSyncStep } : {}),
  });
  // A desk never enrolled stays offline: the first run finds no platform and the timer does not start.
  sync.start();
  return {
    register,
    db,
    sqlite,
    clock,
    dataDir: opts.dataDir,
    log,
    keys: opts.keys ?? fileKeyStore(opts.dataDir),
    housekeeping,
    sessionTouches,
    credentials,
    sync,
    ...(opts.fetch ? { fetch: opts.fetch } : {}),
    close: () => {
      // A run waiting on the network finds the loop closed and touches nothing more; each of its steps was one transaction.
      sync.close();
      housekeeping.stop();
      sessionTouches.flush(register, clock.now());
      clearInterval(hourly);
      refreshPlannerStats(sqlite);
      sqlite.close();
    },
  };
}
