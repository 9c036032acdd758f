import { PGlite } from '@electric-sql/pglite';
import { sql } from 'drizzle-orm';
import { drizzle as drizzlePg, type NodePgDatabase } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import { drizzle as drizzleLite, type PgliteDatabase } from 'drizzle-orm/pglite';
import { migrate as migrateLite } from 'drizzle-orm/pglite/migrator';
import { readMigrationFiles } from 'drizzle-orm/migrator';
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { newUlid } from './ids';
import * as schema from './schema';

export type PlatformDb = NodePgDatabase<typeof schema> | PgliteDatabase<typeof schema>;
export type DatabaseKind = 'pglite' | 'postgresql';

export interface Store {
  db: PlatformDb;
  kind: DatabaseKind;
  /** The platform's own schema version: its number of migrations. */
  schemaVersion: number;
  close(): Promise<void>;
}

export const migrationsFolder = () => fileURLToPath(new URL('./migrations', import.meta.url));

/**
 * Opens the platform's database: embedded PGlite kept in `dataDir` (nothing to
 * install), or a real PostgreSQL by URL. One schema and one set of migrations
 * serve both, applied here; the first open also makes the platform's epoch.
 */
export async function openStore(opts: { dataDir?: string; databaseUrl?: string; now?: () => number }): Promise<Store> {
  const now = opts.now ?? Date.now;
  const folder = migrationsFolder();
  const schemaVersion = readMigrationFiles({ migrationsFolder: folder }).length;
  let store: Store;
  if (opts.databaseUrl) {
    const pool = new pg.Pool({ connectionString: opts.databaseUrl, max: 10 });
    // A bigint count or sum arrives as a string by default; ours stay far below 2^53.
    pg.types.setTypeParser(20, (v) => Number(v));
    const db = drizzlePg(pool, { schema });
    await migratePg(db, { migrationsFolder: folder });
    store = { db, kind: 'postgresql', schemaVersion, close: () => pool.end() };
  } else {
    if (!opts.dataDir) throw new Error('Give --data <folder> (embedded PGlite) or --database-url postgres://…');
    mkdirSync(opts.dataDir, { recursive: true, mode: 0o700 });
    const client = await PGlite.create(opts.dataDir);
    const db = drizzleLite(client, { schema });
    await migrateLite(db, { migrationsFolder: folder });
    store = { db, kind: 'pglite', schemaVersion, close: () => client.close() };
  }
  // The epoch is made once: concurrent first starts of two processes agree on one row.
  await store.db.execute(
    sql`INSERT INTO platform_state (id, epoch, last_cursor, created_at) VALUES (1, ${newUlid(now())}, 0, ${now()})
        ON CONFLICT (id) DO NOTHING`,
  );
  return store;
}
