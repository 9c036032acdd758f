import { integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { bool, rowKey, rowMeta } from './columns';

/** The desk's own profile: exactly one row once setup has run. */
export const desk = sqliteTable('desk', {
  id: rowKey(),
  name: text('name').notNull(),
  regionCode: text('region_code').notNull(),
  /** Short code used in certificate serials. */
  deskCode: text('desk_code').notNull(),
  publicKey: text('public_key'),
  ...rowMeta(),
});

export const clerks = sqliteTable(
  'clerks',
  {
    id: rowKey(),
    username: text('username').notNull(),
    displayName: text('display_name').notNull(),
    role: text('role', { enum: ['clerk', 'inspector', 'supervisor', 'admin'] }).notNull(),
    passwordHash: text('password_hash').notNull(),
    active: bool('active').notNull().default(true),
    failedLogins: integer('failed_logins').notNull().default(0),
    lockedUntil: integer('locked_until'),
    ...rowMeta(),
  },
  (t) => [uniqueIndex('clerks_username').on(t.username)],
);

/** Login sessions; the cookie holds the token, the register only its hash. */
export const sessions = sqliteTable('sessions', {
  tokenHash: text('token_hash').primaryKey(),
  clerkId: text('clerk_id')
    .notNull()
    .references(() => clerks.id),
  createdAt: integer('created_at').notNull(),
  lastSeenAt: integer('last_seen_at').notNull(),
  expiresAt: integer('expires_at').notNull(),
});

/** Public keys of other desks, to verify their certificates offline. */
export const knownDesks = sqliteTable('known_desks', {
  id: rowKey(),
  name: text('name').notNull(),
  regionCode: text('region_code'),
  publicKey: text('public_key').notNull(),
  /** From the platform: the desk's code, and when the city revoked it (its key is no longer trusted). */
  deskCode: text('desk_code'),
  revokedAt: integer('revoked_at'),
  ...rowMeta(),
});

/** Named counters that must not repeat (certificate serials per year). */
export const counters = sqliteTable('counters', {
  name: text('name').primaryKey(),
  value: integer('value').notNull(),
});

/** Small facts about this desk's own state, e.g. which rule-set version the caches were derived with. */
export const deskState = sqliteTable('desk_state', {
  key: text('key').primaryKey(),
  value: text('value').notNull(),
  updatedAt: integer('updated_at').notNull(),
});
