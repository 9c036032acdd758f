import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { issueEnrolmentCode } from '../../platform/store/enrol';
import { openStore, type Store } from '../../platform/store/open';
import { startPlatformProcess, type PlatformProcess } from '../support/platform-process';
import { deskPublicKey, freshDatabaseUrl, newId, PG_URL, rows } from '../support/platform';

/**
 * Stateless: every fact is in the database, so two platform processes on one
 * PostgreSQL serve the same desks correctly — the same desk's pushes sent to
 * either, even at once, are applied exactly once, in order, and either
 * answers the same pull.
 */
describe.skipIf(!PG_URL)('two platform processes on one PostgreSQL', () => {
  let db: { url: string; drop: () => Promise<void> };
  let store: Store;
  let one: PlatformProcess;
  let two: PlatformProcess;
  beforeAll(async () => {
    db = await freshDatabaseUrl(PG_URL!);
    store = await openStore({ databaseUrl: db.url });
    [one, two] = await Promise.all([startPlatformProcess(['--database-url', db.url]), startPlatformProcess(['--database-url', db.url])]);
  }, 120_000);
  afterAll(async () => {
    await Promise.all([one?.stop(), two?.stop()]);
    await store.close();
    await db.drop();
  });

  it('applies one desk’s changes exactly once whichever process gets them, and both pull the same', async () => {
    const { code } = await issueEnrolmentCode(store.db, { name: 'A 台', regionCode: '331004006' }, Date.now());
    const deskId = newId();
    const enrol = await fetch(`${one.url}/v1/enrol`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ code, deskId, name: 'A 台', publicKey: deskPublicKey(), schemaVersion: 6 }),
    });
    const { credential, epoch } = (await enrol.json()) as { credential: string; epoch: string };
    const headers = { 'content-type': 'application/json', authorization: `Bearer ${credential}` };
    const clerk = { id: newId(), name: '李窗口' };
    const changes = Array.from({ length: 40 }, (_, i) => ({
      seq: i + 1,
      changeId: newId(),
      deskId,
      clerk,
      schemaVersion: 6,
      entity: 'landlords',
      entityId: newId(),
      intent: 'create' as const,
      fields: rows.landlord({ idNumber: `3310041980010${String(10000 + i)}` }),
      baseVersion: null,
      at: Date.now(),
    }));
    // Batches of 10, each sent to both processes at once: one applies it, the other waits on the desk's lock and replays it.
    for (let i = 0; i < 40; i += 10) {
      const body = JSON.stringify({ epoch, changes: changes.slice(0, i + 10) });
      const [a, b] = await Promise.all([
        fetch(`${one.url}/v1/push`, { method: 'POST', headers, body }).then((r) => r.json()),
        fetch(`${two.url}/v1/push`, { method: 'POST', headers, body }).then((r) => r.json()),
      ]);
      expect(a).toEqual(b);
      expect((a as { lastSeq: number }).lastSeq).toBe(i + 10);
    }
    const applied = (await store.db.execute(
      (await import('drizzle-orm')).sql`SELECT count(*)::int AS n FROM desk_changes WHERE desk_id = ${deskId}`,
    )) as unknown as { rows: { n: number }[] };
    expect(applied.rows[0]!.n).toBe(40);
    const pullFrom = (url: string) => fetch(`${url}/v1/pull?after=0&limit=2000`, { headers }).then((r) => r.json());
    const [p1, p2] = await Promise.all([pullFrom(one.url), pullFrom(two.url)]);
    expect(p1).toEqual(p2);
    expect((p1 as { changes: { entity: string }[] }).changes.filter((c) => c.entity === 'landlords')).toHaveLength(40);
  }, 120_000);
});
