import type { MessageRef } from '../core/i18n/types';
import type { Register } from './write';

/** Pulled changes kept aside (db/sync-pull.ts), oldest first, for the sync page. */
export function parkedChanges(reg: Register, limit: number) {
  return (
    reg.statement('SELECT cursor, entity, entity_id, reason, parked_at, attempts FROM sync_parked ORDER BY cursor LIMIT ?').all(limit) as {
      cursor: number;
      entity: string;
      entity_id: string;
      reason: string;
      parked_at: number;
      attempts: number;
    }[]
  ).map((r) => ({
    cursor: r.cursor,
    entity: r.entity,
    entityId: r.entity_id,
    reason: JSON.parse(r.reason) as MessageRef,
    parkedAt: r.parked_at,
    attempts: r.attempts,
  }));
}
