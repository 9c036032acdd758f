import { integer, text } from 'drizzle-orm/sqlite-core';

/**
 * Columns every synced row carries: a ULID key, created/updated times in epoch
 * milliseconds, and a version that each write increments — the base version a
 * sync change starts from.
 */
export const rowKey = () => text('id').primaryKey();
export const rowMeta = () => ({
  createdAt: integer('created_at').notNull(),
  updatedAt: integer('updated_at').notNull(),
  version: integer('version').notNull().default(1),
});
export const bool = (name: string) => integer(name, { mode: 'boolean' });
