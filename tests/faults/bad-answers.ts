import { join } from 'node:path';
import { startCity } from '../support/city';
import { DeskHost } from './desk-host';
import { checkInvariants, type Acknowledged, type CaseResult } from './invariants';
import { startFaultProxy } from './proxy';
import { Random } from './random';
import { clerkAction, settle, shutDown } from './schedule';

/**
 * Cases 4 and 8 of docs/sync.md as fault cases: a change that can never apply
 * in the middle of a batch, and a pull that comes back empty from the start.
 */
const REGION = '331004006059';

interface RoomRow {
  id: string;
  propertyId: string;
  version: number;
  label: string;
  floor: number;
  areaM2: number;
  k: number;
  b: number;
  w: number;
}

const ROOM_SQL = `SELECT id, property_id AS propertyId, version, label, floor, area_m2 AS areaM2, has_kitchen AS k,
  private_bathroom AS b, window_bars AS w FROM rooms WHERE property_id = ? ORDER BY label LIMIT 1`;

async function setRent(desk: DeskHost, room: RoomRow, rent: number) {
  return desk.call('rooms.update', {
    id: room.id,
    baseVersion: room.version,
    label: room.label,
    floor: room.floor,
    areaM2: room.areaM2,
    hasKitchen: room.k === 1,
    privateBathroom: room.b === 1,
    windowBars: room.w === 1,
    rentMonthly: rent,
  });
}

/**
 * Case 4: offline, a clerk changes three rents; meanwhile the city closes the
 * house of the second. Back online the three go up in one batch: the middle
 * one is rejected with its reason and the desk's row returns to the city's
 * value; the two around it apply.
 */
export async function poisonChangeCase(opts: { seed: number; log: (line: string) => void }): Promise<CaseResult> {
  const t0 = performance.now();
  const rng = new Random(opts.seed);
  const city = await startCity();
  const proxy = await startFaultProxy(city.url);
  const desk = new DeskHost('浮排社区服务台甲', REGION);
  const acknowledged: Acknowledged = { properties: [], rooms: [], rents: [], closed: [] };
  const broken: string[] = [];
  let n = 300 + (opts.seed % 50);
  try {
    await desk.start();
    await desk.setUp();
    await desk.must('sync.enrol', { url: proxy.url, code: await city.code(REGION, desk.name) });
    while (acknowledged.properties.length < 3) await clerkAction(rng, desk, acknowledged, ++n);
    await settle([desk], opts.log);
    const rooms = acknowledged.properties.map((p) => desk.read((db) => db.prepare(ROOM_SQL).get(p.id) as RoomRow));
    // The desk loses the network; the city closes the second house.
    proxy.setDecide(() => 'refuse');
    const closed = await city.admin(
      'properties',
      'close',
      rooms[1]!.propertyId,
      '--reason',
      '消防通道堵塞',
      '--authority',
      '路桥区消防救援大队',
    );
    if (closed.code !== 0) throw new Error(`the city could not close the house: ${closed.stderr}`);
    acknowledged.closed.push(rooms[1]!.propertyId);
    const rents = [710, 720, 730];
    for (const [i, room] of rooms.entries()) {
      const r = await setRent(desk, room, rents[i]!);
      if (!r.ok) broken.push(`the offline rent edit ${i + 1} was refused at the desk: ${JSON.stringify(r.error)}`);
      else if (i !== 1) acknowledged.rents.push({ desk: desk.name, roomId: room.id, rent: rents[i]! });
    }
    const queued = desk.read(
      (db) => db.prepare("SELECT seq FROM sync_outbox WHERE status = 'pending' ORDER BY seq").all() as { seq: number }[],
    );
    proxy.setDecide(() => 'pass');
    await settle([desk], opts.log);
    const outcome = desk.read(
      (db) =>
        db
          .prepare(
            `SELECT entity_id AS id, status, json_extract(outcome, '$.reason.code') AS code FROM sync_outbox WHERE seq >= ? ORDER BY seq`,
          )
          .all(queued[0]?.seq ?? 0) as { id: string; status: string; code: string | null }[],
    );
    const byRoom = new Map(outcome.map((o) => [o.id, o]));
    if (byRoom.get(rooms[1]!.id)?.status !== 'rejected')
      broken.push(`the edit of the closed house was not rejected: ${JSON.stringify(outcome)}`);
    for (const i of [0, 2]) {
      if (byRoom.get(rooms[i]!.id)?.status === 'rejected')
        broken.push(`edit ${i + 1}, beside the poison one, was rejected too: ${JSON.stringify(outcome)}`);
    }
    const rentHere = desk.read(
      (db) => (db.prepare('SELECT rent_monthly AS r FROM rooms WHERE id = ?').get(rooms[1]!.id) as { r: number }).r,
    );
    if (rentHere === rents[1]) broken.push('the desk kept the rent the city refused');
    const findings = await checkInvariants({ city, desks: [desk], acknowledged });
    return {
      ...findings,
      broken: [...broken, ...findings.broken],
      replayed: proxy.pushRepeats(),
      killPoints: 0,
      seconds: (performance.now() - t0) / 1000,
      note: `the batch of ${queued.length}: ${outcome.map((o) => o.status + (o.code ? ` (${o.code})` : '')).join(', ')}`,
    };
  } finally {
    await shutDown([desk], proxy, city);
  }
}

/**
 * Case 8: after the city restores its platform (a new epoch) a desk pulls
 * from the start, and a broken cache on the way answers with an empty page.
 * The fail-safe must stop with its reason and change nothing; once the network
 * answers truly and a supervisor lets the sync go on, everything agrees.
 */
export async function emptyPullCase(opts: { seed: number; log: (line: string) => void }): Promise<CaseResult> {
  const t0 = performance.now();
  const rng = new Random(opts.seed);
  const city = await startCity();
  const proxy = await startFaultProxy(city.url);
  const desk = new DeskHost('浮排社区服务台乙', REGION);
  const acknowledged: Acknowledged = { properties: [], rooms: [], rents: [], closed: [] };
  const broken: string[] = [];
  let n = 400 + (opts.seed % 50);
  try {
    await desk.start();
    await desk.setUp();
    await desk.must('sync.enrol', { url: proxy.url, code: await city.code(REGION, desk.name) });
    while (acknowledged.properties.length < 3) await clerkAction(rng, desk, acknowledged, ++n);
    await settle([desk], opts.log);
    const backup = join(desk.dataDir, '..', `city-backup-empty-${process.pid}-${opts.seed}.json`);
    if ((await city.admin('backup', backup)).code !== 0) throw new Error('backup failed');
    // The broken cache is on the way before the restore: the desk's loop may pull from the start at once.
    proxy.setPullRewrite((body) => ({ ...body, changes: [], more: false, remaining: 0 }));
    if ((await city.admin('restore', backup)).code !== 0) throw new Error('restore failed');
    const held = desk.read(
      (db) => db.prepare("SELECT count(*) AS n, sum(status = 'active') AS open FROM properties").get() as { n: number; open: number },
    );
    const end = Date.now() + 30_000;
    let s = await desk.must<{ state: string; halt: { message: { key: string } } | null }>('sync.now', {});
    while (!s.halt && Date.now() < end) {
      await new Promise((r) => setTimeout(r, 300));
      s = await desk.must('sync.now', {});
    }
    if (s.halt?.message.key !== 'sync.halt.emptyScope') broken.push(`the empty answer did not stop the sync: ${JSON.stringify(s)}`);
    const after = desk.read(
      (db) => db.prepare("SELECT count(*) AS n, sum(status = 'active') AS open FROM properties").get() as { n: number; open: number },
    );
    if (after.n !== held.n || after.open !== held.open)
      broken.push(`the empty answer changed the register: ${JSON.stringify({ held, after })}`);
    proxy.setPullRewrite(null);
    await settle([desk], opts.log);
    const findings = await checkInvariants({ city, desks: [desk], acknowledged });
    return {
      ...findings,
      broken: [...broken, ...findings.broken],
      replayed: proxy.pushRepeats(),
      killPoints: 0,
      seconds: (performance.now() - t0) / 1000,
      note: `the fail-safe stopped with ${s.halt?.message.key ?? 'nothing'}, ${after.n} houses kept`,
    };
  } finally {
    await shutDown([desk], proxy, city);
  }
}
