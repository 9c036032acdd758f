/**
 * The desk's day windows, in one place. They are working practice rather
 * than fire-safety rules (those are parameters of the rule set), so they are
 * named here instead of living as bare numbers in the code that uses them.
 */
export const WINDOWS = {
  /** A check-in may be recorded this many days late (a family that arrived over the weekend). */
  lateCheckInDays: 30,
  /** A room may be reserved for a move-in at most this many days ahead. */
  reserveAheadDays: 60,
  /** A walk-in's first inspection is scheduled at most this many days ahead. */
  firstInspectionMaxDays: 60,
  /** The inspector's queue shows scheduled visits and hazard deadlines due within this many days. */
  queueAheadDays: 7,
  /** A pass (or a certificate) "expires soon" within this many days. */
  expiringWithinDays: 30,
  /** An inspection settles the scheduled visits of its property due within this many days of it. */
  settlesSchedulesWithinDays: 30,
} as const;
