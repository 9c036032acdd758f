/**
 * Failed-login policy: the first few mistakes cost nothing (clerks mistype),
 * then each further failure is answered more slowly, and at LOCK_AFTER the
 * account is locked for a while. Pure, so the rule is tested without a clock.
 */
export const FREE_FAILURES = 2;
export const LOCK_AFTER = 5;
export const LOCK_MS = 15 * 60 * 1000;

/** How long to hold back the answer to the `failures`-th consecutive failure. */
export function failureDelayMs(failures: number): number {
  if (failures <= FREE_FAILURES) return 0;
  return Math.min(4000, 500 * 2 ** (failures - FREE_FAILURES - 1));
}

/** The lock end after a failure, or null while under the limit. */
export function lockedUntilAfter(failures: number, now: number): number | null {
  return failures >= LOCK_AFTER ? now + LOCK_MS : null;
}

/** A session ends after this long without a call (each call pushes the end out again). */
export const SESSION_TTL_MS = 12 * 60 * 60 * 1000;
