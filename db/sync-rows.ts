import type { Origin, Register } from './write';

/** The platform itself as the author of a change on this desk: its answer to a push, a merge it decided. */
export const PLATFORM_ORIGIN: Origin = { deskId: null, deskName: null, clerkName: null };

/**
 * Records the platform's version of a row (the base of this desk's next edit
 * of it, and what reconciliation hashes). The owner is kept from the first
 * time it is known: the desk that created the row.
 */
export function setPlatformVersion(reg: Register, entity: string, entityId: string, version: number, ownerDesk: string | null): void {
  reg
    .statement(
      `INSERT INTO sync_rows (entity, entity_id, version, owner_desk) VALUES (?, ?, ?, ?)
       ON CONFLICT (entity, entity_id) DO UPDATE SET version = excluded.version,
         owner_desk = coalesce(sync_rows.owner_desk, excluded.owner_desk)`,
    )
    .run(entity, entityId, version, ownerDesk);
}

export function forgetPlatformVersion(reg: Register, entity: string, entityId: string): void {
  reg.statement('DELETE FROM sync_rows WHERE entity = ? AND entity_id = ?').run(entity, entityId);
}

/** How many properties the desk holds, whoever made them. */
export function propertiesHeld(reg: Register): number {
  return (reg.statement('SELECT count(*) AS n FROM properties').get() as { n: number }).n;
}
