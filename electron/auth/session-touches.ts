import { SESSION_TTL_MS } from '../../core/auth/throttle';
import { deleteExpiredSessions, touchSession } from '../../db/sessions';
import type { Register } from '../../db/write';

/**
 * Sessions slide: every call pushes their end out. The calls are noted here,
 * in memory, and housekeeping writes them in one short transaction, so a
 * clerk's read never writes — and a disk that refuses writes does not refuse
 * reads. A host that stops loses at most one housekeeping interval of
 * sliding, never a session.
 */
export class SessionTouches {
  private readonly seen = new Map<string, number>();

  note(token: string, now: number): void {
    this.seen.set(token, now);
  }

  /** When the session ends, counting calls not yet written. */
  expiresAt(token: string, stored: number): number {
    const seen = this.seen.get(token);
    return seen === undefined ? stored : Math.max(stored, seen + SESSION_TTL_MS);
  }

  forget(token: string): void {
    this.seen.delete(token);
  }

  /** Writes the noted calls and drops sessions that have run out. */
  flush(register: Register, now: number): void {
    const touched = [...this.seen];
    register.sqlite.transaction(() => {
      for (const [token, at] of touched) touchSession(register, token, at, SESSION_TTL_MS);
      deleteExpiredSessions(register, now);
    })();
    for (const [token, at] of touched) if (this.seen.get(token) === at) this.seen.delete(token);
  }
}
