import type { CheckInPlan, EndPlan, MovePlan, PersonWrite, ReservePlan } from '../core/tenancy/letting';
import type { Writer } from './write';

/**
 * Applies the plans of core/tenancy/letting.ts through the write path: every
 * row audited and queued for sync in the caller's transaction.
 */

/** A reservation whose hold ran out: cancelled, its room vacant again. */
export function releaseHold(w: Writer, tenancyId: string | null): void {
  if (!tenancyId) return;
  const t = w.update('tenancies', tenancyId, { status: 'cancelled' });
  if (w.reg.get('rooms', t.roomId)?.status === 'reserved') w.update('rooms', t.roomId, { status: 'vacant' });
}

function writePerson(w: Writer, p: PersonWrite, guardianId: string | null): string {
  if (p.existingId) return w.update('tenants', p.existingId, p.fields).id;
  return w.insert('tenants', {
    ...p.fields,
    idType: p.identity?.idType ?? null,
    idNumber: p.identity?.idNumber ?? null,
    guardianId: p.identity ? null : guardianId,
  }).id;
}

export function writeReserve(w: Writer, plan: ReservePlan): string {
  releaseHold(w, plan.releaseHold);
  const tenantId = writePerson(w, plan.tenant, null);
  const t = w.insert('tenancies', { ...plan.tenancy, tenantId, status: 'reserved' });
  w.update('rooms', plan.tenancy.roomId, { status: 'reserved' });
  return t.id;
}

export function writeCheckIn(w: Writer, plan: CheckInPlan): string {
  releaseHold(w, plan.releaseHold);
  const ids = new Map<number, string>();
  for (const p of plan.people) ids.set(p.slot, writePerson(w, p, p.guardianSlot === null ? null : ids.get(p.guardianSlot)!));
  const fields = { ...plan.tenancy, tenantId: ids.get(0)!, status: 'active' as const, reservedUntil: null };
  const id = plan.reservationId ? w.update('tenancies', plan.reservationId, fields).id : w.insert('tenancies', fields).id;
  for (const m of plan.members) w.insert('householdMembers', { tenancyId: id, tenantId: ids.get(m.slot)!, relation: m.relation });
  w.update('rooms', plan.tenancy.roomId, { status: 'occupied' });
  return id;
}

export function writeEnd(w: Writer, plan: EndPlan): void {
  w.update('tenancies', plan.tenancyId, { status: plan.status, ...(plan.checkedOutOn ? { checkedOutOn: plan.checkedOutOn } : {}) });
  if (plan.vacateRoomId) w.update('rooms', plan.vacateRoomId, { status: 'vacant' });
}

export function writeMove(w: Writer, plan: MovePlan): string {
  releaseHold(w, plan.releaseHold);
  w.update('tenancies', plan.end.tenancyId, { status: 'ended', checkedOutOn: plan.end.on });
  if (plan.vacateRoomId) w.update('rooms', plan.vacateRoomId, { status: 'vacant' });
  const moved = w.insert('tenancies', { ...plan.tenancy, status: 'active' });
  for (const m of plan.members) w.insert('householdMembers', { tenancyId: moved.id, tenantId: m.tenantId, relation: m.relation });
  w.update('rooms', plan.tenancy.roomId, { status: 'occupied' });
  return moved.id;
}
