import { sql } from 'drizzle-orm';
import { bigint, index, integer, jsonb, pgTable, primaryKey, text, uniqueIndex } from 'drizzle-orm/pg-core';

/**
 * The city platform's storage (PostgreSQL; PGlite embedded by default). Every
 * fact is here, so any number of platform processes can serve one database.
 * Times are epoch milliseconds (bigint, read as numbers).
 */
const ms = (name: string) => bigint(name, { mode: 'number' });

/** One row: the epoch (new after a restore from backup) and the global change counter. */
export const platformState = pgTable('platform_state', {
  id: integer('id').primaryKey(),
  epoch: text('epoch').notNull(),
  /** The last global sequence number handed out: taken at the end of each ingest transaction, so numbers commit in order. */
  lastCursor: ms('last_cursor').notNull().default(0),
  createdAt: ms('created_at').notNull(),
});

/** One-time enrolment codes an administrator issues for a desk (only their hash is kept). */
export const enrolmentCodes = pgTable('enrolment_codes', {
  codeHash: text('code_hash').primaryKey(),
  name: text('name').notNull(),
  regionCode: text('region_code').notNull(),
  createdAt: ms('created_at').notNull(),
  expiresAt: ms('expires_at').notNull(),
  usedAt: ms('used_at'),
  usedByDesk: text('used_by_desk'),
});

/** The enrolled desks: identity, region, key, credential hash, and how far their sync has got. */
export const desks = pgTable(
  'desks',
  {
    id: text('id').primaryKey(),
    name: text('name').notNull(),
    regionCode: text('region_code').notNull(),
    /** City-unique; the prefix of the desk's certificate serials. */
    deskCode: text('desk_code').notNull(),
    publicKey: text('public_key').notNull(),
    credentialHash: text('credential_hash').notNull(),
    schemaVersion: integer('schema_version').notNull(),
    enrolledAt: ms('enrolled_at').notNull(),
    revokedAt: ms('revoked_at'),
    /** The desk's last sequence the platform processed: exactly once, gapless. */
    lastSeq: integer('last_seq').notNull().default(0),
    lastPushAt: ms('last_push_at'),
    lastPullAt: ms('last_pull_at'),
    /** The cursor of the desk's last pull, for the lag in `admin desks list`. */
    pulledCursor: ms('pulled_cursor').notNull().default(0),
  },
  (t) => [uniqueIndex('desks_credential').on(t.credentialHash), uniqueIndex('desks_code').on(t.deskCode)],
);

/** Per region, the last ordinal handed to a desk there (desk codes `<region>-01`, `-02`, …). */
export const regionCounters = pgTable('region_counters', {
  regionCode: text('region_code').primaryKey(),
  last: integer('last').notNull(),
});

/** Every desk change the platform processed, keyed by (desk, sequence), with its stored outcome. */
export const deskChanges = pgTable(
  'desk_changes',
  {
    deskId: text('desk_id').notNull(),
    seq: integer('seq').notNull(),
    changeId: text('change_id').notNull(),
    entity: text('entity').notNull(),
    entityId: text('entity_id').notNull(),
    clerkId: text('clerk_id'),
    clerkName: text('clerk_name'),
    outcome: text('outcome').notNull(),
    /** The reply for this sequence, returned again as it was if the desk sends it again. */
    result: jsonb('result').notNull(),
    receivedAt: ms('received_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.deskId, t.seq] })],
);

/**
 * The one global order: every committed change, numbered by `cursor`, with
 * the region it belongs to (`scope`; null: city-wide, such as desk keys,
 * published rule sets and certificate voids). Desks pull it page by page.
 */
export const changeLog = pgTable(
  'change_log',
  {
    cursor: ms('cursor').primaryKey(),
    entity: text('entity').notNull(),
    entityId: text('entity_id').notNull(),
    intent: text('intent').notNull(),
    fields: jsonb('fields').notNull(),
    version: integer('version').notNull(),
    scope: text('scope'),
    /** null: the platform itself (a city closure, a published rule set). */
    originDesk: text('origin_desk'),
    clerkId: text('clerk_id'),
    clerkName: text('clerk_name'),
    at: ms('at').notNull(),
  },
  (t) => [index('change_log_scope').on(t.scope, t.cursor)],
);

/** A desk's change the platform did not apply because another edit moved the same field on: for a supervisor. */
export const conflicts = pgTable(
  'conflicts',
  {
    id: text('id').primaryKey(),
    deskId: text('desk_id').notNull(),
    deskSeq: integer('desk_seq').notNull(),
    changeId: text('change_id').notNull(),
    entity: text('entity').notNull(),
    entityId: text('entity_id').notNull(),
    /** [{ field, desk, platform }] */
    fields: jsonb('fields').notNull(),
    deskClerk: jsonb('desk_clerk').notNull(),
    deskAt: ms('desk_at').notNull(),
    baseVersion: integer('base_version'),
    platformVersion: integer('platform_version').notNull(),
    /** Who moved the platform's value on, and when. */
    platformBy: jsonb('platform_by').notNull(),
    /**
     * open, then the desk supervisor's answer: accepted (the platform's value), resubmitted (the desk's, on the
     * current version), escalated (to the city, with a note).
     */
    status: text('status').notNull().default('open'),
    note: text('note'),
    createdAt: ms('created_at').notNull(),
    resolvedAt: ms('resolved_at'),
    /** The supervisor who answered: { id, name }. */
    resolvedBy: jsonb('resolved_by'),
  },
  (t) => [index('conflicts_status').on(t.status, t.createdAt)],
);

/** A desk's landlord that turned out to be one the city already had: its id, and the surviving one. */
export const landlordAliases = pgTable('landlord_aliases', {
  aliasId: text('alias_id').primaryKey(),
  survivorId: text('survivor_id').notNull(),
  deskId: text('desk_id').notNull(),
  at: ms('at').notNull(),
});

/**
 * The city register: one table per synced entity, the platform's copy of every
 * desk's rows. `fields` holds the synced fields as the desks send them; the
 * columns beside it are what the city queries and enforces by.
 */
const cityColumns = () => ({
  id: text('id').primaryKey(),
  scope: text('scope'),
  originDesk: text('origin_desk'),
  propertyId: text('property_id'),
  version: integer('version').notNull(),
  fieldVersions: jsonb('field_versions').notNull(),
  /** The desk that last changed each field (null: the city): a desk's own earlier edit never conflicts with its next. */
  fieldDesks: jsonb('field_desks').notNull().default({}),
  fields: jsonb('fields').notNull(),
  createdAt: ms('created_at').notNull(),
  updatedAt: ms('updated_at').notNull(),
  updatedDesk: text('updated_desk'),
  updatedClerk: text('updated_clerk'),
  /** Shown beside the desk's value in a conflict: who moved the platform's on. */
  updatedClerkName: text('updated_clerk_name'),
});

export const cityLandlords = pgTable('city_landlords', cityColumns(), (t) => [
  // The city de-duplicates landlords by their ID: a second desk's landlord is mapped to the first.
  uniqueIndex('city_landlords_identity').on(sql`(${t.fields}->>'idType')`, sql`(${t.fields}->>'idNumber')`),
]);
export const cityProperties = pgTable('city_properties', cityColumns(), (t) => [index('city_properties_scope').on(t.scope)]);
export const cityRooms = pgTable('city_rooms', cityColumns(), (t) => [index('city_rooms_property').on(t.propertyId)]);
export const cityScheduledInspections = pgTable('city_scheduled_inspections', cityColumns(), (t) => [
  index('city_scheduled_inspections_property').on(t.propertyId),
]);
export const cityRuleSets = pgTable('city_rule_sets', cityColumns());
export const cityInspections = pgTable('city_inspections', cityColumns(), (t) => [index('city_inspections_property').on(t.propertyId)]);
export const cityFindings = pgTable('city_findings', cityColumns(), (t) => [index('city_findings_property').on(t.propertyId)]);
export const cityHazards = pgTable('city_hazards', cityColumns(), (t) => [index('city_hazards_property').on(t.propertyId)]);
export const cityTenants = pgTable('city_tenants', cityColumns());
export const cityTenancies = pgTable('city_tenancies', cityColumns(), (t) => [index('city_tenancies_property').on(t.propertyId)]);
export const cityHouseholdMembers = pgTable('city_household_members', cityColumns(), (t) => [
  index('city_household_members_property').on(t.propertyId),
]);
export const cityCertificates = pgTable('city_certificates', cityColumns(), (t) => [
  // Serials are unique city-wide: each desk numbers under its own desk code.
  uniqueIndex('city_certificates_serial').on(sql`(${t.fields}->>'serial')`),
  index('city_certificates_property').on(t.propertyId),
]);
