import type { Register } from './write';
import type { Role } from '../core/roles';

export interface ClerkAuthRow {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  passwordHash: string;
  active: boolean;
  failedLogins: number;
  lockedUntil: number | null;
}

export function findClerkByUsername(reg: Register, username: string): ClerkAuthRow | null {
  const row = reg
    .statement(
      `SELECT id, username, display_name AS displayName, role, password_hash AS passwordHash,
              active, failed_logins AS failedLogins, locked_until AS lockedUntil
         FROM clerks WHERE username = ? COLLATE NOCASE`,
    )
    .get(username) as (Omit<ClerkAuthRow, 'active'> & { active: number }) | undefined;
  return row ? { ...row, active: row.active === 1 } : null;
}

export function countClerks(reg: Register): number {
  return (reg.statement('SELECT count(*) AS n FROM clerks').get() as { n: number }).n;
}

export function listClerks(reg: Register) {
  return (
    reg
      .statement(
        'SELECT id, username, display_name AS displayName, role, active, locked_until AS lockedUntil FROM clerks ORDER BY created_at',
      )
      .all() as { id: string; username: string; displayName: string; role: Role; active: number; lockedUntil: number | null }[]
  ).map((c) => ({ ...c, active: c.active === 1 }));
}
