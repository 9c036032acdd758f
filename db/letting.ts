import type { CheckInFacts, KnownPeople, LettingFacts, MoveFacts, TenancyFacts } from '../core/tenancy/letting';
import { personKey } from '../core/tenancy/letting';
import type { Relation } from '../core/schemas/tenancy';
import { deriveForProperty } from './fire-status';
import { ruleSetFor } from './rules';
import { currentStays, currentTenancyOfRoom } from './tenancies';
import type { Register } from './write';

/**
 * The facts core/tenancy/letting.ts decides on, read from the register as it
 * is inside the caller's write transaction. Reads only: the plan is applied
 * by letting-writes.ts.
 */

/** A room to let on `on` (the rule set in force that day decides DEN-1/DEN-2), judged by today's fire status. */
export function lettingFacts(reg: Register, roomId: string, on: string, today: string): LettingFacts {
  const density = ruleSetFor(reg, on).parameters;
  const room = reg.get('rooms', roomId);
  if (!room) return { room: null, property: null, fire: null, holder: null, density };
  const property = reg.get('properties', room.propertyId)!;
  const derived = deriveForProperty(reg, property.id, today)!;
  return {
    room: { id: room.id, propertyId: room.propertyId, status: room.status, areaM2: room.areaM2 },
    property: { status: property.status, closedAuthority: property.closedAuthority, closedReason: property.closedReason },
    fire: { status: derived.status, reasons: derived.reasons },
    holder: currentTenancyOfRoom(reg, roomId),
    density,
  };
}

/** The people the register already knows among those with an ID, and where each lives now. */
export function knownPeople(reg: Register, people: readonly { idType: string; idNumber: string | null }[]): KnownPeople {
  const known = new Map<string, { id: string; name: string; stays: ReturnType<typeof currentStays> }>();
  const find = reg.statement('SELECT id, name FROM tenants WHERE id_type = ? AND id_number = ?');
  for (const p of people) {
    if (!p.idNumber) continue;
    const row = find.get(p.idType, p.idNumber) as { id: string; name: string } | undefined;
    if (row) known.set(personKey(p.idType, p.idNumber), { ...row, stays: currentStays(reg, row.id) });
  }
  return known;
}

export function checkInFacts(
  reg: Register,
  input: {
    roomId: string;
    reservationId?: string | undefined;
    checkInOn: string;
    people: readonly { idType: string; idNumber: string | null }[];
  },
  today: string,
): CheckInFacts {
  const r = input.reservationId ? reg.get('tenancies', input.reservationId) : undefined;
  return {
    room: lettingFacts(reg, input.roomId, input.checkInOn, today),
    reservation: r ? { id: r.id, roomId: r.roomId, status: r.status } : null,
    known: knownPeople(reg, input.people),
  };
}

export function tenancyFacts(reg: Register, id: string): TenancyFacts | null {
  const t = reg.get('tenancies', id);
  if (!t) return null;
  const room = reg.get('rooms', t.roomId)!;
  return {
    id: t.id,
    status: t.status,
    roomId: t.roomId,
    roomStatus: room.status,
    tenantId: t.tenantId,
    checkInOn: t.checkInOn,
    expectedEndOn: t.expectedEndOn,
  };
}

export function moveFacts(reg: Register, tenancyId: string, toRoomId: string, on: string, today: string): MoveFacts {
  const birthDates = (
    reg
      .statement(
        `SELECT n.birth_date AS b FROM tenancies t JOIN tenants n ON n.id = t.tenant_id WHERE t.id = ?
         UNION ALL SELECT n.birth_date FROM household_members m JOIN tenants n ON n.id = m.tenant_id WHERE m.tenancy_id = ?`,
      )
      .all(tenancyId, tenancyId) as { b: string | null }[]
  ).map((r) => r.b);
  const members = (
    reg.statement('SELECT tenant_id AS tenantId, relation FROM household_members WHERE tenancy_id = ? ORDER BY rowid').all(tenancyId) as {
      tenantId: string;
      relation: Relation | null;
    }[]
  ).map((m) => ({ ...m }));
  return { tenancy: tenancyFacts(reg, tenancyId), birthDates, members, target: lettingFacts(reg, toRoomId, on, today) };
}
