import { and, eq, inArray, sql } from 'drizzle-orm';
import { ruleSetInForce } from '../../core/rules/applicability';
import { DEFAULT_RULE_SET } from '../../core/rules/default-rule-set';
import { deriveFireStatus, type StatusInputs } from '../../core/rules/derive';
import { ruleSetFromJson } from '../../core/rules/load';
import { ruleSetSchema, type RuleSet } from '../../core/rules/rule-set';
import type { FireStatus } from '../../core/schemas/statuses';
import { cityClosure, type PlatformRow } from '../../core/sync/decide';
import { newUlid } from './ids';
import type { PlatformDb } from './open';
import { cityHazards, cityInspections, cityProperties, cityRooms, cityRuleSets } from './schema';
import { appendLog } from './tx';

/**
 * What the city does itself: closures and their lifting (an enforcement act
 * every desk of the region pulls), publishing a checklist version (city-wide),
 * and reading its register with the same rules as the desks.
 */
export type CityAct = { close: true; reason: string; authority: string; on: string } | { close: false };

export async function enforce(
  db: PlatformDb,
  propertyId: string,
  act: CityAct,
  by: string,
  now: number,
): Promise<'done' | 'unchanged' | 'unknown'> {
  return db.transaction(async (tx) => {
    const [p] = await tx.select().from(cityProperties).where(eq(cityProperties.id, propertyId)).for('update');
    if (!p) return 'unknown';
    const row: PlatformRow = {
      version: p.version,
      fieldVersions: p.fieldVersions as Record<string, number>,
      fieldDesks: p.fieldDesks as Record<string, string | null>,
      fields: p.fields as Record<string, unknown>,
      deskId: p.originDesk,
    };
    const d = cityClosure(row, act);
    if (!d) return 'unchanged';
    await tx
      .update(cityProperties)
      .set({
        version: d.version,
        fieldVersions: d.fieldVersions,
        fieldDesks: d.fieldDesks,
        fields: { ...row.fields, ...d.changed },
        updatedAt: now,
        updatedDesk: null,
        updatedClerk: null,
        updatedClerkName: by,
      })
      .where(eq(cityProperties.id, propertyId));
    await appendLog(tx, [
      {
        entity: 'properties',
        entityId: propertyId,
        intent: 'update',
        fields: d.changed,
        version: d.version,
        scope: p.scope,
        originDesk: null,
        clerkName: by,
        at: now,
      },
    ]);
    return 'done';
  });
}

/** Rule sets the city knows: the built-in default and every published or desk-loaded version. */
export async function knownRuleSets(db: PlatformDb): Promise<RuleSet[]> {
  const stored = await db.select({ fields: cityRuleSets.fields }).from(cityRuleSets);
  const sets = [DEFAULT_RULE_SET];
  for (const s of stored) {
    const parsed = ruleSetSchema.safeParse((s.fields as { body?: unknown }).body);
    if (parsed.success) sets.push(parsed.data);
  }
  return sets.sort((a, b) => (a.effectiveFrom < b.effectiveFrom ? -1 : 1));
}

/** `admin rules publish`: a checklist version validated by core, pulled by every desk and applied from its date. */
export async function publishRuleSet(db: PlatformDb, json: string, by: string, now: number) {
  const decision = ruleSetFromJson(
    json,
    (await knownRuleSets(db)).map((r) => r.version),
  );
  if (!decision.ok) return decision;
  const rs = decision.plan;
  const id = newUlid(now);
  const fields = { ruleVersion: rs.version, effectiveFrom: rs.effectiveFrom, body: rs, loadedBy: by };
  await db.transaction(async (tx) => {
    await tx.insert(cityRuleSets).values({
      id,
      scope: null,
      originDesk: null,
      propertyId: null,
      version: 1,
      fieldVersions: Object.fromEntries(Object.keys(fields).map((f) => [f, 1])),
      fieldDesks: Object.fromEntries(Object.keys(fields).map((f) => [f, null])),
      fields,
      createdAt: now,
      updatedAt: now,
      updatedDesk: null,
      updatedClerk: null,
      updatedClerkName: by,
    });
    await appendLog(tx, [
      { entity: 'ruleSets', entityId: id, intent: 'create', fields, version: 1, scope: null, originDesk: null, clerkName: by, at: now },
    ]);
  });
  return { ok: true as const, plan: { id, version: rs.version, effectiveFrom: rs.effectiveFrom, items: rs.items.length } };
}

export interface DerivedProperty {
  id: string;
  address: string;
  regionCode: string;
  grid: string | null;
  landlordId: string;
  fireStatus: FireStatus;
  rooms: number;
  roomsByStatus: Record<FireStatus, number>;
}

/**
 * The properties of a region with their fire status derived by core's own
 * derivation — so `admin properties list --status overdue` shows what a desk
 * of that region shows.
 */
export async function derivedProperties(db: PlatformDb, regionCode: string, today: string): Promise<DerivedProperty[]> {
  const props = await db
    .select()
    .from(cityProperties)
    .where(sql`${cityProperties.scope} LIKE ${`${regionCode}%`}`)
    .orderBy(cityProperties.scope, cityProperties.id);
  if (!props.length) return [];
  const ids = props.map((p) => p.id);
  const group = <T extends { propertyId: string | null }>(list: T[]) => {
    const m = new Map<string, T[]>();
    for (const r of list) m.set(r.propertyId!, [...(m.get(r.propertyId!) ?? []), r]);
    return m;
  };
  const chunks = <T>(list: T[], n: number) => Array.from({ length: Math.ceil(list.length / n) }, (_, i) => list.slice(i * n, i * n + n));
  const all = async <T>(q: (chunk: string[]) => Promise<T[]>) => (await Promise.all(chunks(ids, 5000).map(q))).flat();
  const rooms = group(
    await all((c) =>
      db
        .select({ propertyId: cityRooms.propertyId, id: cityRooms.id, fields: cityRooms.fields })
        .from(cityRooms)
        .where(inArray(cityRooms.propertyId, c)),
    ),
  );
  const inspections = group(
    await all((c) =>
      db
        .select({ propertyId: cityInspections.propertyId, id: cityInspections.id, fields: cityInspections.fields })
        .from(cityInspections)
        .where(inArray(cityInspections.propertyId, c)),
    ),
  );
  const hazards = group(
    await all((c) =>
      db
        .select({ propertyId: cityHazards.propertyId, id: cityHazards.id, fields: cityHazards.fields })
        .from(cityHazards)
        .where(and(inArray(cityHazards.propertyId, c), sql`${cityHazards.fields}->>'status' = 'open'`)),
    ),
  );
  const params = ruleSetInForce(await knownRuleSets(db), today).parameters;
  return props.map((p) => {
    const f = p.fields as Record<string, unknown>;
    const inputs: StatusInputs = {
      closed: f.status === 'closed',
      rooms: (rooms.get(p.id) ?? []).map((r) => {
        const rf = r.fields as Record<string, unknown>;
        return {
          id: r.id,
          areaM2: Number(rf.areaM2),
          hasKitchen: rf.hasKitchen === true,
          status: rf.status as StatusInputs['rooms'][number]['status'],
        };
      }),
      inspections: (inspections.get(p.id) ?? []).map((i) => {
        const inf = i.fields as Record<string, unknown>;
        return { id: i.id, inspectedOn: String(inf.inspectedOn), kind: inf.kind as 'first' | 'routine' | 'reinspection' };
      }),
      hazards: (hazards.get(p.id) ?? []).map((h) => {
        const hf = h.fields as Record<string, unknown>;
        return {
          id: h.id,
          itemCode: String(hf.itemCode),
          roomId: (hf.roomId as string | null) ?? null,
          effects: (hf.effects as string[]) ?? [],
          deadline: String(hf.deadline),
          status: 'open' as const,
        };
      }),
      params,
      today,
    };
    const d = deriveFireStatus(inputs);
    const roomsByStatus = { uninspected: 0, compliant: 0, rectifying: 0, overdue: 0, expired: 0, closed: 0 } as Record<FireStatus, number>;
    roomsByStatus[d.status] = inputs.rooms.length;
    return {
      id: p.id,
      address: String(f.address),
      regionCode: String(f.regionCode),
      grid: (f.grid as string | null) ?? null,
      landlordId: String(f.landlordId),
      fireStatus: d.status,
      rooms: inputs.rooms.length,
      roomsByStatus,
    };
  });
}

export interface GridStats {
  grid: string;
  rooms: Record<FireStatus, number>;
  hazardsDue: number;
  hazardsRectified: number;
  /** 办结率: hazards rectified of those whose deadline has come; null when none has. */
  closeOutRate: number | null;
}

/** `admin stats`: rooms by fire status and the close-out rate (办结率) per grid: the city's own headline figures. */
export async function regionStats(db: PlatformDb, regionCode: string, today: string): Promise<GridStats[]> {
  const props = await derivedProperties(db, regionCode, today);
  const grids = new Map<string, GridStats>();
  const gridOf = new Map(props.map((p) => [p.id, p.grid ?? '—']));
  for (const p of props) {
    const g = grids.get(p.grid ?? '—') ?? {
      grid: p.grid ?? '—',
      rooms: { uninspected: 0, compliant: 0, rectifying: 0, overdue: 0, expired: 0, closed: 0 },
      hazardsDue: 0,
      hazardsRectified: 0,
      closeOutRate: null,
    };
    g.rooms[p.fireStatus] += p.rooms;
    grids.set(g.grid, g);
  }
  const due = await db
    .select({ propertyId: cityHazards.propertyId, fields: cityHazards.fields })
    .from(cityHazards)
    .where(and(sql`${cityHazards.scope} LIKE ${`${regionCode}%`}`, sql`${cityHazards.fields}->>'deadline' <= ${today}`));
  for (const h of due) {
    const g = grids.get(gridOf.get(h.propertyId ?? '') ?? '—');
    if (!g) continue;
    g.hazardsDue++;
    if ((h.fields as { status?: string }).status === 'rectified') g.hazardsRectified++;
  }
  for (const g of grids.values()) g.closeOutRate = g.hazardsDue ? Math.round((g.hazardsRectified / g.hazardsDue) * 1000) / 1000 : null;
  return [...grids.values()].sort((a, b) => (a.grid < b.grid ? -1 : 1));
}
