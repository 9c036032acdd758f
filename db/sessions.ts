import { createHash } from 'node:crypto';
import type { Register } from './write';
import type { Role } from '../core/roles';

/**
 * Login sessions. They are the hosts' process state kept on disk so a reload
 * or a restart keeps a clerk logged in — not register data, so they bypass the
 * write path; logins and logouts themselves are audited by the session handlers.
 * The register stores only a hash of each token.
 */
export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

export interface SessionClerk {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  expiresAt: number;
  lastSeenAt: number;
}

export function createSession(reg: Register, token: string, clerkId: string, now: number, ttlMs: number) {
  reg
    .statement('INSERT INTO sessions (token_hash, clerk_id, created_at, last_seen_at, expires_at) VALUES (?, ?, ?, ?, ?)')
    .run(hashToken(token), clerkId, now, now, now + ttlMs);
}

export function findSession(reg: Register, token: string): SessionClerk | null {
  const row = reg
    .statement(
      `SELECT c.id, c.username, c.display_name AS displayName, c.role, s.expires_at AS expiresAt,
              s.last_seen_at AS lastSeenAt
         FROM sessions s JOIN clerks c ON c.id = s.clerk_id
        WHERE s.token_hash = ? AND c.active = 1`,
    )
    .get(hashToken(token)) as SessionClerk | undefined;
  return row ?? null;
}

/** Sliding expiry: each use pushes the end out again — never in, even if the clock moved back. */
export function touchSession(reg: Register, token: string, now: number, ttlMs: number) {
  reg
    .statement('UPDATE sessions SET last_seen_at = max(last_seen_at, ?), expires_at = max(expires_at, ?) WHERE token_hash = ?')
    .run(now, now + ttlMs, hashToken(token));
}

export function deleteSession(reg: Register, token: string) {
  reg.statement('DELETE FROM sessions WHERE token_hash = ?').run(hashToken(token));
}

export function deleteExpiredSessions(reg: Register, now: number) {
  reg.statement('DELETE FROM sessions WHERE expires_at < ?').run(now);
}

/** A switched-off account's sessions end at once. */
export function deleteSessionsOf(reg: Register, clerkId: string) {
  reg.statement('DELETE FROM sessions WHERE clerk_id = ?').run(clerkId);
}
