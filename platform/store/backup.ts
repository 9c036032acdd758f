import { getTableName, sql, type Table } from 'drizzle-orm';
import { createReadStream, createWriteStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { once } from 'node:events';
import { createGunzip, createGzip } from 'node:zlib';
import { newUlid } from './ids';
import type { PlatformDb } from './open';
import * as s from './schema';

/** Every table of the platform, in an order that restores cleanly. */
const TABLES: Table[] = [
  s.platformState,
  s.enrolmentCodes,
  s.desks,
  s.regionCounters,
  s.deskChanges,
  s.changeLog,
  s.conflicts,
  s.landlordAliases,
  s.cityLandlords,
  s.cityProperties,
  s.cityRooms,
  s.cityScheduledInspections,
  s.cityRuleSets,
  s.cityInspections,
  s.cityFindings,
  s.cityHazards,
  s.cityTenants,
  s.cityTenancies,
  s.cityHouseholdMembers,
  s.cityCertificates,
];

const FORMAT = 'rental-service-desk-platform-backup';

/**
 * `admin backup <file>`: every table as gzipped JSON lines — the same on
 * PGlite and PostgreSQL, so a backup of one restores into the other.
 */
export async function backup(db: PlatformDb, file: string, now: number): Promise<Record<string, number>> {
  const gz = createGzip();
  const out = createWriteStream(file, { mode: 0o600 });
  gz.pipe(out);
  const write = async (line: unknown) => {
    if (!gz.write(`${JSON.stringify(line)}\n`)) await once(gz, 'drain');
  };
  await write({ format: FORMAT, version: 1, at: now });
  const counts: Record<string, number> = {};
  // One snapshot for all tables: the backup is consistent even while desks push.
  await db.transaction(async (tx) => {
    await tx.execute(sql`SET TRANSACTION ISOLATION LEVEL REPEATABLE READ`);
    for (const table of TABLES) {
      const name = getTableName(table);
      const all = await tx.select().from(table as never);
      counts[name] = all.length;
      for (let i = 0; i < all.length; i += 1000) await write({ table: name, rows: all.slice(i, i + 1000) });
    }
  });
  gz.end();
  await once(out, 'close');
  return counts;
}

/**
 * `admin restore <file>`: replaces everything with the backup and gives the
 * platform a new epoch. Desks see the new epoch at their next request, re-send
 * what the platform lost from their outboxes, and pull again from the start.
 */
export async function restore(db: PlatformDb, file: string, now: number): Promise<{ epoch: string; counts: Record<string, number> }> {
  const byName = new Map(TABLES.map((t) => [getTableName(t), t]));
  const epoch = newUlid(now);
  const counts: Record<string, number> = {};
  await db.transaction(async (tx) => {
    await tx.execute(sql.raw(`TRUNCATE ${TABLES.map((t) => `"${getTableName(t)}"`).join(', ')}`));
    // Opened only now: readline drops lines that arrive before the loop asks for them.
    const lines = createInterface({ input: createReadStream(file).pipe(createGunzip()), crlfDelay: Infinity });
    let header = false;
    for await (const line of lines) {
      if (!line.trim()) continue;
      const entry = JSON.parse(line) as { format?: string; table?: string; rows?: Record<string, unknown>[] };
      if (!header) {
        if (entry.format !== FORMAT) throw new Error(`${file} is not a platform backup`);
        header = true;
        continue;
      }
      const table = byName.get(entry.table ?? '');
      if (!table || !entry.rows) throw new Error(`${file}: unknown table ${entry.table}`);
      await tx.insert(table as never).values(entry.rows as never);
      counts[entry.table!] = (counts[entry.table!] ?? 0) + entry.rows.length;
    }
    if (!header) throw new Error(`${file} is empty`);
    await tx.execute(sql`UPDATE platform_state SET epoch = ${epoch} WHERE id = 1`);
  });
  return { epoch, counts };
}
