import { sql } from 'drizzle-orm';
import { openStore } from '../../platform/store/open';
import { rows } from '../../platform/store/tx';
import type { City } from '../support/city';
import type { DeskHost } from './desk-host';

/**
 * What must hold after any run, however it was hurt (docs/sync.md, "How it
 * is proved"). Checked on the desks' SQLite files and on the platform's own
 * database, opened once every process has stopped. Each broken invariant is
 * one line in `broken`, in words a reviewer can act on.
 */
export interface Acknowledged {
  /** Creates a clerk saw succeed, by desk. */
  properties: { desk: string; id: string }[];
  rooms: { desk: string; id: string }[];
  /** Rent edits a clerk saw succeed. */
  rents: { desk: string; roomId: string; rent: number }[];
  /** Properties the city closed. */
  closed: string[];
}

export interface Findings {
  broken: string[];
  pushed: number;
  /** Changes the platform received again and answered from what it had stored (a lost or repeated reply). */
  replayed: number;
  conflicts: number;
  rejections: number;
  lost: number;
  doubled: number;
}

/** What a named case (tests/faults/cases.ts) reports: its findings, its kills, its time, and a line of its own figures. */
export interface CaseResult extends Findings {
  killPoints: number;
  seconds: number;
  note?: string;
}

interface DeskOutbox {
  seq: number;
  change_id: string;
  entity: string;
  entity_id: string;
  status: string;
}

export async function checkInvariants(run: { city: City; desks: DeskHost[]; acknowledged: Acknowledged }) {
  const { city, desks, acknowledged: ack } = run;
  const broken: string[] = [];
  let lost = 0;
  let doubled = 0;

  // Each desk's file first, with its process stopped (a clean close, after all the kills).
  const files = new Map<string, { deskId: string; outbox: DeskOutbox[]; lastSeq: number; synced: Map<string, number> }>();
  for (const d of desks) {
    await d.stop();
    const f = d.read((db) => {
      const integrity = (db.pragma('integrity_check') as { integrity_check: string }[])[0]!.integrity_check;
      if (integrity !== 'ok') broken.push(`${d.name}: PRAGMA integrity_check says ${integrity}`);
      const state = db.prepare('SELECT desk_id AS deskId, last_seq AS lastSeq FROM sync_state').get() as {
        deskId: string;
        lastSeq: number;
      };
      const outbox = db.prepare('SELECT seq, change_id, entity, entity_id, status FROM sync_outbox ORDER BY seq').all() as DeskOutbox[];
      const synced = new Map(
        (
          db.prepare('SELECT entity, entity_id AS id, version FROM sync_rows').all() as { entity: string; id: string; version: number }[]
        ).map((r) => [`${r.entity}:${r.id}`, r.version]),
      );
      for (const p of ack.properties.filter((x) => x.desk === d.name)) {
        if (!db.prepare('SELECT 1 FROM properties WHERE id = ?').get(p.id)) {
          broken.push(`${d.name}: the property ${p.id} its clerk registered is missing`);
          lost++;
        }
      }
      for (const r of ack.rents.filter((x) => x.desk === d.name)) {
        const audited = db
          .prepare("SELECT 1 FROM audit_log WHERE entity = 'rooms' AND entity_id = ? AND json_extract(after, '$.rentMonthly') = ?")
          .get(r.roomId, r.rent);
        if (!audited) {
          broken.push(`${d.name}: the rent ${r.rent} its clerk saved on room ${r.roomId} is not in its audit log`);
          lost++;
        }
      }
      for (const id of ack.closed) {
        const row = db.prepare('SELECT status FROM properties WHERE id = ?').get(id) as { status: string } | undefined;
        if (row && row.status !== 'closed') broken.push(`${d.name}: the property ${id} the city closed is ${row.status} here`);
      }
      return { ...state, outbox, synced };
    });
    const pending = f.outbox.filter((o) => o.status === 'pending');
    if (pending.length) broken.push(`${d.name}: ${pending.length} changes still wait after the run settled`);
    const gaps = f.outbox.filter((o, i) => o.seq !== i + 1);
    if (gaps.length || f.outbox.length !== f.lastSeq) broken.push(`${d.name}: its outbox is not the gapless sequence 1..${f.lastSeq}`);
    files.set(d.name, { deskId: f.deskId, outbox: f.outbox, lastSeq: f.lastSeq, synced: f.synced });
  }

  await city.stop();
  const store = await openStore(city.where);
  try {
    const db = store.db;
    let pushed = 0;
    let rejections = 0;
    for (const [name, f] of files) {
      const answered = await rows<{ seq: number; change_id: string; outcome: string }>(
        db,
        sql`SELECT seq, change_id, outcome FROM desk_changes WHERE desk_id = ${f.deskId} ORDER BY seq`,
      );
      pushed += answered.length;
      rejections += answered.filter((a) => a.outcome === 'rejected').length;
      const bySeq = new Map(answered.map((a) => [a.seq, a]));
      for (const o of f.outbox) {
        const a = bySeq.get(o.seq);
        if (!a) {
          broken.push(`${name}: change ${o.seq} (${o.entity} ${o.entity_id}) has no outcome on the platform`);
          lost++;
        } else if (a.change_id !== o.change_id) {
          broken.push(`${name}: the platform's change ${o.seq} is another change than the desk's`);
          doubled++;
        }
      }
      if (answered.length > f.outbox.length) {
        broken.push(`${name}: the platform holds ${answered.length - f.outbox.length} changes the desk never made`);
        doubled += answered.length - f.outbox.length;
      }
    }
    // The same change taken twice under two sequence numbers would be a double.
    const twice = await rows<{ n: number }>(
      db,
      sql`SELECT count(*) AS n FROM (SELECT change_id FROM desk_changes GROUP BY change_id HAVING count(*) > 1) t`,
    );
    if (Number(twice[0]!.n)) {
      broken.push(`the platform applied ${twice[0]!.n} changes twice`);
      doubled += Number(twice[0]!.n);
    }
    const unnamed = await rows<{ n: number }>(
      db,
      sql`SELECT count(*) AS n FROM change_log WHERE origin_desk IS NULL AND clerk_name IS NULL AND entity <> 'desks'`,
    );
    if (Number(unnamed[0]!.n)) broken.push(`${unnamed[0]!.n} changes on the platform name neither a desk nor a clerk`);

    // Every desk equals the platform for the region: the same rows at the same versions, and the same values.
    for (const [entity, table] of [
      ['landlords', 'city_landlords'],
      ['properties', 'city_properties'],
      ['rooms', 'city_rooms'],
    ] as const) {
      const city = await rows<{ id: string; version: number }>(db, sql`SELECT id, version FROM ${sql.identifier(table)}`);
      for (const [name, f] of files) {
        const mine = [...f.synced].filter(([k]) => k.startsWith(`${entity}:`));
        const differ = city.filter((r) => f.synced.get(`${entity}:${r.id}`) !== r.version).length;
        if (differ || mine.length !== city.length) {
          broken.push(
            `${name}: ${entity} differ from the platform (${mine.length} here, ${city.length} there, ${differ} at another version)`,
          );
        }
      }
    }
    const rents = await rows<{ id: string; rent: number }>(db, sql`SELECT id, (fields->>'rentMonthly')::int AS rent FROM city_rooms`);
    const statuses = await rows<{ id: string; status: string }>(db, sql`SELECT id, fields->>'status' AS status FROM city_properties`);
    for (const d of desks) {
      d.read((file) => {
        const rent = file.prepare('SELECT rent_monthly AS r FROM rooms WHERE id = ?');
        const wrong = rents.filter((c) => (rent.get(c.id) as { r: number } | undefined)?.r !== c.rent).length;
        if (wrong) broken.push(`${d.name}: ${wrong} rooms' rents differ from the platform's`);
        const status = file.prepare('SELECT status AS s FROM properties WHERE id = ?');
        const off = statuses.filter((c) => (status.get(c.id) as { s: string } | undefined)?.s !== c.status).length;
        if (off) broken.push(`${d.name}: ${off} properties' status differs from the platform's`);
      });
    }
    for (const id of ack.closed) {
      const s = statuses.find((x) => x.id === id)?.status;
      if (s !== 'closed') broken.push(`the property ${id} the city closed is ${s ?? 'missing'} on the platform`);
    }
    for (const r of ack.rooms) {
      if (!rents.some((c) => c.id === r.id)) {
        broken.push(`the room ${r.id} registered at ${r.desk} is missing on the platform`);
        lost++;
      }
    }
    const conflicts = Number((await rows<{ n: number }>(db, sql`SELECT count(*) AS n FROM conflicts`))[0]!.n);
    return { broken, pushed, replayed: 0, conflicts, rejections, lost, doubled } satisfies Findings;
  } finally {
    await store.close();
  }
}
