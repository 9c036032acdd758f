import { anyExpiredReservation, releaseExpiredReservations } from '../../db/tenancies';
import type { Services } from './context';

/**
 * Reservations are held for a set time by the desk's clock. Before any
 * clerk's call the expired ones are released (one indexed read when none
 * has), so the rack, matching and every list see the room vacant again the
 * moment its hold ends — without a timer that a sleeping PC would miss.
 */
export function sweepReservations(services: Services): void {
  const now = services.clock.now();
  if (!anyExpiredReservation(services.register, now)) return;
  services.register.write({ clerkId: null, action: 'tenancies.expire', at: now }, (w) => releaseExpiredReservations(w, now));
}
