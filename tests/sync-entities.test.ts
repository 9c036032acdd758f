import { describe, expect, it } from 'vitest';
import { DESK_SCHEMA_VERSIONS } from '../core/sync/protocol';
import { ENTITY_FIELDS, RESOLUTION_ENTITY, RESOLUTION_FIELDS, SYNC_ENTITIES } from '../core/sync/entities';
import { ENTITIES, entityInfo, type EntityName } from '../db/entities';
import { SCHEMA_VERSION } from '../db/schema-version';

/**
 * The protocol's entities and fields (core/sync/entities.ts, what the platform
 * accepts) are the register's synced columns (db/entities.ts, what the desk's
 * outbox carries). If one side gains a field the other does not know, changes
 * would be rejected: this holds them equal.
 */
const META = new Set(['id', 'createdAt', 'updatedAt', 'version']);

describe('the synced entities', () => {
  it('are the same on the desk and in the protocol', () => {
    const deskSynced = (Object.keys(ENTITIES) as EntityName[]).filter((e) => entityInfo(e).sync);
    expect([...SYNC_ENTITIES, RESOLUTION_ENTITY].sort()).toEqual([...deskSynced].sort());
  });

  it("carry a conflict's resolution as the protocol reads it", () => {
    const info = entityInfo(RESOLUTION_ENTITY as EntityName);
    const desk = info.columns.map((c) => c.key).filter((k) => !META.has(k) && !info.unsynced.has(k));
    expect(Object.keys(RESOLUTION_FIELDS).sort()).toEqual(desk.sort());
  });

  it.each(SYNC_ENTITIES)('%s carries the same fields', (entity) => {
    const info = entityInfo(entity as EntityName);
    const desk = info.columns.map((c) => c.key).filter((k) => !META.has(k) && !info.unsynced.has(k));
    expect(Object.keys(ENTITY_FIELDS[entity]).sort()).toEqual(desk.sort());
  });

  it("include the desk's schema version in the ones the platform speaks", () => {
    expect(SCHEMA_VERSION).toBeGreaterThanOrEqual(DESK_SCHEMA_VERSIONS.min);
    expect(SCHEMA_VERSION).toBeLessThanOrEqual(DESK_SCHEMA_VERSIONS.max);
  });
});
