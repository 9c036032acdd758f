import { refreshStaleStatuses } from '../db/fire-status';
import { anyExpiredReservation, releaseExpiredReservations } from '../db/tenancies';
import type { Register } from '../db/write';
import { todayOf, type Clock } from './clock';
import type { Logger } from './log';

/** How often the passing of time is looked at: a cheap read when nothing is due. */
export const HOUSEKEEPING_EVERY_MS = 30_000;

export interface Housekeeping {
  /** Brings the register up to date with the clock now (tests call it after moving the clock). */
  run(): void;
  stop(): void;
}

/**
 * What the passing of time changes, done by the desk itself at start and on a
 * timer, so that a clerk's read never opens a write transaction:
 * - derived fire statuses depend on the date: once per new day the caches
 *   whose answer may have changed are recomputed (a deadline or an expiry passed);
 * - reservations are held for a set time: expired ones are released. A write
 *   that acts on a room also releases its own expired hold in its transaction,
 *   so no check-in ever waits for the timer.
 * Other chores of the desk's own (the sessions' sliding ends) ride on the same tick.
 * A sleeping PC misses timer ticks but not days: the next tick compares dates.
 * A failure is logged and retried at the next tick; it never stops the desk.
 */
export function startHousekeeping(register: Register, clock: Clock, log: Logger, chores: readonly (() => void)[] = []): Housekeeping {
  let freshOn: string | null = null;
  const run = () => {
    try {
      const today = todayOf(clock);
      if (freshOn !== today) {
        const n = refreshStaleStatuses(register, today, clock.now());
        if (n > 0) log.info('fire statuses brought up to date', { day: today, properties: n });
        freshOn = today;
      }
      const now = clock.now();
      if (anyExpiredReservation(register, now)) {
        const n = register.write({ clerkId: null, action: 'tenancies.expire', at: now }, (w) => releaseExpiredReservations(w, now));
        log.info('expired reservations released', { count: n });
      }
      for (const chore of chores) chore();
    } catch (e) {
      log.error('housekeeping failed; it will try again', { error: e instanceof Error ? e.message : String(e) });
    }
  };
  // The register may not be set up yet (first run): the write path refuses then, and nothing is due anyway.
  run();
  const timer = setInterval(run, HOUSEKEEPING_EVERY_MS);
  timer.unref();
  clock.onJump?.(run);
  return { run, stop: () => clearInterval(timer) };
}
