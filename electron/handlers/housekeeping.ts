import { refreshStaleStatuses } from '../../db/fire-status';
import { anyExpiredReservation, releaseExpiredReservations } from '../../db/tenancies';
import { todayOf } from '../clock';
import type { Services } from './context';

/**
 * What the passing of time changes, brought up to date before a clerk's call
 * reads the register — no timer, which a sleeping PC would miss:
 * - derived fire statuses depend on the date: once per new day (by the
 *   injected clock) the caches whose answer may have changed are recomputed;
 * - reservations are held for a set time: expired ones are released (one
 *   indexed read when none has), so every list sees the room vacant again the
 *   moment its hold ends.
 */
const freshOn = new WeakMap<Services, string>();

export function beforeClerkCall(services: Services): void {
  const today = todayOf(services.clock);
  if (freshOn.get(services) !== today) {
    refreshStaleStatuses(services.register, today, services.clock.now());
    freshOn.set(services, today);
  }
  const now = services.clock.now();
  if (anyExpiredReservation(services.register, now)) {
    services.register.write({ clerkId: null, action: 'tenancies.expire', at: now }, (w) => releaseExpiredReservations(w, now));
  }
}
