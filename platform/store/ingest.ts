import { eq, getTableName, inArray, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { translate } from '../../core/i18n/catalog';
import { decideChange, decideResolution, type ChangeFacts, type PlatformRow } from '../../core/sync/decide';
import { isSyncEntity, PROPERTY_LINK, RESOLUTION_ENTITY, type SyncEntity } from '../../core/sync/entities';
import {
  DESK_SCHEMA_VERSIONS,
  type ChangeOutcome,
  type DeskChange,
  type pushRequest,
  type pushResponse,
  type Reason,
} from '../../core/sync/protocol';
import { refusals } from '../refusal';
import { CITY_TABLES } from './city-tables';
import { newUlid } from './ids';
import type { PlatformDb } from './open';
import { CITY_ROW_COLUMNS, CITY_ROW_UPSERT, DESK_CHANGE_COLUMNS, insertJson } from './bulk';
import { conflicts, deskChanges, desks, landlordAliases } from './schema';
import { appendLog, platformEpoch, rows, type LogEntry, type Tx } from './tx';

type Desk = typeof desks.$inferSelect;

/** A row of the city register as the decision needs it, plus where it lives. */
interface Held extends PlatformRow {
  entity: SyncEntity;
  id: string;
  scope: string | null;
  propertyId: string | null;
  dirty: boolean;
  createdAt: number;
  /** Who last changed it on the platform, and when: shown beside the desk's value in a conflict. */
  updatedBy: { deskId: string | null; clerkId: string | null; clerkName: string | null; at: number };
}

const key = (entity: string, id: string) => `${entity}:${id}`;
const reasonOf = (r: { code: string; key: string; params?: Record<string, string | number> }): Reason => ({
  code: r.code,
  message: { zh: translate(r.key, 'zh', r.params), en: translate(r.key, 'en', r.params) },
});

/**
 * A desk's push, exactly once: under the desk's row lock (so two platform
 * processes serialise one desk's pushes), a sequence already processed answers
 * its stored outcome and changes nothing; the next new one must be the
 * desk's last + 1 (a gap is refused with the expected number); every new
 * change is decided by core (applied, rejected with a reason, a conflict, a
 * landlord mapped) and its outcome stored in the same transaction as the
 * desk's last sequence and the rows it changed. A rejected change still
 * counts as processed, so a desk's queue never blocks.
 */
export async function ingest(
  db: PlatformDb,
  desk: Desk,
  req: z.infer<typeof pushRequest>,
  now: number,
): Promise<z.infer<typeof pushResponse>> {
  for (const c of req.changes) {
    if (c.deskId !== desk.id) throw refusals.forged(c.deskId);
    if (c.schemaVersion < DESK_SCHEMA_VERSIONS.min || c.schemaVersion > DESK_SCHEMA_VERSIONS.max) {
      throw refusals.schema(c.schemaVersion, DESK_SCHEMA_VERSIONS.min, DESK_SCHEMA_VERSIONS.max);
    }
  }
  req.changes.forEach((c, i) => {
    if (i > 0 && c.seq !== req.changes[i - 1]!.seq + 1) throw refusals.validation('changes must be in sequence order without gaps');
  });

  return db.transaction(async (tx) => {
    const [locked] = await rows<{ last_seq: number }>(tx, sql`SELECT last_seq FROM desks WHERE id = ${desk.id} FOR UPDATE`);
    const lastSeq = Number(locked!.last_seq);
    const { epoch } = await platformEpoch(tx);
    if (req.epoch !== null && req.epoch !== epoch) throw refusals.epoch(epoch, lastSeq);

    const replays = req.changes.filter((c) => c.seq <= lastSeq);
    const fresh = req.changes.filter((c) => c.seq > lastSeq);
    if (fresh.length && fresh[0]!.seq !== lastSeq + 1) throw refusals.gap(lastSeq + 1);

    const stored = replays.length
      ? await tx
          .select({ seq: deskChanges.seq, result: deskChanges.result })
          .from(deskChanges)
          .where(sql`${deskChanges.deskId} = ${desk.id} AND ${deskChanges.seq} IN ${replays.map((c) => c.seq)}`)
      : [];
    const results: ChangeOutcome[] = stored.map((s) => s.result as ChangeOutcome);
    if (fresh.length) results.push(...(await applyFresh(tx, desk, fresh, now)));
    results.sort((a, b) => a.seq - b.seq);
    return { epoch, lastSeq: Math.max(lastSeq, ...fresh.map((c) => c.seq)), results };
  });
}

async function applyFresh(tx: Tx, desk: Desk, changes: DeskChange[], now: number): Promise<ChangeOutcome[]> {
  const held = await loadFacts(tx, changes);
  const log: LogEntry[] = [];
  const outcomes: ChangeOutcome[] = [];
  const newConflicts: (typeof conflicts.$inferInsert)[] = [];
  const newAliases: (typeof landlordAliases.$inferInsert)[] = [];
  const resolutions: { id: string; status: string; note: string | null; by: DeskChange['clerk'] }[] = [];

  for (const c of changes) {
    const base = {
      seq: c.seq,
      changeId: c.changeId,
      version: null,
      reason: null,
      conflictId: null,
      mappedTo: null,
      platformFields: null,
      conflict: null,
    };
    if (c.entity === RESOLUTION_ENTITY) {
      const d = decideResolution(c, held.conflicts.get(c.entityId) ?? null, desk.id);
      if (d.outcome === 'rejected') outcomes.push({ ...base, outcome: 'rejected', reason: reasonOf(d.reason) });
      else {
        if (d.changed) resolutions.push({ id: c.entityId, status: d.status, note: d.note, by: c.clerk });
        held.conflicts.set(c.entityId, { deskId: desk.id, status: d.status });
        outcomes.push({ ...base, outcome: 'applied' });
      }
      continue;
    }
    if (!isSyncEntity(c.entity)) {
      const d = decideChange(c, emptyFacts(desk));
      outcomes.push({ ...base, outcome: 'rejected', reason: d.outcome === 'rejected' ? reasonOf(d.reason) : null });
      continue;
    }
    const entity = c.entity;
    const change = rewriteAliases(c, held.aliases);
    const row = held.rows.get(key(entity, change.entityId)) ?? null;
    const property = propertyOf(entity, change, row, held);
    const facts: ChangeFacts = {
      desk: { id: desk.id, regionCode: desk.regionCode },
      row,
      property: property
        ? { id: property.id, regionCode: String(property.fields.regionCode), status: property.fields.status as 'active' | 'closed' }
        : null,
      missingReference: missingReference(entity, change, held),
      sameIdentity: entity === 'landlords' && change.intent === 'create' ? identityMatch(change, held) : null,
      serialTaken: entity === 'certificates' && change.intent === 'create' ? serialTaken(change, held) : false,
    };
    const d = decideChange(change, facts);
    if (d.outcome === 'rejected') {
      outcomes.push({
        ...base,
        outcome: 'rejected',
        reason: reasonOf(d.reason),
        platformFields: row ? row.fields : null,
        version: row?.version ?? null,
      });
    } else if (d.outcome === 'conflict') {
      const id = newUlid(now);
      newConflicts.push({
        id,
        deskId: desk.id,
        deskSeq: c.seq,
        changeId: c.changeId,
        entity,
        entityId: change.entityId,
        fields: d.fields,
        deskClerk: c.clerk,
        deskAt: c.at,
        baseVersion: c.baseVersion,
        platformVersion: row!.version,
        platformBy: row!.updatedBy,
        createdAt: now,
      });
      outcomes.push({
        ...base,
        outcome: 'conflict',
        conflictId: id,
        platformFields: row!.fields,
        version: row!.version,
        conflict: {
          fields: d.fields,
          platformBy: { deskId: row!.updatedBy.deskId, clerkName: row!.updatedBy.clerkName, at: row!.updatedBy.at },
        },
      });
    } else if (d.outcome === 'mapped') {
      newAliases.push({ aliasId: change.entityId, survivorId: d.to, deskId: desk.id, at: now });
      held.aliases.set(change.entityId, d.to);
      const survivor = held.rows.get(key('landlords', d.to));
      outcomes.push({
        ...base,
        outcome: 'mapped',
        mappedTo: d.to,
        version: survivor?.version ?? 1,
        platformFields: survivor?.fields ?? null,
      });
    } else {
      const scope = scopeOf(entity, d.fields, property, desk);
      const next: Held = {
        entity,
        id: change.entityId,
        scope,
        propertyId: entity === 'properties' ? change.entityId : (property?.id ?? null),
        version: d.version,
        fieldVersions: d.fieldVersions,
        fieldDesks: d.fieldDesks,
        fields: d.fields,
        deskId: row ? row.deskId : desk.id,
        createdAt: row?.createdAt ?? now,
        dirty: true,
        updatedBy: { deskId: desk.id, clerkId: c.clerk.id, clerkName: c.clerk.name, at: now },
      };
      held.rows.set(key(entity, change.entityId), next);
      // What later changes of the batch must see: this landlord's identity, this certificate's serial.
      if (entity === 'landlords') held.identities.set(identityKey(next.fields), next.id);
      if (entity === 'certificates') held.serials.add(String(next.fields.serial));
      if (Object.keys(d.changed).length) {
        // A certificate voided is news for every desk that may be shown it, not only this region's.
        const everywhere = entity === 'certificates' && d.changed.status === 'void';
        log.push({
          entity,
          entityId: change.entityId,
          intent: d.created ? 'create' : 'update',
          fields: d.changed,
          version: d.version,
          scope: everywhere ? null : scope,
          originDesk: desk.id,
          clerkId: c.clerk.id,
          clerkName: c.clerk.name,
          at: now,
        });
        if (entity === 'properties') log.push(...landlordForRegion(next, held, now));
      }
      outcomes.push({ ...base, outcome: 'applied', version: d.version });
    }
  }

  await writeRows(tx, held);
  if (newConflicts.length) await tx.insert(conflicts).values(newConflicts);
  if (newAliases.length) await tx.insert(landlordAliases).values(newAliases).onConflictDoNothing();
  for (const r of resolutions) {
    await tx.update(conflicts).set({ status: r.status, note: r.note, resolvedAt: now, resolvedBy: r.by }).where(eq(conflicts.id, r.id));
  }
  await insertJson(
    tx,
    'desk_changes',
    DESK_CHANGE_COLUMNS,
    changes.map((c, j) => ({
      desk_id: desk.id,
      seq: c.seq,
      change_id: c.changeId,
      entity: c.entity,
      entity_id: c.entityId,
      clerk_id: c.clerk.id,
      clerk_name: c.clerk.name,
      outcome: outcomes[j]!.outcome,
      result: outcomes[j],
      received_at: now,
    })),
  );
  await tx
    .update(desks)
    .set({ lastSeq: changes[changes.length - 1]!.seq, lastPushAt: now, schemaVersion: changes[changes.length - 1]!.schemaVersion })
    .where(sql`${desks.id} = ${desk.id}`);
  await appendLog(tx, log);
  return outcomes;
}

const emptyFacts = (desk: Desk): ChangeFacts => ({
  desk: { id: desk.id, regionCode: desk.regionCode },
  row: null,
  property: null,
  missingReference: null,
  sameIdentity: null,
  serialTaken: false,
});

interface HeldFacts {
  rows: Map<string, Held>;
  /** The platform's conflict records a batch's resolutions answer. */
  conflicts: Map<string, { deskId: string; status: string }>;
  aliases: Map<string, string>;
  identities: Map<string, string>;
  serials: Set<string>;
}

/** Everything the batch's decisions read, in a few queries per batch rather than a few per change. */
async function loadFacts(tx: Tx, changes: DeskChange[]): Promise<HeldFacts> {
  const wanted = new Map<SyncEntity, Set<string>>();
  const want = (entity: SyncEntity, id: unknown) => {
    if (typeof id !== 'string') return;
    if (!wanted.has(entity)) wanted.set(entity, new Set());
    wanted.get(entity)!.add(id);
  };
  const landlordRefs = new Set<string>();
  for (const c of changes) {
    if (!isSyncEntity(c.entity)) continue;
    want(c.entity, c.entityId);
    if (c.entity === 'landlords') landlordRefs.add(c.entityId);
    if (typeof c.fields.landlordId === 'string') landlordRefs.add(c.fields.landlordId);
    const link = PROPERTY_LINK[c.entity];
    if (link && 'field' in link) want(link.entity, c.fields[link.field]);
    if (c.entity === 'findings') want('inspections', c.fields.inspectionId);
    if (c.entity === 'householdMembers') want('tenancies', c.fields.tenancyId);
  }
  const aliases = new Map<string, string>();
  if (landlordRefs.size) {
    for (const a of await tx
      .select()
      .from(landlordAliases)
      .where(inArray(landlordAliases.aliasId, [...landlordRefs]))) {
      aliases.set(a.aliasId, a.survivorId);
      want('landlords', a.survivorId);
    }
  }
  const held = new Map<string, Held>();
  const load = async (entity: SyncEntity, ids: string[]) => {
    if (!ids.length) return;
    const table = CITY_TABLES[entity];
    for (const r of await tx.select().from(table).where(inArray(table.id, ids))) {
      held.set(key(entity, r.id), {
        entity,
        id: r.id,
        scope: r.scope,
        propertyId: r.propertyId,
        version: r.version,
        fieldVersions: r.fieldVersions as Record<string, number>,
        fieldDesks: r.fieldDesks as Record<string, string | null>,
        fields: r.fields as Record<string, unknown>,
        deskId: r.originDesk,
        createdAt: r.createdAt,
        dirty: false,
        updatedBy: { deskId: r.updatedDesk, clerkId: r.updatedClerk, clerkName: r.updatedClerkName, at: r.updatedAt },
      });
    }
  };
  for (const [entity, ids] of wanted) await load(entity, [...ids]);
  // The properties behind the rows just read (a room's, an inspection's) and behind landlords' properties.
  const properties = new Set<string>();
  for (const h of held.values()) if (h.propertyId && h.entity !== 'properties') properties.add(h.propertyId);
  for (const c of changes) if (c.entity === 'properties' && typeof c.fields.landlordId === 'string') want('landlords', c.fields.landlordId);
  await load(
    'properties',
    [...properties].filter((p) => !held.has(key('properties', p))),
  );
  await load(
    'landlords',
    [...(wanted.get('landlords') ?? [])].filter((l) => !held.has(key('landlords', l))),
  );

  const identities = new Map<string, string>();
  const creates = changes.filter((c) => c.entity === 'landlords' && c.intent === 'create');
  if (creates.length) {
    // One JSON parameter, not a list of (type, number) pairs: PGlite fails ("bad buffer ID") on a row-value IN of 300.
    const wantedIdentities = JSON.stringify(creates.map((c) => ({ t: String(c.fields.idType), n: String(c.fields.idNumber) })));
    const found = await rows<{ id: string; t: string; n: string }>(
      tx,
      sql`SELECT l.id, l.fields->>'idType' AS t, l.fields->>'idNumber' AS n
          FROM city_landlords l JOIN jsonb_to_recordset(${wantedIdentities}::jsonb) AS w(t text, n text)
            ON l.fields->>'idType' = w.t AND l.fields->>'idNumber' = w.n`,
    );
    for (const f of found) identities.set(`${f.t}|${f.n}`, f.id);
    // The survivors of a mapping: later changes of the batch point at them.
    await load(
      'landlords',
      found.map((f) => f.id).filter((id) => !held.has(key('landlords', id))),
    );
  }
  const serials = new Set<string>();
  const certs = changes.filter((c) => c.entity === 'certificates' && c.intent === 'create').map((c) => String(c.fields.serial));
  if (certs.length) {
    for (const r of await rows<{ s: string }>(
      tx,
      sql`SELECT fields->>'serial' AS s FROM city_certificates WHERE fields->>'serial' IN ${certs}`,
    )) {
      serials.add(r.s);
    }
  }
  const conflictsHeld = new Map<string, { deskId: string; status: string }>();
  const answered = changes.filter((c) => c.entity === RESOLUTION_ENTITY).map((c) => c.entityId);
  if (answered.length) {
    for (const r of await tx
      .select({ id: conflicts.id, deskId: conflicts.deskId, status: conflicts.status })
      .from(conflicts)
      .where(inArray(conflicts.id, answered))) {
      conflictsHeld.set(r.id, { deskId: r.deskId, status: r.status });
    }
  }
  return { rows: held, conflicts: conflictsHeld, aliases, identities, serials };
}

/** A landlord the city merged into another: the desk's references follow the survivor. */
function rewriteAliases(c: DeskChange, aliases: Map<string, string>): DeskChange {
  const entityId = c.entity === 'landlords' && c.intent === 'update' ? (aliases.get(c.entityId) ?? c.entityId) : c.entityId;
  const landlordId = typeof c.fields.landlordId === 'string' ? aliases.get(c.fields.landlordId) : undefined;
  return landlordId || entityId !== c.entityId ? { ...c, entityId, fields: landlordId ? { ...c.fields, landlordId } : c.fields } : c;
}

function propertyOf(entity: SyncEntity, c: DeskChange, row: Held | null, held: HeldFacts): Held | null {
  if (entity === 'properties') return row;
  const link = PROPERTY_LINK[entity];
  if (!link || !('field' in link)) return null;
  const via = (c.fields[link.field] as string | undefined) ?? (row ? row.propertyId : undefined);
  if (!via) return row?.propertyId ? (held.rows.get(key('properties', row.propertyId)) ?? null) : null;
  if (link.entity === 'properties') return held.rows.get(key('properties', via)) ?? null;
  // A finding reaches its property through its inspection; a household member through its tenancy.
  const parent = held.rows.get(key(link.entity, via));
  return parent?.propertyId ? (held.rows.get(key('properties', parent.propertyId)) ?? null) : null;
}

function missingReference(entity: SyncEntity, c: DeskChange, held: HeldFacts): ChangeFacts['missingReference'] {
  if (c.intent !== 'create') return null;
  const refs: [string, SyncEntity][] =
    entity === 'findings' ? [['inspectionId', 'inspections']] : entity === 'householdMembers' ? [['tenancyId', 'tenancies']] : [];
  if (entity === 'properties') refs.push(['landlordId', 'landlords']);
  for (const [field, target] of refs) {
    const id = c.fields[field];
    if (typeof id === 'string' && !held.rows.has(key(target, id))) return { entity: target, id };
  }
  return null;
}

const identityKey = (fields: Record<string, unknown>) => `${String(fields.idType)}|${String(fields.idNumber)}`;

/** The landlord the city has with this identity: stored, or created earlier in this same batch. */
function identityMatch(c: DeskChange, held: HeldFacts): { id: string } | null {
  const found = held.identities.get(identityKey(c.fields));
  return found && found !== c.entityId ? { id: found } : null;
}

function serialTaken(c: DeskChange, held: HeldFacts): boolean {
  return held.serials.has(String(c.fields.serial));
}

/** The region a row belongs to: its property's, or (a landlord, a tenant, a rule set) its desk's. */
function scopeOf(entity: SyncEntity, fields: Record<string, unknown>, property: Held | null, desk: Desk): string {
  if (entity === 'properties') return String(fields.regionCode);
  if (property) return String(property.fields.regionCode);
  return desk.regionCode;
}

/**
 * A property registered in a region whose desks do not know its landlord (the
 * landlord came in at another desk): the landlord's record is logged again for
 * that region, so the desks there never hold a property without its landlord.
 */
function landlordForRegion(property: Held, held: HeldFacts, now: number): LogEntry[] {
  const landlord = held.rows.get(key('landlords', String(property.fields.landlordId)));
  const region = String(property.fields.regionCode);
  if (!landlord || (landlord.scope !== null && region.startsWith(landlord.scope))) return [];
  return [
    {
      entity: 'landlords',
      entityId: landlord.id,
      intent: 'create',
      fields: landlord.fields,
      version: landlord.version,
      scope: region,
      originDesk: null,
      at: now,
    },
  ];
}

async function writeRows(tx: Tx, held: HeldFacts): Promise<void> {
  const byEntity = new Map<SyncEntity, Held[]>();
  for (const h of held.rows.values()) {
    if (!h.dirty) continue;
    if (!byEntity.has(h.entity)) byEntity.set(h.entity, []);
    byEntity.get(h.entity)!.push(h);
  }
  for (const [entity, list] of byEntity) {
    const rowsOut = list.map((h) => ({
      id: h.id,
      scope: h.scope,
      origin_desk: h.deskId,
      property_id: h.propertyId,
      version: h.version,
      field_versions: h.fieldVersions,
      field_desks: h.fieldDesks,
      fields: h.fields,
      created_at: h.createdAt,
      updated_at: h.updatedBy.at,
      updated_desk: h.updatedBy.deskId,
      updated_clerk: h.updatedBy.clerkId,
      updated_clerk_name: h.updatedBy.clerkName,
    }));
    await insertJson(tx, getTableName(CITY_TABLES[entity]), CITY_ROW_COLUMNS, rowsOut, CITY_ROW_UPSERT);
  }
}
