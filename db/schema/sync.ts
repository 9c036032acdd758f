import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/** Every change, who made it and what it was before and after. Append-only. */
export const auditLog = sqliteTable(
  'audit_log',
  {
    // A rowid alias without AUTOINCREMENT: rows are never deleted, so ids never repeat.
    id: integer('id').primaryKey(),
    at: integer('at').notNull(),
    clerkId: text('clerk_id'),
    /** The clerk's action, e.g. the procedure name 'landlords.create'. */
    action: text('action').notNull(),
    entity: text('entity').notNull(),
    entityId: text('entity_id').notNull(),
    before: text('before', { mode: 'json' }),
    after: text('after', { mode: 'json' }),
    changeId: text('change_id'),
  },
  // No index on `at`: rows are appended in time order, so a date range is a rowid range.
  (t) => [index('audit_log_entity').on(t.entity, t.entityId)],
);

/**
 * Changes waiting for the platform (sync.md guarantee 1). `seq` is the desk's
 * own sequence, without gaps; a row is done only when the platform's reply for
 * that sequence is stored. Only the rowid is indexed: the outbox is written on
 * every clerk action and read in `seq` order, so other indexes would only slow
 * the write path.
 */
export const syncOutbox = sqliteTable('sync_outbox', {
  seq: integer('seq').primaryKey(),
  changeId: text('change_id').notNull(),
  deskId: text('desk_id').notNull(),
  clerkId: text('clerk_id'),
  schemaVersion: integer('schema_version').notNull(),
  entity: text('entity').notNull(),
  entityId: text('entity_id').notNull(),
  intent: text('intent', { enum: ['create', 'update', 'event'] }).notNull(),
  fields: text('fields', { mode: 'json' }).notNull(),
  baseVersion: integer('base_version'),
  createdAt: integer('created_at').notNull(),
  status: text('status', { enum: ['pending', 'done', 'rejected'] })
    .notNull()
    .default('pending'),
  outcome: text('outcome', { mode: 'json' }),
  ackedAt: integer('acked_at'),
});

/** One row: the desk's sync position. */
export const syncState = sqliteTable('sync_state', {
  id: integer('id').primaryKey(),
  deskId: text('desk_id').notNull(),
  lastSeq: integer('last_seq').notNull().default(0),
  pullCursor: text('pull_cursor'),
  serverEpoch: text('server_epoch'),
  lastSuccessAt: integer('last_success_at'),
  lastError: text('last_error'),
});
