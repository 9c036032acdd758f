import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { readMigrationFiles } from 'drizzle-orm/migrator';
import { fileURLToPath } from 'node:url';
import * as schema from './schema';

export type Sqlite = Database.Database;
export type Drizzle = BetterSQLite3Database<typeof schema>;

export interface OpenOptions {
  /** Where the migrations live; defaults to the folder beside this module (copied beside the bundle). */
  migrationsFolder?: string;
  /** better-sqlite3's native binding, e.g. an Electron build kept apart from the Node one. */
  nativeBinding?: string;
}

export const defaultMigrationsFolder = () => fileURLToPath(new URL('./migrations', import.meta.url));

/**
 * Opens (or creates) the register: WAL so readers never wait for the writer,
 * synchronous=FULL so a committed clerk action survives a power cut, foreign
 * keys on, a busy timeout instead of instant SQLITE_BUSY, and a page cache
 * that holds a large register's hot indexes. Pending
 * migrations are applied once the applied ones are proved an exact prefix of
 * the known ones.
 */
export function openRegister(file: string, opts: OpenOptions = {}): { sqlite: Sqlite; db: Drizzle } {
  const sqlite = new Database(file, opts.nativeBinding ? { nativeBinding: opts.nativeBinding } : {});
  try {
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('synchronous = FULL');
    sqlite.pragma('foreign_keys = ON');
    sqlite.pragma('busy_timeout = 5000');
    // 64 MiB of page cache instead of SQLite's 2 MiB: at 100k rooms the indexes a write touches
    // (audit by entity, sync rows, rooms by property) no longer fit, and a sync pull's inserts re-read them.
    sqlite.pragma('cache_size = -65536');
    const db = drizzle(sqlite, { schema });
    const folder = opts.migrationsFolder ?? defaultMigrationsFolder();
    refuseUnknownHistory(sqlite, folder);
    migrate(db, { migrationsFolder: folder });
    refreshPlannerStats(sqlite, true);
    return { sqlite, db };
  } catch (e) {
    sqlite.close();
    throw e;
  }
}

/**
 * Actual Budget's out-of-sync check, made strict: the migrations applied to
 * this register must be exactly the first N this app knows, in order and
 * byte for byte (drizzle stores each one's SHA-256). Anything else — a
 * register from a newer app, one that missed a migration in the middle, one
 * whose migration was edited after it shipped — is refused before anything
 * is written, because drizzle alone would only apply what is newer than the
 * last one and carry on.
 */
function refuseUnknownHistory(sqlite: Sqlite, folder: string): void {
  const hasTable = sqlite.prepare("SELECT 1 FROM sqlite_master WHERE type='table' AND name='__drizzle_migrations'").get();
  if (!hasTable) return;
  const known = readMigrationFiles({ migrationsFolder: folder });
  const applied = sqlite.prepare('SELECT hash, created_at AS at FROM __drizzle_migrations ORDER BY created_at, rowid').all() as {
    hash: string;
    at: number;
  }[];
  if (applied.length > known.length) {
    throw new Error(
      `The register was written by a newer version of the app (${applied.length} migrations applied, this app knows ` +
        `${known.length}); update the app before opening it.`,
    );
  }
  applied.forEach((a, i) => {
    const k = known[i]!;
    if (a.at !== k.folderMillis || a.hash !== k.hash) {
      throw new Error(
        `The register's migration ${i + 1} (${a.at}) is not this app's (${k.folderMillis}): it was made by another version of ` +
          `the app. It was not opened; call the administrator.`,
      );
    }
  });
}

/**
 * Keeps SQLite's planner statistics fresh. Without them the board's join is
 * planned blind and one page of 100k rooms can take 170 ms instead of 0.5 ms.
 * `analysis_limit` keeps each run to milliseconds; the hosts call this on open,
 * hourly and after bulk work (imports, seeding).
 */
export function refreshPlannerStats(sqlite: Sqlite, atOpen = false): void {
  sqlite.pragma('analysis_limit = 1000');
  // 0x10002 at open: also analyse tables that were never analysed (see SQLite's PRAGMA optimize).
  sqlite.pragma(atOpen ? 'optimize = 0x10002' : 'optimize');
}
