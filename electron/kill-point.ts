/**
 * DESK_KILL_AT (fault tests only, and only with --test-clock): the browser
 * host kills itself with SIGKILL, as a power cut would, the first time it
 * reaches the named step. tests/faults/kill-points.ts starts a desk so, then
 * again on the same folder without it, and checks that nothing was lost or
 * applied twice.
 *
 * - `write.open`: inside a clerk's write that queued a change, before its commit;
 * - `write.committed`: that write committed (its outbox row with it), before anything is sent;
 * - `push.replied`: the platform's reply to a push has arrived, before the desk stores it;
 * - `pull.applied`: a pulled page is applied, inside its transaction, before its cursor is stored.
 */
export const KILL_POINTS = ['write.open', 'write.committed', 'push.replied', 'pull.applied'] as const;
export type KillPoint = (typeof KILL_POINTS)[number];

/** The point named in the environment; undefined when unset. A wrong value is an error, not ignored. */
export function killPointFrom(raw: string | undefined, testMode: boolean): KillPoint | undefined {
  if (raw === undefined || raw === '') return undefined;
  if (!testMode) throw new Error('DESK_KILL_AT is for the fault tests only: it needs --test-clock');
  if (!(KILL_POINTS as readonly string[]).includes(raw)) throw new Error(`DESK_KILL_AT must be one of ${KILL_POINTS.join(', ')}: ${raw}`);
  return raw as KillPoint;
}

export function dieNow(): never {
  process.kill(process.pid, 'SIGKILL');
  // SIGKILL cannot be caught; this line is never reached.
  throw new Error('unreachable');
}
