import { sql } from 'drizzle-orm';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore, type Store } from '../../platform/store/open';
import { appendLog } from '../../platform/store/tx';
import { freshDatabaseUrl, PG_URL } from '../support/platform';

/**
 * The classic trap of a global order: numbers from a PostgreSQL sequence are
 * taken at insert time but become visible at commit, so two ingest
 * transactions can commit in reverse order and a reader that has seen 105
 * never sees 104. The platform takes its numbers from one row at the end of
 * each transaction (store/tx.ts appendLog): the second waits for the first
 * to commit, so a cursor never skips. Two real connections to a real
 * PostgreSQL prove both (PGlite has one connection and cannot interleave).
 */
describe.skipIf(!PG_URL)('the global order on PostgreSQL', () => {
  let db: { url: string; drop: () => Promise<void> };
  let store: Store;
  beforeAll(async () => {
    db = await freshDatabaseUrl(PG_URL!);
    store = await openStore({ databaseUrl: db.url });
  });
  afterAll(async () => {
    await store.close();
    await db.drop();
  });

  const client = async () => {
    const c = new pg.Client({ connectionString: db.url });
    await c.connect();
    return c;
  };

  it('shows the trap: a sequence lets a later number commit first, and a reader skips the earlier one', async () => {
    const [t1, t2, reader] = [await client(), await client(), await client()];
    await t1.query('CREATE TABLE trap (n bigserial PRIMARY KEY)');
    await t1.query('BEGIN');
    await t1.query('INSERT INTO trap DEFAULT VALUES'); // takes 1, not yet committed
    await t2.query('INSERT INTO trap DEFAULT VALUES'); // takes 2, commits at once
    const seen = (await reader.query('SELECT max(n)::int AS n FROM trap')).rows[0].n as number;
    await t1.query('COMMIT');
    const missed = (await reader.query('SELECT count(*)::int AS n FROM trap WHERE n > $1', [seen])).rows[0].n as number;
    expect(seen).toBe(2);
    expect(missed).toBe(0); // 1 arrived below the reader's cursor: a desk pulling "after 2" never gets it
    await Promise.all([t1.end(), t2.end(), reader.end()]);
  });

  it('never lets the platform’s numbers commit out of order: the second ingest waits for the first', async () => {
    // Two ingest transactions through the platform's own appendLog, on two connections of the pool.
    let firstCommitted = false;
    let secondNumberedAt: boolean | null = null;
    const entry = (id: string) => ({
      entity: 'rooms',
      entityId: id,
      intent: 'update',
      fields: {},
      version: 2,
      scope: '331004006',
      originDesk: null,
      at: 0,
    });
    const first = store.db.transaction(async (tx) => {
      await appendLog(tx, [entry('A')]);
      await new Promise((r) => setTimeout(r, 400)); // still open when the second asks for its number
      firstCommitted = true;
    });
    await new Promise((r) => setTimeout(r, 100));
    const second = store.db.transaction(async (tx) => {
      await appendLog(tx, [entry('B')]);
      secondNumberedAt = firstCommitted;
    });
    await Promise.all([first, second]);
    expect(secondNumberedAt).toBe(true);
    const rows = (await store.db.execute(sql`SELECT cursor, entity_id FROM change_log ORDER BY cursor`)) as unknown as {
      rows: { cursor: number; entity_id: string }[];
    };
    expect(rows.rows.map((r) => r.entity_id)).toEqual(['A', 'B']);
  });
});
