import { sql } from 'drizzle-orm';
import type { z } from 'zod';
import { SYNC_ENTITIES } from '../../core/sync/entities';
import type { pullQuery, pullResponse, reconcileRequest, reconcileResponse } from '../../core/sync/protocol';
import { refusals } from '../refusal';
import { CITY_TABLES } from './city-tables';
import type { PlatformDb } from './open';
import { desks } from './schema';
import { platformEpoch, rows } from './tx';
import { getTableName } from 'drizzle-orm';

type Desk = typeof desks.$inferSelect;

/**
 * A page of the change log after the desk's cursor, in the one global order,
 * for the desk's scope: its region, and what is city-wide (desk keys, rule
 * sets, certificate voids). The desk's own changes come too: a desk restored
 * from an older backup learns them back this way, and a desk that has them
 * already sees a version it holds. `next` is the last change shown, or, when
 * the page is not full, the platform's newest number, so changes of other
 * regions are never read again.
 */
export async function pull(db: PlatformDb, desk: Desk, q: z.infer<typeof pullQuery>, now: number): Promise<z.infer<typeof pullResponse>> {
  const { epoch, lastCursor } = await platformEpoch(db);
  if (q.epoch !== undefined && q.epoch !== epoch) throw refusals.epoch(epoch, desk.lastSeq);
  // The scope: the desk's region and what is city-wide; one entity only when the desk re-syncs a table.
  const inScope = sql`cursor > ${q.after} AND cursor <= ${lastCursor} AND (scope IS NULL OR scope LIKE ${`${desk.regionCode}%`})
    ${q.entity ? sql`AND entity = ${q.entity}` : sql``}`;
  const found = await rows<{
    cursor: number;
    entity: string;
    entity_id: string;
    intent: 'create' | 'update';
    fields: Record<string, unknown>;
    version: number;
    origin_desk: string | null;
    clerk_id: string | null;
    clerk_name: string | null;
    at: number;
  }>(
    db,
    sql`SELECT cursor, entity, entity_id, intent, fields, version, origin_desk, clerk_id, clerk_name, at FROM change_log
         WHERE ${inScope} ORDER BY cursor LIMIT ${q.limit + 1}`,
  );
  const remaining =
    q.count === '1' ? Number((await rows<{ n: number }>(db, sql`SELECT count(*) AS n FROM change_log WHERE ${inScope}`))[0]!.n) : null;
  const more = found.length > q.limit;
  const page = found.slice(0, q.limit);
  const next = more ? Number(page[page.length - 1]!.cursor) : Math.max(lastCursor, q.after);
  // A one-table re-sync reads old changes again: it says nothing of how far the desk has got.
  await db
    .update(desks)
    .set(q.entity ? { lastPullAt: now } : { lastPullAt: now, pulledCursor: next })
    .where(sql`${desks.id} = ${desk.id}`);
  return {
    epoch,
    next,
    more,
    remaining,
    changes: page.map((r) => ({
      cursor: Number(r.cursor),
      entity: r.entity,
      entityId: r.entity_id,
      intent: r.intent,
      fields: r.fields,
      version: r.version,
      origin: { deskId: r.origin_desk, clerk: { id: r.clerk_id, name: r.clerk_name } },
      at: Number(r.at),
    })),
  };
}

/**
 * Per table, how many rows of the desk's region the platform holds and a hash
 * of their sorted (id, version) — what the desk compares with its own to prove
 * "synced" rather than assume it. Landlords count where their properties are.
 */
export async function digests(db: PlatformDb, regionCode: string): Promise<Record<string, { count: number; hash: string }>> {
  const out: Record<string, { count: number; hash: string }> = {};
  const like = `${regionCode}%`;
  for (const entity of SYNC_ENTITIES) {
    const table = getTableName(CITY_TABLES[entity]);
    // What the desk pulls of each table: its region's rows, the landlords of its region's properties, and the city's checklists.
    const where =
      entity === 'landlords'
        ? sql`scope LIKE ${like} OR id IN (SELECT fields->>'landlordId' FROM city_properties WHERE scope LIKE ${like})`
        : entity === 'ruleSets'
          ? sql`scope IS NULL OR scope LIKE ${like}`
          : sql`scope LIKE ${like}`;
    const [r] = await rows<{ n: number; h: string | null }>(
      db,
      sql`SELECT count(*) AS n,
                 encode(sha256(convert_to(coalesce(
                   string_agg(id || ':' || version, E'\n' ORDER BY id COLLATE "C"), ''), 'UTF8')), 'hex') AS h
            FROM ${sql.identifier(table)} WHERE ${where}`,
    );
    out[entity] = { count: Number(r!.n), hash: r!.h ?? '' };
  }
  return out;
}

export async function reconcile(
  db: PlatformDb,
  desk: Desk,
  req: z.infer<typeof reconcileRequest>,
): Promise<z.infer<typeof reconcileResponse>> {
  const ours = await digests(db, desk.regionCode);
  const tables: z.infer<typeof reconcileResponse>['tables'] = {};
  for (const [entity, d] of Object.entries(ours)) {
    const theirs = req.tables[entity];
    tables[entity] = { ...d, matches: theirs !== undefined && theirs.count === d.count && theirs.hash === d.hash };
  }
  return { tables };
}
