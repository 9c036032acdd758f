import Database from 'better-sqlite3';
import { getTableConfig, type SQLiteTable } from 'drizzle-orm/sqlite-core';
import { is } from 'drizzle-orm';
import { readFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultMigrationsFolder, openRegister } from './open';
import * as schema from './schema';
import { SCHEMA_VERSION } from './schema-version';
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
      const actual = Object.fromEntries(cols.map((c) => [c.name, { type: c.type.toLowerCase(), notNull: c.notnull === 1 || c.pk > 0, pk: c.pk > 0 }]));
      const expected = Object.fromEntries(
        cfg.columns.map((c) => [c.name, { type: c.getSQLType().toLowerCase(), notNull: c.notNull || c.primary, pk: c.primary }]),
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

  it('refuse a register written by a newer app', () => {
    const file = join(dir, 'newer.sqlite');
    openRegister(file).sqlite.close();
    const raw = new Database(file);
    raw.prepare('INSERT INTO __drizzle_migrations (hash, created_at) VALUES (?, ?)').run('future', Date.now() + 10 ** 12);
    raw.close();
    expect(() => openRegister(file)).toThrow(/newer version/);
    sqlite.close();
    rmSync(dir, { recursive: true, force: true });
  });
});
