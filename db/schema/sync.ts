import { sql } from 'drizzle-orm';
import { index, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { bool, rowKey, rowMeta } from './columns';

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
    /** A change pulled from the platform: the desk and clerk who made it there ({ deskId, deskName, clerkName }), or the city. */
    origin: text('origin', { mode: 'json' }),
  },
  // No index on `at`: rows are appended in time order, so a date range is a rowid range.
  (t) => [index('audit_log_entity').on(t.entity, t.entityId)],
);

/**
 * Changes waiting for the platform (sync.md guarantee 1). `seq` is the desk's
 * own sequence, without gaps; a row is done only when the platform's reply for
 * that sequence is stored. The outbox is written on every clerk action and read
 * in `seq` order, so besides the rowid only the rare rejections are indexed.
 */
export const syncOutbox = sqliteTable(
  'sync_outbox',
  {
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
  },
  // Rejections are rare and shown on the entity they touched: a partial index finds them without scanning the outbox.
  (t) => [
    index('sync_outbox_rejected')
      .on(t.entityId, t.seq)
      .where(sql`status = 'rejected'`),
  ],
);

/** One row: the desk's sync position and the platform it syncs with (none until enrolment). */
export const syncState = sqliteTable('sync_state', {
  id: integer('id').primaryKey(),
  deskId: text('desk_id').notNull(),
  lastSeq: integer('last_seq').notNull().default(0),
  /**
   * Every outbox row up to here has the platform's answer stored. Answers come
   * in sequence order, so what waits is exactly last_seq - acked_seq, found
   * without scanning the outbox (which keeps answered rows, for an epoch change).
   */
  ackedSeq: integer('acked_seq').notNull().default(0),
  /** The platform's global sequence number up to which pulled pages are applied (stored with each page). */
  pullCursor: integer('pull_cursor').notNull().default(0),
  serverEpoch: text('server_epoch'),
  platformUrl: text('platform_url'),
  /** The region the platform bound this desk to at enrolment. */
  platformRegion: text('platform_region'),
  enrolledAt: integer('enrolled_at'),
  lastAttemptAt: integer('last_attempt_at'),
  lastSuccessAt: integer('last_success_at'),
  /** The last failure as a message reference ({ key, params }), shown in plain words; null after a success. */
  lastError: text('last_error', { mode: 'json' }),
  /** Failures in a row: the backoff grows with them. */
  failures: integer('failures').notNull().default(0),
  /** Why the loop stopped and waits for a person (a refused credential): a message reference. */
  stopped: text('stopped', { mode: 'json' }),
  /** The fail-safe: a pull that would empty or close most of the register, held for a supervisor. */
  halt: text('halt', { mode: 'json' }),
  /** A supervisor looked at the halt and let the next pull through once. */
  haltOverride: bool('halt_override').notNull().default(false),
  /** The last reconciliation: when, and the tables whose count or hash differed. */
  reconcile: text('reconcile', { mode: 'json' }),
  /** A pending change older than this many hours raises the alert on the sync page. */
  alertAfterHours: integer('alert_after_hours').notNull().default(24),
});

/**
 * The platform's version of each row the platform has answered for or sent:
 * the base an edit starts from, what reconciliation hashes, and (for events)
 * which desk created it.
 */
export const syncRows = sqliteTable(
  'sync_rows',
  {
    entity: text('entity').notNull(),
    entityId: text('entity_id').notNull(),
    version: integer('version').notNull(),
    ownerDesk: text('owner_desk'),
  },
  (t) => [primaryKey({ columns: [t.entity, t.entityId] })],
);

/**
 * Pulled changes the desk could not apply yet: an entity or field this version
 * does not know (replayed after an update), or a row that clashes with one of
 * this desk's (replayed after the next push). Never dropped.
 */
export const syncParked = sqliteTable('sync_parked', {
  cursor: integer('cursor').primaryKey(),
  entity: text('entity').notNull(),
  entityId: text('entity_id').notNull(),
  change: text('change', { mode: 'json' }).notNull(),
  /** Why, as a message reference. */
  reason: text('reason', { mode: 'json' }).notNull(),
  parkedAt: integer('parked_at').notNull(),
  attempts: integer('attempts').notNull().default(0),
});

/**
 * A change of this desk the platform held back because another edit moved the
 * same field on: both values and who made each, for a supervisor. Keyed by the
 * platform's conflict id; the supervisor's answer (status, note) is synced.
 */
export const conflicts = sqliteTable(
  'conflicts',
  {
    id: rowKey(),
    entity: text('entity').notNull(),
    entityId: text('entity_id').notNull(),
    /** [{ field, desk, platform }] */
    fields: text('fields', { mode: 'json' }).notNull(),
    deskSeq: integer('desk_seq').notNull(),
    deskClerkName: text('desk_clerk_name'),
    deskAt: integer('desk_at').notNull(),
    platformDeskId: text('platform_desk_id'),
    platformClerkName: text('platform_clerk_name'),
    platformAt: integer('platform_at').notNull(),
    /** The platform's version when it held the change back: "resubmit" starts from it. */
    platformVersion: integer('platform_version').notNull(),
    status: text('status', { enum: ['open', 'accepted', 'resubmitted', 'escalated'] })
      .notNull()
      .default('open'),
    note: text('note'),
    resolvedByName: text('resolved_by_name'),
    resolvedAt: integer('resolved_at'),
    ...rowMeta(),
  },
  (t) => [index('conflicts_status').on(t.status, t.createdAt)],
);
