import { sql } from 'drizzle-orm';
import type { PlatformDb } from './open';
import type { Tx } from './types';
import { CHANGE_LOG_COLUMNS, insertJson } from './bulk';
import type { changeLog } from './schema';

export type { Tx };
type Executor = PlatformDb | Tx;

/** Rows of a raw query, the same on PGlite and node-postgres. */
export async function rows<T>(db: Executor, query: ReturnType<typeof sql>): Promise<T[]> {
  const r = (await db.execute(query)) as unknown as { rows: T[] };
  return r.rows;
}

export type LogEntry = Omit<typeof changeLog.$inferInsert, 'cursor'>;

/**
 * Appends entries to the global change log, numbered in commit order. The
 * numbers are taken here, at the end of the writing transaction, by updating
 * the one platform_state row: its row lock makes a second transaction wait
 * until the first commits, so a number is never visible before every smaller
 * one is. (Numbers from a PostgreSQL sequence would commit out of order, and a
 * desk that had seen 105 could miss 104 committing later.) Call it last.
 */
export async function appendLog(tx: Tx, entries: LogEntry[]): Promise<number> {
  if (!entries.length) return 0;
  const [{ last }] = (await rows<{ last: number }>(
    tx,
    sql`UPDATE platform_state SET last_cursor = last_cursor + ${entries.length} WHERE id = 1 RETURNING last_cursor AS last`,
  )) as [{ last: number }];
  const first = Number(last) - entries.length + 1;
  await insertJson(
    tx,
    'change_log',
    CHANGE_LOG_COLUMNS,
    entries.map((e, i) => ({
      cursor: first + i,
      entity: e.entity,
      entity_id: e.entityId,
      intent: e.intent,
      fields: e.fields,
      version: e.version,
      scope: e.scope ?? null,
      origin_desk: e.originDesk ?? null,
      clerk_id: e.clerkId ?? null,
      clerk_name: e.clerkName ?? null,
      at: e.at,
    })),
  );
  return Number(last);
}

export async function platformEpoch(db: Executor): Promise<{ epoch: string; lastCursor: number }> {
  const [r] = await rows<{ epoch: string; last_cursor: number }>(db, sql`SELECT epoch, last_cursor FROM platform_state WHERE id = 1`);
  return { epoch: r!.epoch, lastCursor: Number(r!.last_cursor) };
}
