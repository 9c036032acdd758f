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

export const REGISTER_FILE = 'register.sqlite';

/** Opens the desk in a data folder: the one place both hosts start from. */
export function openServices(opts: {
  dataDir: string;
  clock?: Clock;
  log?: Logger;
  open?: OpenOptions;
  /** Electron passes its safeStorage store; the browser host and tests keep the key in a 0600 file. */
  keys?: KeyStore;
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
    close: () => {
      housekeeping.stop();
      sessionTouches.flush(register, clock.now());
      clearInterval(hourly);
      refreshPlannerStats(sqlite);
      sqlite.close();
    },
  };
}
