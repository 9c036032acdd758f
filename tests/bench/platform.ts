import { serve, type ServerType } from '@hono/node-server';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import type { DeskChange } from '../../core/sync/protocol';
import { silentLogger } from '../../platform/log';
import { createApp } from '../../platform/server/app';
import { issueEnrolmentCode } from '../../platform/store/enrol';
import { openStore, type Store } from '../../platform/store/open';
import { cityLandlords, cityProperties, cityRooms } from '../../platform/store/schema';
import { freshDatabaseUrl, newId, rows, ScriptedDesk } from '../support/platform';
import { startPlatformProcess, type PlatformProcess } from '../support/platform-process';
import { report } from './report';

const DESKS = 8;
const PER_DESK = { landlords: 250, properties: 1250, rooms: 11000 };
const BATCH = 500;

/** A desk's outbox as registering its street would fill it: landlords, their properties, their rooms. */
function outboxOf(desk: ScriptedDesk, street: string, n: number): DeskChange[] {
  const out: DeskChange[] = [];
  const landlords = Array.from({ length: PER_DESK.landlords }, () => newId());
  landlords.forEach((id, i) =>
    out.push(
      desk.change(
        'landlords',
        id,
        'create',
        rows.landlord({ idNumber: `3310${String(n).padStart(2, '0')}19800101${String(i).padStart(4, '0')}` }),
      ),
    ),
  );
  const properties = Array.from({ length: PER_DESK.properties }, () => newId());
  properties.forEach((id, i) =>
    out.push(
      desk.change(
        'properties',
        id,
        'create',
        rows.property(landlords[i % landlords.length]!, {
          regionCode: `${street}001`,
          streetCode: street,
          communityCode: `${street}001`,
          addressKey: `${street}|${i}`,
        }),
      ),
    ),
  );
  for (let i = 0; i < PER_DESK.rooms; i++)
    out.push(desk.change('rooms', newId(), 'create', rows.room(properties[i % properties.length]!, { label: String(100 + i) })));
  return out;
}

const rssMb = (pid: number) => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))![1]) / 1024;

interface Running {
  url: string;
  store: Store;
  rss(): number;
  stop(): Promise<void>;
}

/**
 * PostgreSQL: the platform in its own process (its RSS is its own), the bench
 * on its own connection. PGlite is one process's database, so there the
 * platform serves from the bench's process and the RSS is of both.
 */
async function runPostgres(url: string): Promise<Running> {
  const store = await openStore({ databaseUrl: url });
  const platform: PlatformProcess = await startPlatformProcess(['--database-url', url]);
  return {
    url: platform.url,
    store,
    rss: () => rssMb(platform.child.pid!),
    stop: async () => (await platform.stop(), await store.close()),
  };
}

async function runPglite(dataDir: string): Promise<Running> {
  const store = await openStore({ dataDir });
  const app = createApp(store, silentLogger);
  const server: ServerType = await new Promise((ok) => {
    const s = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => ok(s));
  });
  const port = (server.address() as { port: number }).port;
  return {
    url: `http://127.0.0.1:${port}`,
    store,
    rss: () => process.memoryUsage().rss / 1024 / 1024,
    stop: async () => {
      await new Promise<void>((r) => server.close(() => r()));
      await store.close();
    },
  };
}

async function measure(kind: 'pglite' | 'postgres', running: Running) {
  const { store } = running;
  try {
    const idleRss = running.rss();
    const desks = await Promise.all(
      Array.from({ length: DESKS }, async (_, n) => {
        const desk = new ScriptedDesk({ url: running.url });
        const street = `3310040${String(10 + n).padStart(2, '0')}`;
        const { code } = await issueEnrolmentCode(store.db, { name: `desk ${n}`, regionCode: street }, Date.now());
        await desk.enrolWith(code, `desk ${n}`);
        return { desk, outbox: outboxOf(desk, street, n) };
      }),
    );
    const total = desks.reduce((s, d) => s + d.outbox.length, 0);
    const t0 = performance.now();
    await Promise.all(
      desks.map(async ({ desk, outbox }) => {
        for (let i = 0; i < outbox.length; i += BATCH) {
          const r = await desk.push(outbox.slice(i, i + BATCH));
          if (r.status !== 200) throw new Error(`push: ${r.status} ${JSON.stringify(r.body).slice(0, 300)}`);
        }
      }),
    );
    const ingestS = (performance.now() - t0) / 1000;
    const afterRss = running.rss();
    const { code } = await issueEnrolmentCode(store.db, { name: 'district', regionCode: '331004' }, Date.now());
    const reader = new ScriptedDesk({ url: running.url });
    await reader.enrolWith(code, 'district');

    // The reference: the same rows inserted raw, in batches, into the same store (no decision, no log, no HTTP).
    const raw = desks.flatMap(({ outbox }) => outbox);
    const table = (e: string) => (e === 'landlords' ? cityLandlords : e === 'properties' ? cityProperties : cityRooms);
    const t1 = performance.now();
    for (let i = 0; i < raw.length; i += BATCH) {
      const byEntity = new Map<string, DeskChange[]>();
      for (const c of raw.slice(i, i + BATCH)) byEntity.set(c.entity, [...(byEntity.get(c.entity) ?? []), c]);
      await store.db.transaction(async (tx) => {
        for (const [entity, list] of byEntity) {
          await tx.insert(table(entity)).values(
            list.map((c) => ({
              id: `raw-${c.entityId}`,
              scope: 'raw',
              originDesk: c.deskId,
              propertyId: null,
              version: 1,
              fieldVersions: {},
              fields: entity === 'landlords' ? { ...c.fields, idNumber: `raw-${c.entityId}` } : c.fields,
              createdAt: 0,
              updatedAt: 0,
            })),
          );
        }
      });
    }
    const rawS = (performance.now() - t1) / 1000;
    report({
      name: `platform_ingest_${kind}`,
      ours: total / ingestS,
      reference: total / rawS,
      ratio: rawS / ingestS,
      unit: 'changes/s',
      referenceIs:
        `a raw batched INSERT of the same ${total} rows into the same ${kind} store ` +
        `(no decision, no change log, no HTTP); ${DESKS} desks pushing at once`,
      target: kind === 'postgres' ? '> 5,000 changes/s and ratio >= 0.3' : 'reported beside PostgreSQL',
      ...(kind === 'postgres' ? { met: total / ingestS > 5000 && rawS / ingestS >= 0.3 } : {}),
    });

    // Pull: one desk of the whole district reads everything the eight desks pushed, page by page.
    let pulled = 0;
    let after = 0;
    const t2 = performance.now();
    for (;;) {
      const page = await reader.pull(after, 2000);
      pulled += (page.body.changes as unknown[]).length;
      after = page.body.next as number;
      if (!page.body.more) break;
    }
    const pullS = (performance.now() - t2) / 1000;
    let bare = 0;
    let cursor = 0;
    const t3 = performance.now();
    for (;;) {
      const r = (await store.db.execute(
        sql`SELECT cursor, entity, entity_id, intent, fields, version, origin_desk, at FROM change_log
             WHERE cursor > ${cursor} AND (scope IS NULL OR scope LIKE '331004%') ORDER BY cursor LIMIT 2000`,
      )) as unknown as { rows: { cursor: number }[] };
      if (!r.rows.length) break;
      bare += r.rows.length;
      cursor = Number(r.rows[r.rows.length - 1]!.cursor);
    }
    const bareS = (performance.now() - t3) / 1000;
    report({
      name: `platform_pull_${kind}`,
      ours: pulled / pullS,
      reference: bare / bareS,
      ratio: bare / bareS === 0 ? 0 : pulled / pullS / (bare / bareS),
      unit: 'rows/s',
      referenceIs: `the bare SQL of the same ${bare} rows in pages of 2000 on the same store, no HTTP`,
      target: kind === 'postgres' ? '> 20,000 rows/s' : 'reported beside PostgreSQL',
      ...(kind === 'postgres' ? { met: pulled / pullS > 20000 } : {}),
    });
    report({
      name: `platform_rss${kind === 'pglite' ? '_pglite' : ''}`,
      ours: afterRss,
      reference: idleRss,
      ratio: afterRss / idleRss,
      unit: 'MB',
      referenceIs:
        kind === 'postgres'
          ? 'the same platform process just started, before any desk'
          : "the bench's own process (the embedded PGlite platform serves from it) just started",
    });
  } finally {
    await running.stop();
  }
}

/** `npm run bench -- --only platform [--database-url postgres://…]` (or DATABASE_URL). */
export async function benchPlatform(databaseUrl: string | undefined): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'platform-bench-'));
  try {
    await measure('pglite', await runPglite(join(dir, 'pglite')));
    if (databaseUrl) {
      const fresh = await freshDatabaseUrl(databaseUrl);
      try {
        await measure('postgres', await runPostgres(fresh.url));
      } finally {
        await fresh.drop();
      }
    } else {
      console.error('platform: no --database-url or DATABASE_URL given, so the PostgreSQL lines are not measured');
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
