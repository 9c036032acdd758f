import type { Register } from './write';

export interface AuditRow {
  id: number;
  at: number;
  clerkName: string | null;
  action: string;
  entity: string;
  entityId: string;
  subject: string | null;
  before: string | null;
  after: string | null;
}

/**
 * The audit log of one landlord, property or room, newest first. A
 * property's history includes its rooms', each named by its label.
 * (audit_log_entity indexes (entity, entity_id).)
 */
export function auditOf(reg: Register, entity: 'landlords' | 'properties' | 'rooms', id: string, limit: number): AuditRow[] {
  const columns = `a.id, a.at, c.display_name AS clerkName, a.action, a.entity, a.entity_id AS entityId, a.before, a.after`;
  if (entity !== 'properties') {
    return reg
      .statement(
        `SELECT ${columns}, NULL AS subject FROM audit_log a LEFT JOIN clerks c ON c.id = a.clerk_id
          WHERE a.entity = ? AND a.entity_id = ? ORDER BY a.id DESC LIMIT ?`,
      )
      .all(entity, id, limit) as AuditRow[];
  }
  return reg
    .statement(
      `SELECT * FROM (
         SELECT ${columns}, NULL AS subject FROM audit_log a LEFT JOIN clerks c ON c.id = a.clerk_id
          WHERE a.entity = 'properties' AND a.entity_id = ?
         UNION ALL
         SELECT ${columns}, r.label AS subject FROM rooms r
           JOIN audit_log a ON a.entity = 'rooms' AND a.entity_id = r.id
           LEFT JOIN clerks c ON c.id = a.clerk_id
          WHERE r.property_id = ?)
        ORDER BY id DESC LIMIT ?`,
    )
    .all(id, id, limit) as AuditRow[];
}
