import { deriveFireStatus, type Derived, type StatusInputs } from '../core/rules/derive';
import type { RuleSet } from '../core/rules/rule-set';
import type { FireStatus } from '../core/schemas/property';
import { ruleSetFor } from './rules';
import type { Register, Writer } from './write';

/** Everything core's derivation needs about one property, read from the register. */
export function statusInputs(reg: Register, propertyId: string, today: string): { inputs: StatusInputs; ruleSet: RuleSet } | null {
  const p = reg.statement('SELECT status FROM properties WHERE id = ?').get(propertyId) as { status: string } | undefined;
  if (!p) return null;
  const ruleSet = ruleSetFor(reg, today);
  const rooms = (
    reg.statement('SELECT id, area_m2, has_kitchen, status FROM rooms WHERE property_id = ? ORDER BY floor, label').all(propertyId) as {
      id: string;
      area_m2: number;
      has_kitchen: number;
      status: StatusInputs['rooms'][number]['status'];
    }[]
  ).map((r) => ({ id: r.id, areaM2: r.area_m2, hasKitchen: r.has_kitchen === 1, status: r.status }));
  const inspections = reg
    .statement('SELECT id, inspected_on AS inspectedOn, kind FROM inspections WHERE property_id = ?')
    .all(propertyId) as StatusInputs['inspections'][number][];
  const hazards = (
    reg
      .statement('SELECT id, item_code, room_id, effects, deadline, status FROM hazards WHERE property_id = ? ORDER BY deadline, id')
      .all(propertyId) as {
      id: string;
      item_code: string;
      room_id: string | null;
      effects: string;
      deadline: string;
      status: 'open' | 'rectified';
    }[]
  ).map((h) => ({
    id: h.id,
    itemCode: h.item_code,
    roomId: h.room_id,
    effects: JSON.parse(h.effects) as string[],
    deadline: h.deadline,
    status: h.status,
  }));
  return {
    ruleSet,
    inputs: { closed: p.status === 'closed', rooms, inspections, hazards, params: ruleSet.parameters, today },
  };
}

export function deriveForProperty(reg: Register, propertyId: string, today: string): (Derived & { ruleVersion: string }) | null {
  const s = statusInputs(reg, propertyId, today);
  return s ? { ...deriveFireStatus(s.inputs), ruleVersion: s.ruleSet.version } : null;
}

/**
 * Recomputes a property's derived fire status and its rooms' derived facts
 * (maximum occupants, cooking permitted) and stores them in the cache columns
 * through the write path. Call it inside the write transaction of anything
 * that changes those inputs: room edits, inspections, hazards, closures.
 * It also escalates overdue hazards (marked for the platform through the
 * outbox) and voids the property's certificates when it stops being compliant.
 */
export function refreshFireStatus(w: Writer, propertyId: string, today: string): FireStatus {
  const d = deriveForProperty(w.reg, propertyId, today);
  if (!d) throw new Error(`no property ${propertyId}`);
  const p = w.reg.get('properties', propertyId)!;
  if (p.fireStatus !== d.status || p.fireStatusUntil !== d.changesOn) {
    w.update('properties', propertyId, { fireStatus: d.status, fireStatusUntil: d.changesOn });
  }
  // The rooms' cached facts in one read: a property's refresh runs for every page a sync pull touches it in.
  const cached = new Map(
    (
      w.reg.statement('SELECT id, max_occupants AS m, cooking_permitted AS c FROM rooms WHERE property_id = ?').all(propertyId) as {
        id: string;
        m: number;
        c: number;
      }[]
    ).map((r) => [r.id, r]),
  );
  for (const r of d.rooms) {
    const room = cached.get(r.id)!;
    if (room.m !== r.maxOccupants || room.c !== (r.cookingPermitted ? 1 : 0)) {
      w.update('rooms', r.id, { maxOccupants: r.maxOccupants, cookingPermitted: r.cookingPermitted });
    }
  }
  const overdue = w.reg
    .statement("SELECT id FROM hazards WHERE property_id = ? AND status = 'open' AND deadline < ? AND escalated_at IS NULL")
    .all(propertyId, today) as { id: string }[];
  for (const h of overdue) w.update('hazards', h.id, { escalatedAt: w.ctx.at });
  if (d.status !== 'compliant') {
    const valid = w.reg.statement("SELECT id FROM certificates WHERE property_id = ? AND status = 'valid'").all(propertyId) as {
      id: string;
    }[];
    for (const c of valid) w.update('certificates', c.id, { status: 'void', voidReason: `auto:${d.status}`, voidedAt: w.ctx.at });
  }
  return d.status;
}

/**
 * The derivation for every property at once: four bulk reads grouped in
 * memory instead of four queries per property. Used when the rule set in
 * force changes (every cache may move) and by the bench.
 */
export function deriveAll(reg: Register, today: string): Map<string, Derived> {
  const ruleSet = ruleSetFor(reg, today);
  const group = <T extends { p: string }>(rows: T[]) => {
    const m = new Map<string, T[]>();
    for (const r of rows) {
      const list = m.get(r.p);
      if (list) list.push(r);
      else m.set(r.p, [r]);
    }
    return m;
  };
  const rooms = group(
    reg
      .statement('SELECT property_id AS p, id, area_m2 AS areaM2, has_kitchen AS k, status FROM rooms ORDER BY property_id, floor, label')
      .all() as { p: string; id: string; areaM2: number; k: number; status: StatusInputs['rooms'][number]['status'] }[],
  );
  const inspections = group(
    reg.statement('SELECT property_id AS p, id, inspected_on AS inspectedOn, kind FROM inspections').all() as ({
      p: string;
    } & StatusInputs['inspections'][number])[],
  );
  const hazards = group(
    reg
      .statement(
        'SELECT property_id AS p, id, item_code AS itemCode, room_id AS roomId, effects, ' +
          "deadline, status FROM hazards WHERE status = 'open' ORDER BY property_id, deadline, id",
      )
      .all() as { p: string; id: string; itemCode: string; roomId: string | null; effects: string; deadline: string; status: 'open' }[],
  );
  const out = new Map<string, Derived>();
  for (const p of reg.statement('SELECT id, status FROM properties').all() as { id: string; status: string }[]) {
    out.set(
      p.id,
      deriveFireStatus({
        closed: p.status === 'closed',
        rooms: (rooms.get(p.id) ?? []).map((r) => ({ id: r.id, areaM2: r.areaM2, hasKitchen: r.k === 1, status: r.status })),
        inspections: inspections.get(p.id) ?? [],
        // Rectified hazards never change the answer, so only open ones are read.
        hazards: (hazards.get(p.id) ?? []).map((h) => ({ ...h, effects: JSON.parse(h.effects) as string[] })),
        params: ruleSet.parameters,
        today,
      }),
    );
  }
  return out;
}

/** Properties whose cached status or room facts differ from the derivation. */
function staleIn(reg: Register, derived: Map<string, Derived>): string[] {
  const cachedProps = new Map(
    (
      reg.statement('SELECT id, fire_status AS s, fire_status_until AS u FROM properties').all() as {
        id: string;
        s: string;
        u: string | null;
      }[]
    ).map((r) => [r.id, r]),
  );
  const cachedRooms = new Map(
    (reg.statement('SELECT id, max_occupants AS m, cooking_permitted AS c FROM rooms').all() as { id: string; m: number; c: number }[]).map(
      (r) => [r.id, r],
    ),
  );
  const stale: string[] = [];
  for (const [id, d] of derived) {
    const c = cachedProps.get(id)!;
    const roomsDiffer = d.rooms.some((r) => {
      const cr = cachedRooms.get(r.id)!;
      return cr.m !== r.maxOccupants || (cr.c === 1) !== r.cookingPermitted;
    });
    if (c.s !== d.status || c.u !== d.changesOn || roomsDiffer) stale.push(id);
  }
  return stale;
}

const RULES_KEY = 'fire.ruleVersion';

/**
 * Brings stale caches up to date for `today`: properties whose cached status
 * may have changed with the date (a deadline or an expiry passed), or all of
 * them when the rule set in force changed. Batches of 500 properties per
 * transaction keep the write lock short. Returns how many were recomputed.
 */
export function refreshStaleStatuses(reg: Register, today: string, at: number): number {
  const version = ruleSetFor(reg, today).version;
  const applied = reg.statement('SELECT value FROM desk_state WHERE key = ?').get(RULES_KEY) as { value: string } | undefined;
  const all = applied !== undefined && applied.value !== version;
  const ids = all
    ? staleIn(reg, deriveAll(reg, today)).map((id) => ({ id }))
    : (reg.statement('SELECT id FROM properties WHERE fire_status_until IS NOT NULL AND fire_status_until <= ?').all(today) as {
        id: string;
      }[]);
  for (let i = 0; i < ids.length; i += 500) {
    reg.write({ clerkId: null, action: 'fire.refresh', at }, (w) => {
      for (const { id } of ids.slice(i, i + 500)) refreshFireStatus(w, id, today);
    });
  }
  if (applied?.value !== version) {
    // desk_state is this desk's own bookkeeping (like sync_state), not register data: no audit, no outbox.
    reg
      .statement(
        'INSERT INTO desk_state (key, value, updated_at) VALUES (?, ?, ?) ON CONFLICT(key) ' +
          'DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at',
      )
      .run(RULES_KEY, version, at);
  }
  return ids.length;
}
