import { residentId } from '../support/people';
import { startCity, type City } from '../support/city';
import { startPlatformProcess, type PlatformProcess } from '../support/platform-process';
import { DeskHost } from './desk-host';
import { checkInvariants, type Acknowledged, type Findings } from './invariants';
import { FAULTS, startFaultProxy, type Fault, type FaultProxy } from './proxy';
import { Random } from './random';

/**
 * One randomized run from a seed: desks of one community and the city
 * platform, each its own process, a hostile network between them, clerks
 * registering and editing at random, the city closing properties, and
 * `kill -9` of a desk or of the platform at random moments (in the middle of
 * a clerk's call, of a push, of a pull). Then the faults stop, every desk
 * syncs until nothing moves, and the invariants are checked on the files and
 * the platform's database.
 */
export interface RunOptions {
  seed: number;
  desks: number;
  /** How many kill -9s to make (desks and, one in eight, the platform). */
  kills: number;
  /** Clerk actions between kills. */
  actionsPerKill: number;
  /** Platform instances on one database behind the proxy (2 needs PostgreSQL); a platform kill hits one of them. */
  platforms?: number;
  log: (line: string) => void;
}

export interface RunResult extends Findings {
  seed: number;
  closures: number;
  clockSkews: number;
  revocations: number;
  killPoints: number;
  faults: Record<Fault, number>;
  seconds: number;
}

const REGION = '331004006059';

export async function faultRun(opts: RunOptions): Promise<RunResult> {
  const rng = new Random(opts.seed);
  const t0 = performance.now();
  const city = await startCity();
  // A second instance on the same PostgreSQL database: the proxy sends requests to each in turn.
  let second: PlatformProcess | null = null;
  const secondArgs = ['--database-url', city.where.databaseUrl ?? ''];
  if ((opts.platforms ?? 1) > 1) {
    if (!city.where.databaseUrl) throw new Error('two platform instances need PostgreSQL: set PLATFORM_TEST_DATABASE_URL');
    second = await startPlatformProcess(secondArgs);
  }
  const proxy = await startFaultProxy(city.url, { delayMs: 800 });
  if (second) proxy.setTarget(city.url, second.url);
  const desks = Array.from({ length: opts.desks }, (_, i) => new DeskHost(`浮排社区服务台${'甲乙丙丁'[i] ?? i}`, REGION));
  const acknowledged: Acknowledged = { properties: [], rooms: [], rents: [], closed: [] };
  let platformKills = 0;
  let clockSkews = 0;
  const noticed: string[] = [];
  // Once a run, the city revokes a desk's credential mid-sync; two rounds later its admin enrols it again.
  const revokeAt = opts.kills >= 4 ? rng.int(opts.kills - 3) : -1;
  let revoked: DeskHost | null = null;
  let idSeq = opts.seed % 500;
  try {
    for (const d of desks) {
      await d.start();
      await d.setUp();
      await d.must('sync.enrol', { url: proxy.url, code: await city.code(REGION, d.name) });
    }
    // The network turns hostile: four requests in ten meet a fault.
    // Its own generator: how many requests the loops make varies with timing, and must not move the clerks' schedule.
    const net = new Random(opts.seed + 1_000_003);
    proxy.setDecide(() => (net.chance(0.6) ? 'pass' : net.pick(FAULTS.filter((f) => f !== 'pass'))));

    for (let k = 0; k < opts.kills; k++) {
      if (k === revokeAt) revoked = await revoke(rng, city, desks);
      if (k === revokeAt + 2 && revoked) await enrolAgain(revoked, city, proxy, noticed);
      for (let a = 0; a < opts.actionsPerKill; a++) await clerkAction(rng, rng.pick(desks), acknowledged, ++idSeq);
      if (rng.chance(0.15) && acknowledged.properties.length > 3) await cityCloses(rng, city, acknowledged);
      if (rng.chance(0.15)) {
        // A PC whose clock is wrong: a day ahead, in 2050, or a day behind what it said.
        const d = rng.pick(desks);
        await d.moveClock(rng.pick([{ addDays: 1 }, { now: Date.UTC(2050, 0, 1) }, { addDays: -1 }]));
        clockSkews++;
        await d.logIn().catch(() => undefined);
      }
      if (rng.chance(0.125)) {
        // The platform dies where it stands (mid-batch, between commit and reply) and comes back on the same data.
        if (second && rng.chance(0.5)) {
          await second.stop('SIGKILL');
          second = await startPlatformProcess(secondArgs);
        } else {
          await city.stop('SIGKILL');
          await city.start();
        }
        proxy.setTarget(city.url, ...(second ? [second.url] : []));
        platformKills++;
      } else {
        const victim = rng.pick(desks);
        // A clerk's call in flight and the loop mid-push or mid-pull: the kill lands somewhere in them.
        const inFlight = clerkAction(rng, victim, acknowledged, ++idSeq);
        await new Promise((r) => setTimeout(r, rng.int(120)));
        await victim.kill9();
        await inFlight;
        await victim.start();
        await victim.logIn();
      }
    }

    // The faults stop; every desk syncs until none has anything to send and all have read the same far.
    proxy.setDecide(() => 'pass');
    await settle(desks, opts.log);
    const findings = await checkInvariants({ city, desks, acknowledged });
    return {
      ...findings,
      broken: [...noticed, ...findings.broken],
      revocations: revoked ? 1 : 0,
      replayed: proxy.pushRepeats(),
      closures: acknowledged.closed.length,
      clockSkews,
      seed: opts.seed,
      killPoints: desks.reduce((n, d) => n + d.kills, 0) + platformKills,
      faults: { ...proxy.counts },
      seconds: (performance.now() - t0) / 1000,
    };
  } finally {
    await second?.stop();
    await shutDown(desks, proxy, city);
  }
}

export async function shutDown(desks: DeskHost[], proxy: FaultProxy, city: City) {
  for (const d of desks) {
    await d.stop().catch(() => undefined);
    d.remove();
  }
  await proxy.close();
  await city.close();
}

/** The city's IT office revokes a desk (a stolen PC, a credential that leaked): its next request is refused. */
async function revoke(rng: Random, city: City, desks: DeskHost[]): Promise<DeskHost> {
  const d = rng.pick(desks.filter((x) => x.running));
  const s = await d.must<{ platform: { deskId: string } | null }>('sync.status');
  const r = await city.admin('desks', 'revoke', s.platform!.deskId);
  if (r.code !== 0) throw new Error(`admin desks revoke: ${r.stdout} ${r.stderr}`);
  return d;
}

/**
 * The revoked desk stops with words for its admin, keeps working offline, and
 * is enrolled again with a new code (leave, then enrol: the platform keeps its
 * desk code and last sequence, so what it queued meanwhile goes up). The
 * enrolment crosses the hostile network too: a lost answer uses up its code,
 * so the admin asks the city for another.
 */
async function enrolAgain(d: DeskHost, city: City, proxy: FaultProxy, noticed: string[]): Promise<void> {
  const end = Date.now() + 30_000;
  let s = await d.must<{ state: string; stopped: { key: string } | null }>('sync.status');
  while (s.state !== 'stopped' && Date.now() < end) {
    await new Promise((r) => setTimeout(r, 200));
    s = await d.must('sync.status');
  }
  if (s.state !== 'stopped' || s.stopped?.key !== 'sync.error.reauth') {
    noticed.push(`${d.name}: revoked by the city, it did not stop with 请联系管理员重新接入平台 (state ${s.state})`);
  }
  await d.must('sync.leave', { confirm: true });
  for (let attempt = 0; ; attempt++) {
    const r = await d.call('sync.enrol', { url: proxy.url, code: await city.code(REGION, d.name) });
    if (r.ok) return;
    if (attempt === 9) throw new Error(`${d.name}: could not enrol again: ${JSON.stringify(r.error)}`);
  }
}

/** What a clerk does at the front desk: registers a landlord's house with two rooms, or changes a rent. */
export async function clerkAction(rng: Random, desk: DeskHost, ack: Acknowledged, n: number): Promise<void> {
  if (!desk.running) return;
  const rooms = desk.read((db) => db.prepare('SELECT id FROM rooms ORDER BY id').all() as { id: string }[]);
  if (rooms.length < 4 || rng.chance(0.45)) {
    const landlord = await desk.call<{ id: string }>('landlords.create', {
      name: `房东${n}`,
      idType: 'resident_id',
      idNumber: residentId('331004', '19700101', n),
      mobile: `139${String(10000000 + n).slice(-8)}`,
    });
    if (!landlord.ok) return;
    const property = await desk.call<{ id: string; rooms: { id: string }[] }>('properties.create', {
      landlordId: landlord.output.id,
      address: { regionCode: REGION, detail: `浮排村东路 ${n} 号` },
      buildingType: 'self_built',
      floors: 2,
      mixedUse: false,
      rooms: [
        { label: '101', floor: 1, areaM2: 14, hasKitchen: true, privateBathroom: false, rentMonthly: 600 },
        { label: '201', floor: 2, areaM2: 18, hasKitchen: false, privateBathroom: false, rentMonthly: 650 },
      ],
    });
    if (!property.ok) return;
    ack.properties.push({ desk: desk.name, id: property.output.id });
    for (const r of property.output.rooms) ack.rooms.push({ desk: desk.name, id: r.id });
    return;
  }
  const roomId = rng.pick(rooms).id;
  const room = desk.read(
    (db) =>
      db
        .prepare(
          `SELECT version, label, floor, area_m2 AS areaM2, has_kitchen AS k, private_bathroom AS b, window_bars AS w
           FROM rooms WHERE id = ?`,
        )
        .get(roomId) as { version: number; label: string; floor: number; areaM2: number; k: number; b: number; w: number },
  );
  const rent = 500 + 10 * rng.int(80);
  const r = await desk.call('rooms.update', {
    id: roomId,
    baseVersion: room.version,
    label: room.label,
    floor: room.floor,
    areaM2: room.areaM2,
    hasKitchen: room.k === 1,
    privateBathroom: room.b === 1,
    windowBars: room.w === 1,
    rentMonthly: rent,
  });
  if (r.ok) ack.rents.push({ desk: desk.name, roomId, rent });
}

/** The city's enforcement: a property closed from the platform's command line. */
async function cityCloses(rng: Random, city: City, ack: Acknowledged): Promise<void> {
  const open = ack.properties.filter((p) => !ack.closed.includes(p.id));
  if (!open.length) return;
  const p = rng.pick(open);
  const r = await city.admin('properties', 'close', p.id, '--reason', '消防通道堵塞', '--authority', '路桥区消防救援大队');
  // A property the platform has not received yet cannot be closed there: the command says so, and nothing is recorded.
  if (r.code === 0) ack.closed.push(p.id);
}

/** Sync every desk until all have sent everything and all have read as far as the platform's last change. */
export async function settle(desks: DeskHost[], log: (line: string) => void): Promise<void> {
  const end = Date.now() + 180_000;
  let quiet = 0;
  while (quiet < 2) {
    if (Date.now() > end) throw new Error('the desks did not settle within 3 minutes after the faults stopped');
    const states: string[] = [];
    for (const d of desks) {
      const s = await d.must<{ state: string; pending: number; halt: unknown }>('sync.now', {});
      // The fail-safe may stop a pull of many closures: the supervisor reads it and lets it through.
      if (s.halt) await d.must('sync.resume', { confirm: true });
      states.push(`${s.state}:${s.pending}`);
    }
    const cursors = desks.map((d) => d.read((db) => (db.prepare('SELECT pull_cursor AS c FROM sync_state').get() as { c: number }).c));
    const done = states.every((s) => s === 'synced:0') && cursors.every((c) => c === cursors[0]);
    quiet = done ? quiet + 1 : 0;
    if (!done) log(`  settling: ${states.join(' ')} cursors ${cursors.join(' ')}`);
  }
}
