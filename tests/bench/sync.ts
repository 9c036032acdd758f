import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { refreshPlannerStats } from '../../db/open';
import { dispatch } from '../../electron/handlers/dispatch';
import { silentLogger } from '../../electron/log';
import { openServices } from '../../electron/services';
import { startCity, type City } from '../support/city';
import { ScriptedDesk } from '../support/platform';
import { seedRegister } from '../support/seed';
import { percentile, report } from './report';

/**
 * `npm run bench -- --only sync [--rooms 100000]`: two real desks (their
 * registers on SQLite files, their sync loops with the hosts' default timing)
 * and the platform in its own process (PGlite; PostgreSQL when
 * PLATFORM_TEST_DATABASE_URL is set). Desk A holds a seeded region and pushes
 * it; desk B, new, fills itself by the initial pull; then changes go from A's
 * commit to B's register, on the timer and with "立即同步" on both.
 */
const REGION = '331004006';
const ROUND_TRIPS_NOW = 20;
const ROUND_TRIPS_DEFAULT = 8;

type Desk = ReturnType<typeof openDesk>;

function openDesk(name: string) {
  const dir = mkdtempSync(join(tmpdir(), 'sync-bench-'));
  const services = openServices({ dataDir: dir, log: silentLogger });
  let token: string | null = null;
  const call = async <T = unknown>(procedure: string, input: unknown): Promise<T> => {
    const r = await dispatch(services, procedure, input, { lang: 'zh', session: { token: () => token, set: (t) => (token = t) } });
    if (!r.ok) throw new Error(`${name} ${procedure}: ${JSON.stringify(r.error)}`);
    return r.output as T;
  };
  return {
    services,
    call,
    async ready() {
      await call('setup.initialize', {
        desk: { name, regionCode: REGION },
        admin: { username: 'bench', displayName: '基准', password: 'bench-password' },
      });
      await call('session.login', { username: 'bench', password: 'bench-password' });
    },
    close() {
      services.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

const syncedRows = (d: Desk) => (d.services.sqlite.prepare('SELECT count(*) AS n FROM sync_rows').get() as { n: number }).n;
const rentOn = (d: Desk, roomId: string) =>
  (d.services.sqlite.prepare('SELECT rent_monthly AS rent FROM rooms WHERE id = ?').get(roomId) as { rent: number } | undefined)?.rent;

async function waitFor(what: string, ok: () => boolean, ms: number): Promise<void> {
  const end = Date.now() + ms;
  while (!ok()) {
    if (Date.now() > end) throw new Error(`sync bench: timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** A's rent edit of one room, through the procedure a clerk's form calls. */
async function editRent(a: Desk, roomId: string, rent: number) {
  const r = a.services.register.get('rooms', roomId)!;
  await a.call('rooms.update', {
    id: r.id,
    baseVersion: r.version,
    label: r.label,
    floor: r.floor,
    areaM2: r.areaM2,
    hasKitchen: r.hasKitchen,
    privateBathroom: r.privateBathroom,
    windowBars: r.windowBars,
    rentMonthly: rent,
  });
}

export async function benchSync(rooms: number): Promise<void> {
  const city: City = await startCity();
  const a = openDesk('基准服务台甲');
  const b = openDesk('基准服务台乙');
  try {
    await a.ready();
    await b.ready();
    const seeded = seedRegister(a.services.register, { rooms, within: REGION });
    refreshPlannerStats(a.services.sqlite);
    const outbox = (a.services.sqlite.prepare('SELECT count(*) AS n FROM sync_outbox').get() as { n: number }).n;

    // A's backlog: the enrolment starts its loop, "立即同步" waits for the run and runs once more.
    const t0 = performance.now();
    await a.call('sync.enrol', { url: city.url, code: await city.code(REGION, '基准服务台甲') });
    // The run the enrolment started is awaited by this one, which finds nothing more to do.
    await a.call('sync.now', {});
    const pushS = (performance.now() - t0) / 1000;
    console.error(
      `sync: desk A pushed ${outbox} changes (${seeded.rooms} rooms, ${seeded.properties} properties, ` +
        `${seeded.landlords} landlords) in ${pushS.toFixed(1)} s`,
    );

    // The initial pull: B, new and empty, enrols on the same region and fills itself.
    // The code comes from the city's IT office beforehand: its command line is not part of the pull.
    const codeB = await city.code(REGION, '基准服务台乙');
    const t1 = performance.now();
    await b.call('sync.enrol', { url: city.url, code: codeB });
    await b.call('sync.now', {});
    const pullS = (performance.now() - t1) / 1000;
    const pulled = syncedRows(b);
    if (process.env.SYNC_BENCH_DEBUG)
      console.error(
        JSON.stringify(b.services.sqlite.prepare('SELECT entity, count(*) n FROM sync_rows GROUP BY entity').all()),
        JSON.stringify(b.services.sqlite.prepare('SELECT entity, reason, count(*) n FROM sync_parked GROUP BY entity, reason').all()),
        JSON.stringify(b.services.sqlite.prepare('SELECT count(*) n FROM properties').all()),
        JSON.stringify(
          b.services.sqlite.prepare('SELECT action, entity, before IS NULL AS created, count(*) n FROM audit_log GROUP BY 1, 2, 3').all(),
        ),
        JSON.stringify(a.services.sqlite.prepare('SELECT entity, count(*) n FROM sync_rows GROUP BY entity').all()),
        JSON.stringify(
          a.services.sqlite
            .prepare(
              "SELECT entity, json_extract(outcome, '$.reason.code'), count(*) n FROM sync_outbox WHERE status = 'rejected' GROUP BY 1,2",
            )
            .all(),
        ),
      );

    // The reference: a scripted desk of the region reads the same pages over HTTP and applies nothing.
    const reader = new ScriptedDesk({ url: city.url });
    await reader.enrolWith(await city.code(REGION, 'reader'), 'reader');
    let raw = 0;
    let after = 0;
    const t2 = performance.now();
    for (;;) {
      const page = await reader.pull(after, 1000);
      raw += (page.body.changes as unknown[]).length;
      after = page.body.next as number;
      if (!page.body.more) break;
    }
    const rawS = (performance.now() - t2) / 1000;
    report({
      name: 'sync_initial_pull',
      ours: pulled / pullS,
      reference: raw / rawS,
      ratio: pulled / pullS / (raw / rawS),
      unit: 'rows/s',
      referenceIs: `the same ${raw} changes read page by page over HTTP by a scripted desk that applies nothing (${city.kind})`,
      target: `> 5,000 rows/s at ${rooms} rooms`,
      met: pulled / pullS > 5000,
    });

    // Rooms both desks hold (a seeded row the platform refused, if any, is not one).
    const roomIds = (
      b.services.sqlite.prepare("SELECT entity_id AS id FROM sync_rows WHERE entity = 'rooms' ORDER BY entity_id LIMIT 40").all() as {
        id: string;
      }[]
    ).map((r) => r.id);
    let rent = 1000;

    // The protocol's own floor for one change: a scripted push and a scripted pull, no register on either side.
    const pusher = new ScriptedDesk({ url: city.url });
    await pusher.enrolWith(await city.code(REGION, 'pusher'), 'pusher');
    let readerAt = after;
    const floor: number[] = [];
    for (let i = 0; i < ROUND_TRIPS_NOW; i++) {
      const t = performance.now();
      const landlord = pusher.change('landlords', `bench-${i}-${Date.now()}`, 'create', {
        kind: 'person',
        name: '基准',
        idType: 'passport',
        idNumber: `E${String(Date.now()).slice(-8)}${i}`,
        mobile: '13800000000',
        address: null,
        contactName: null,
        letterSigned: false,
        letterSignedOn: null,
      });
      const pushed = await pusher.push([landlord]);
      if (pushed.status !== 200) throw new Error(`scripted push: ${JSON.stringify(pushed.body)}`);
      for (;;) {
        const page = await reader.pull(readerAt, 100);
        readerAt = page.body.next as number;
        if (!page.body.more) break;
      }
      floor.push(performance.now() - t);
    }

    // "立即同步" on both: A's commit, A's run, B's run, B's register.
    const now: number[] = [];
    for (let i = 0; i < ROUND_TRIPS_NOW; i++) {
      const roomId = roomIds[i % roomIds.length]!;
      rent += 10;
      const t = performance.now();
      await editRent(a, roomId, rent);
      await a.call('sync.now', {});
      await b.call('sync.now', {});
      await waitFor('the rent on B', () => rentOn(b, roomId) === rent, 60_000);
      now.push(performance.now() - t);
    }
    const floorP95 = percentile(floor, 95);
    report({
      name: 'sync_round_trip_now_p95',
      ours: percentile(now, 95),
      reference: floorP95,
      ratio: percentile(now, 95) / floorP95,
      unit: 'ms',
      referenceIs: `p95 of ${ROUND_TRIPS_NOW} scripted push + pull of one change (HTTP and the platform only, no register)`,
      target: '<= 2,000 ms',
      met: percentile(now, 95) <= 2000,
    });

    // The loop's own timing: nobody clicks; A's write nudges A, B pulls on its timer.
    const timer: number[] = [];
    for (let i = 0; i < ROUND_TRIPS_DEFAULT; i++) {
      const roomId = roomIds[(ROUND_TRIPS_NOW + i) % roomIds.length]!;
      rent += 10;
      const t = performance.now();
      await editRent(a, roomId, rent);
      await waitFor('the rent on B by the timer', () => rentOn(b, roomId) === rent, 5 * 60_000);
      timer.push(performance.now() - t);
    }
    report({
      name: 'sync_round_trip_default_p95',
      ours: percentile(timer, 95),
      reference: floorP95,
      ratio: percentile(timer, 95) / floorP95,
      unit: 'ms',
      referenceIs:
        `p95 of the scripted push + pull above; ${ROUND_TRIPS_DEFAULT} samples ` + 'on the default timer (20 s ± 20 %, 1 s after a write)',
      target: '<= 60,000 ms',
      met: percentile(timer, 95) <= 60_000,
    });
  } finally {
    a.close();
    b.close();
    await city.close();
  }
}
