/**
 * When the desk's sync loop runs (sync.md guarantee 6): on a timer whether or
 * not a clerk writes (a failed upload never waits for the next local write),
 * soon after a write, and after a failure with an exponential backoff with
 * jitter, so a hundred desks coming back online do not knock at once.
 */
export const SYNC_TIMING = {
  /** The steady timer between successful runs. */
  intervalMs: 20_000,
  /** A clerk's write queues a run this soon (writes close together share it). */
  afterWriteMs: 1_000,
  /** The first retry after a failure, doubling up to the cap. */
  backoffMs: 2_000,
  maxBackoffMs: 5 * 60_000,
  /** Each wait is drawn within ±this share of itself. */
  jitter: 0.2,
  /** A reconciliation of counts and hashes at most this often, when nothing is pending. */
  reconcileEveryMs: 15 * 60_000,
} as const;

export type Timing = { [K in keyof typeof SYNC_TIMING]: number };

/** The wait before the next run: the interval after a success, the backoff after `failures` failures in a row. */
export function nextDelay(failures: number, timing: Timing = SYNC_TIMING, random: () => number = Math.random): number {
  const base = failures <= 0 ? timing.intervalMs : Math.min(timing.maxBackoffMs, timing.backoffMs * 2 ** Math.min(failures - 1, 20));
  const spread = base * timing.jitter;
  return Math.max(0, Math.round(base - spread + 2 * spread * random()));
}
