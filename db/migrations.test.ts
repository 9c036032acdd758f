import Database from 'better-sqlite3';
import { getTableConfig, type SQLiteTable } from 'drizzle-orm/sqlite-core';
import { is } from 'drizzle-orm';
import { cpSync, readFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultMigrationsFolder, openRegister } from './open';
import * as schema from './schema';
import { SCHEMA_VERSION } from './schema-version';
import { FTS_SHADOWS, HAND_WRITTEN } from './schema/hand-written';
import { SQLiteTable as SQLiteTableClass } from 'drizzle-orm/sqlite-core';

const tables: SQLiteTable[] = (Object.values(schema) as unknown[]).filter((t): t is SQLiteTable => is(t, SQLiteTableClass));

describe('migrations', () => {
  const dir = mkdtempSync(join(tmpdir(), 'migrations-'));
  const { sqlite } = openRegister(join(dir, 'fresh.sqlite'));

  it('build an empty register whose tables, columns and indexes match the drizzle schema', () => {
    for (const table of tables) {
      const cfg = getTableConfig(table);
      const cols = sqlite.prepare(`PRAGMA table_info("${cfg.name}")`).all() as {
        name: string;
        type: string;
        notnull: number;
        pk: number;
      }[];
      expect(cols.length, `table ${cfg.name} exists`).toBeGreaterThan(0);
      const actual = Object.fromEntries(
        cols.map((c) => [c.name, { type: c.type.toLowerCase(), notNull: c.notnull === 1 || c.pk > 0, pk: c.pk > 0 }]),
      );
      // A key of several columns (sync_rows) is the table's, not a column's.
      const inKey = new Set(cfg.primaryKeys.flatMap((k) => k.columns.map((c) => c.name)));
      const expected = Object.fromEntries(
        cfg.columns.map((c) => {
          const pk = c.primary || inKey.has(c.name);
          return [c.name, { type: c.getSQLType().toLowerCase(), notNull: c.notNull || pk, pk }];
        }),
      );
      expect(actual, `columns of ${cfg.name}`).toEqual(expected);

      const indexes = (sqlite.prepare(`PRAGMA index_list("${cfg.name}")`).all() as { name: string; origin: string }[])
        .filter((i) => i.origin === 'c')
        .map((i) => i.name)
        .sort();
      const declared = [
        ...cfg.indexes.map((i) => i.config.name),
        ...cfg.columns.filter((c) => c.isUnique).map((c) => c.uniqueName!),
      ].sort();
      expect(indexes, `indexes of ${cfg.name}`).toEqual(declared);
    }
  });

  it('run with WAL, synchronous=FULL, foreign keys and a busy timeout', () => {
    expect(sqlite.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(sqlite.pragma('synchronous', { simple: true })).toBe(2);
    expect(sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(sqlite.pragma('busy_timeout', { simple: true })).toBe(5000);
  });

  it('keep SCHEMA_VERSION equal to the number of migrations', () => {
    const journal = JSON.parse(readFileSync(join(defaultMigrationsFolder(), 'meta', '_journal.json'), 'utf8'));
    expect(journal.entries.length).toBe(SCHEMA_VERSION);
  });

  const tampered = (name: string, change: (raw: Database.Database) => void) => {
    const file = join(dir, name);
    openRegister(file).sqlite.close();
    const raw = new Database(file);
    change(raw);
    raw.close();
    return file;
  };

  it('refuse a register written by a newer app', () => {
    const file = tampered('newer.sqlite', (raw) =>
      raw.prepare('INSERT INTO __drizzle_migrations (hash, created_at) VALUES (?, ?)').run('future', Date.now() + 10 ** 12),
    );
    expect(() => openRegister(file)).toThrow(/newer version/);
  });

  it('refuse a register whose applied migrations are not an exact prefix of the known ones', () => {
    // One missing in the middle: drizzle alone would see the newest applied and carry on.
    const gap = tampered('gap.sqlite', (raw) =>
      raw
        .prepare(
          'DELETE FROM __drizzle_migrations WHERE created_at = (SELECT created_at ' +
            'FROM __drizzle_migrations ORDER BY created_at LIMIT 1 OFFSET 1)',
        )
        .run(),
    );
    expect(() => openRegister(gap)).toThrow(/migration 2 .* not this app's/);
    // One edited after it shipped: same date, another hash.
    const edited = tampered('edited.sqlite', (raw) =>
      raw
        .prepare(
          "UPDATE __drizzle_migrations SET hash = 'x' WHERE created_at = (SELECT " +
            'created_at FROM __drizzle_migrations ORDER BY created_at LIMIT 1 OFFSET 2)',
        )
        .run(),
    );
    expect(() => openRegister(edited)).toThrow(/migration 3 .* not this app's/);
  });

  it('open a register whose applied migrations are a prefix of the known ones, and apply the rest', () => {
    // A register made by the previous release: the same migrations folder without its newest entry.
    const folder = join(dir, 'previous-release');
    cpSync(defaultMigrationsFolder(), folder, { recursive: true });
    const journalFile = join(folder, 'meta', '_journal.json');
    const journal = JSON.parse(readFileSync(journalFile, 'utf8')) as { entries: { when: number }[] };
    journal.entries.pop();
    writeFileSync(journalFile, JSON.stringify(journal));
    const file = join(dir, 'older.sqlite');
    openRegister(file, { migrationsFolder: folder }).sqlite.close();
    const reopened = openRegister(file);
    const n = (reopened.sqlite.prepare('SELECT count(*) AS n FROM __drizzle_migrations').get() as { n: number }).n;
    expect(n).toBe(SCHEMA_VERSION);
    reopened.sqlite.close();
    sqlite.close();
    rmSync(dir, { recursive: true, force: true });
  });
});

describe('the hand-written SQL', () => {
  it('is declared in db/schema/hand-written.ts, and nothing else lives in a fresh register', () => {
    const dir = mkdtempSync(join(tmpdir(), 'hand-written-'));
    const { sqlite } = openRegister(join(dir, 'fresh.sqlite'));
    const objects = sqlite
      .prepare("SELECT type, name FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' AND type IN ('table', 'index', 'trigger')")
      .all() as { type: string; name: string }[];
    const drizzleTables = new Set(tables.map((t) => getTableConfig(t).name));
    const drizzleIndexes = new Set(
      tables.flatMap((t) => {
        const cfg = getTableConfig(t);
        return [...cfg.indexes.map((i) => i.config.name), ...cfg.columns.filter((c) => c.isUnique).map((c) => c.uniqueName!)];
      }),
    );
    const declared = new Map(HAND_WRITTEN.map((h) => [h.name, h.type]));
    const fts = HAND_WRITTEN.filter((h) => h.name.endsWith('_fts')).map((h) => h.name);
    const shadow = (name: string) => fts.some((f) => FTS_SHADOWS.some((s) => name === `${f}_${s}`));
    const undeclared = objects.filter(
      (o) =>
        o.name !== '__drizzle_migrations' &&
        !(o.type === 'table' && (drizzleTables.has(o.name) || shadow(o.name))) &&
        !(o.type === 'index' && drizzleIndexes.has(o.name)) &&
        declared.get(o.name) !== o.type,
    );
    expect(undeclared).toEqual([]);
    const present = new Set(objects.map((o) => `${o.type}:${o.name}`));
    expect(HAND_WRITTEN.filter((h) => !present.has(`${h.type}:${h.name}`))).toEqual([]);
    sqlite.close();
    rmSync(dir, { recursive: true, force: true });
  });
});
