import { addDays, chinaDateTime } from '../dates';
import { accept, DomainError, invalid, refuse, type Decision, type IssueRef } from '../errors';
import type { MessageRef } from '../i18n/types';
import type { Reason } from '../rules/derive';
import type { DensityParams } from '../rules/density';
import { WINDOWS } from '../rules/windows';
import { idProblemToday } from '../schemas/person-id';
import type { FireStatus, PropertyStatus, RoomStatus } from '../schemas/property';
import type { CheckInInput, MemberInput, Relation, ReserveInput, TenantInput } from '../schemas/tenancy';
import { ADULT_AGE, ageOn, capacityProblem, countFromSizes, countHousehold, type HouseholdCount } from './household';

/**
 * The register's rules for putting a household in a room: check-in,
 * reservation, move, check-out and cancel. Each takes plain facts (loaded by
 * the handler inside its write transaction, so nobody can change the room
 * between the check and the write) and returns a refusal that names its
 * reason, or the plan of rows to write. No database, no clock of its own.
 */

/** The room asked for, with everything that decides whether it may be let now. */
export interface LettingFacts {
  /** null: no such room. */
  room: { id: string; propertyId: string; status: RoomStatus; areaM2: number } | null;
  property: { status: PropertyStatus; closedAuthority: string | null; closedReason: string | null } | null;
  /** The property's fire status by the live derivation today, never the cached column. */
  fire: { status: FireStatus; reasons: readonly Reason[] } | null;
  /** The reservation or tenancy holding the room, if any (a reservation may have run out). */
  holder: { id: string; status: 'reserved' | 'active'; reservedUntil: number | null; clerkName: string | null } | null;
  /** DEN-1 / DEN-2 of the rule set in force on the move-in day. */
  density: DensityParams;
}

export interface CurrentStay {
  tenancyId: string;
  status: 'reserved' | 'active';
  roomLabel: string;
  address: string;
  since: string;
}

/** A person the register already knows by ID, and where they live or hold a room now. */
export interface KnownPerson {
  id: string;
  name: string;
  stays: readonly CurrentStay[];
}

/** Known people by `personKey` of their ID. */
export type KnownPeople = ReadonlyMap<string, KnownPerson>;
export const personKey = (idType: string, idNumber: string) => `${idType}:${idNumber}`;

/** When the rule runs: the desk's business date and the write's instant. */
export interface LettingClock {
  today: string;
  at: number;
}

/** One person to register or update. What the clerk typed anew replaces what was stored; what was left blank keeps it. */
export interface PersonWrite {
  /** 0 is the tenant; 1.. the household members in the order typed. */
  slot: number;
  existingId: string | null;
  fields: {
    name: string;
    birthDate: string | undefined;
    mobile: string | undefined;
    originCode: string | undefined;
    employer: string | undefined;
    ebikeOwned: boolean;
  };
  identity: { idType: TenantInput['idType']; idNumber: string } | null;
  /** For a minor without an ID: the slot of the guardian, written before them. */
  guardianSlot: number | null;
}

export interface TenancyRow {
  roomId: string;
  propertyId: string;
  checkInOn: string;
  adults: number;
  children: number;
}

export interface ReservePlan {
  releaseHold: string | null;
  tenant: PersonWrite;
  tenancy: TenancyRow & { reservedUntil: number };
}

export interface CheckInPlan {
  /** A reservation whose hold ran out and still holds the room: released first. */
  releaseHold: string | null;
  /** In write order: people with an ID before the minors they are guardians of. */
  people: PersonWrite[];
  /** The reservation this check-in turns into the tenancy, or null for a new one. */
  reservationId: string | null;
  tenancy: TenancyRow & { expectedEndOn: string | null };
  members: { slot: number; relation: Relation }[];
}

export interface MovePlan {
  releaseHold: string | null;
  end: { tenancyId: string; on: string };
  /** The room left behind, made vacant if it was occupied. */
  vacateRoomId: string | null;
  tenancy: TenancyRow & { tenantId: string; expectedEndOn: string | null; movedFromId: string };
  members: { tenantId: string; relation: Relation | null }[];
}

export interface EndPlan {
  tenancyId: string;
  status: 'ended' | 'cancelled';
  checkedOutOn: string | null;
  vacateRoomId: string | null;
}

/** A tenancy as the check-out, cancel and move rules need it. */
export interface TenancyFacts {
  id: string;
  status: 'reserved' | 'active' | 'ended' | 'cancelled';
  roomId: string;
  roomStatus: RoomStatus;
  tenantId: string;
  checkInOn: string;
  expectedEndOn: string | null;
}

const notFound = (key: string, path?: string) => new DomainError('NOT_FOUND', key, path ? { issues: [{ path, key }] } : {});

/** A hold that has run out no longer holds the room. */
function liveHolder(f: LettingFacts, at: number) {
  const h = f.holder;
  if (h && h.status === 'reserved' && h.reservedUntil !== null && h.reservedUntil <= at) return { live: null, expired: h.id };
  return { live: h, expired: null };
}

/**
 * Whether the room may be let now, and to whom: a closed property, a fire
 * status other than compliant, a room marked unavailable, or someone else
 * holding it refuses. `reservationId` is the caller's own hold on it.
 */
export function roomRefusal(f: LettingFacts, at: number, reservationId?: string): DomainError | null {
  if (!f.room || !f.property || !f.fire) return notFound('tenancy.roomNotFound', 'roomId');
  if (f.property.status === 'closed') {
    return new DomainError('RULE_VIOLATION', {
      key: 'tenancy.propertyClosed',
      params: { authority: f.property.closedAuthority ?? '', reason: f.property.closedReason ?? '' },
    });
  }
  if (f.fire.status !== 'compliant') {
    return new DomainError('RULE_VIOLATION', {
      key: 'tenancy.notCompliant',
      params: { status: { key: `fireStatus.${f.fire.status}` }, why: [...f.fire.reasons] },
    });
  }
  if (f.room.status === 'unavailable') return new DomainError('RULE_VIOLATION', 'tenancy.roomUnavailable');
  const { live } = liveHolder(f, at);
  if (live && live.id !== reservationId) {
    if (live.status === 'active') {
      const by: MessageRef | string = live.clerkName ? { key: 'tenancy.takenBy', params: { name: live.clerkName } } : '';
      return new DomainError('CONFLICT', { key: 'tenancy.roomTaken', params: { by } }, { details: { tenancyId: live.id } });
    }
    return new DomainError(
      'CONFLICT',
      { key: 'tenancy.roomReserved', params: { until: chinaDateTime(live.reservedUntil ?? at) } },
      { details: { tenancyId: live.id } },
    );
  }
  return null;
}

/** DEN-1 and DEN-2 for this household in this room. */
export function capacityRefusal(areaM2: number, count: HouseholdCount, density: DensityParams): DomainError | null {
  const p = capacityProblem(areaM2, count, density);
  if (p?.rule === 'DEN-1') {
    return new DomainError('RULE_VIOLATION', {
      key: 'tenancy.overDen1',
      params: { area: p.areaM2, max: p.max, counted: p.counted, perPerson: p.perPerson },
    });
  }
  if (p?.rule === 'DEN-2') {
    return new DomainError('RULE_VIOLATION', { key: 'tenancy.overDen2', params: { cap: p.cap, counted: p.counted } });
  }
  return null;
}

/** A check-in is recorded on the day or late by a few weeks, never ahead (that is a reservation). */
export function checkInDateRefusal(on: string, today: string, path = 'checkInOn'): DomainError | null {
  if (on > today) return invalid([{ path, key: 'tenancy.checkInFuture' }]);
  if (on < addDays(today, -WINDOWS.lateCheckInDays)) {
    return invalid([{ path, key: 'tenancy.checkInTooOld', params: { days: WINDOWS.lateCheckInDays } }]);
  }
  return null;
}

/** Members without an ID must be minors on the day they move in, and born already. */
export function minorsRefusal(members: readonly MemberInput[], on: string): DomainError | null {
  const issues: IssueRef[] = [];
  members.forEach((m, i) => {
    if (!m.idNumber && m.birthDate && ageOn(m.birthDate, on) >= ADULT_AGE) {
      issues.push({ path: `members.${i}.idNumber`, key: 'tenant.notMinor', params: { name: m.name } });
    }
    if (m.birthDate && m.birthDate > on) issues.push({ path: `members.${i}.birthDate`, key: 'idNumber.futureBirthDate' });
  });
  return issues.length ? invalid(issues) : null;
}

/** The date-dependent half of the ID check (a birth date after today), as for landlords. */
export function idsTodayRefusal(people: readonly { path: string; person: TenantInput | MemberInput }[], today: string): DomainError | null {
  const issues: IssueRef[] = [];
  for (const { path, person } of people) {
    const problem = person.idNumber ? idProblemToday(person.idType, person.idNumber, today) : null;
    if (problem) issues.push({ path: `${path}.idNumber`, key: problem });
  }
  return issues.length ? invalid(issues) : null;
}

/** Nobody may live in two rooms of the register at once, or hold one while living in another. */
export function elsewhereRefusal(known: KnownPerson | undefined, path: string, except: string | null): DomainError | null {
  const stay = known?.stays.find((s) => s.tenancyId !== except);
  if (!known || !stay) return null;
  const ref = {
    key: 'tenant.alreadyCheckedIn',
    params: {
      name: known.name,
      address: stay.address,
      room: stay.roomLabel,
      since: stay.since,
      state: { key: `tenant.state.${stay.status}` },
    },
  };
  return new DomainError('RULE_VIOLATION', ref, { issues: [{ path, ...ref }], details: { tenancyId: stay.tenancyId } });
}

function personWrite(p: TenantInput | MemberInput, slot: number, known: KnownPeople, guardianSlot: number | null): PersonWrite {
  const identity = p.idNumber ? { idType: p.idType, idNumber: p.idNumber } : null;
  return {
    slot,
    existingId: identity ? (known.get(personKey(identity.idType, identity.idNumber))?.id ?? null) : null,
    fields: {
      name: p.name,
      birthDate: p.birthDate ?? undefined,
      mobile: p.mobile ?? undefined,
      originCode: p.originCode ?? undefined,
      employer: p.employer ?? undefined,
      ebikeOwned: p.ebikeOwned,
    },
    identity,
    guardianSlot: identity ? null : guardianSlot,
  };
}

const knownOf = (known: KnownPeople, p: TenantInput | MemberInput) => (p.idNumber ? known.get(personKey(p.idType, p.idNumber)) : undefined);

/** A hold on a room for a household that moves in later. */
export function planReserve(input: ReserveInput, f: LettingFacts, known: KnownPeople, clock: LettingClock): Decision<ReservePlan> {
  const { today, at } = clock;
  if (input.checkInOn < today || input.checkInOn > addDays(today, WINDOWS.reserveAheadDays)) {
    return refuse(invalid([{ path: 'checkInOn', key: 'tenancy.moveInRange', params: { days: WINDOWS.reserveAheadDays } }]));
  }
  const ids = idsTodayRefusal([{ path: 'tenant', person: input.tenant }], today);
  if (ids) return refuse(ids);
  const room = roomRefusal(f, at);
  if (room) return refuse(room);
  const capacity = capacityRefusal(f.room!.areaM2, countFromSizes(input.adults, input.children), f.density);
  if (capacity) return refuse(capacity);
  const elsewhere = elsewhereRefusal(knownOf(known, input.tenant), 'tenant.idNumber', null);
  if (elsewhere) return refuse(elsewhere);
  return accept({
    releaseHold: liveHolder(f, at).expired,
    tenant: personWrite(input.tenant, 0, known, null),
    tenancy: {
      roomId: f.room!.id,
      propertyId: f.room!.propertyId,
      reservedUntil: at + input.holdHours * 3_600_000,
      checkInOn: input.checkInOn,
      adults: input.adults,
      children: input.children,
    },
  });
}

export interface CheckInFacts {
  room: LettingFacts;
  /** The reservation named by the input, as stored. */
  reservation: { id: string; roomId: string; status: string } | null;
  known: KnownPeople;
}

/** A household moves in: the room, the household's size against DEN-1/DEN-2, and everyone's other homes. */
export function planCheckIn(input: CheckInInput, facts: CheckInFacts, clock: LettingClock): Decision<CheckInPlan> {
  const { today, at } = clock;
  const people = [input.tenant, ...input.members];
  const dateRefusal =
    checkInDateRefusal(input.checkInOn, today) ??
    minorsRefusal(input.members, input.checkInOn) ??
    idsTodayRefusal(
      people.map((person, i) => ({ path: i === 0 ? 'tenant' : `members.${i - 1}`, person })),
      today,
    );
  if (dateRefusal) return refuse(dateRefusal);

  const f = facts.room;
  const reservationId = input.reservationId ?? null;
  const room = roomRefusal(f, at, reservationId ?? undefined);
  if (room) return refuse(room);
  if (reservationId) {
    const r = facts.reservation;
    if (r && r.roomId !== f.room!.id) return refuse(new DomainError('RULE_VIOLATION', 'tenancy.reservationOtherRoom'));
    if (!r || r.status !== 'reserved' || liveHolder(f, at).live?.id !== r.id)
      return refuse(new DomainError('CONFLICT', 'tenancy.notReserved'));
  }
  const count = countHousehold(
    people.map((p) => p.birthDate),
    input.checkInOn,
  );
  const capacity = capacityRefusal(f.room!.areaM2, count, f.density);
  if (capacity) return refuse(capacity);

  const elsewhere =
    elsewhereRefusal(knownOf(facts.known, input.tenant), 'tenant.idNumber', reservationId) ??
    input.members.reduce<DomainError | null>(
      (found, m, i) => found ?? (m.idNumber ? elsewhereRefusal(knownOf(facts.known, m), `members.${i}.idNumber`, reservationId) : null),
      null,
    );
  if (elsewhere) return refuse(elsewhere);

  // Members with an ID first, so a minor's guardian has a row to point at.
  const writes: PersonWrite[] = [personWrite(input.tenant, 0, facts.known, null)];
  input.members.forEach((m, i) => {
    if (m.idNumber) writes.push(personWrite(m, i + 1, facts.known, null));
  });
  input.members.forEach((m, i) => {
    if (m.idNumber) return;
    const g = m.guardian ?? 'tenant';
    writes.push(personWrite(m, i + 1, facts.known, g === 'tenant' ? 0 : g + 1));
  });

  return accept({
    releaseHold: reservationId ? null : liveHolder(f, at).expired,
    people: writes,
    reservationId,
    tenancy: {
      roomId: f.room!.id,
      propertyId: f.room!.propertyId,
      checkInOn: input.checkInOn,
      expectedEndOn: input.expectedEndOn ?? null,
      adults: count.areaCounted,
      children: count.children,
    },
    members: input.members.map((m, i) => ({ slot: i + 1, relation: m.relation })),
  });
}

export interface MoveFacts {
  tenancy: TenancyFacts | null;
  /** Birth dates of everyone in the tenancy: they decide DEN-1/DEN-2 on the moving day. */
  birthDates: readonly (string | null)[];
  members: readonly { tenantId: string; relation: Relation | null }[];
  target: LettingFacts;
}

/** A household moves to another room of the register: the old stay ends, a new one starts the same day. */
export function planMove(
  input: { toRoomId: string; movedOn?: string | undefined },
  facts: MoveFacts,
  clock: LettingClock,
): Decision<MovePlan> {
  const on = input.movedOn ?? clock.today;
  const date = checkInDateRefusal(on, clock.today, 'movedOn');
  if (date) return refuse(date);
  const old = facts.tenancy;
  if (!old) return refuse(notFound('tenancy.notFound'));
  if (old.status !== 'active') {
    return refuse(new DomainError('CONFLICT', { key: 'tenancy.notActive', params: { action: { key: 'tenancy.action.move' } } }));
  }
  if (old.roomId === input.toRoomId) return refuse(invalid([{ path: 'toRoomId', key: 'tenancy.moveSameRoom' }]));
  if (on < old.checkInOn) {
    return refuse(invalid([{ path: 'movedOn', key: 'tenancy.checkOutBeforeCheckIn', params: { checkInOn: old.checkInOn } }]));
  }
  const room = roomRefusal(facts.target, clock.at);
  if (room) return refuse(room);
  const count = countHousehold(facts.birthDates, on);
  const capacity = capacityRefusal(facts.target.room!.areaM2, count, facts.target.density);
  if (capacity) return refuse(capacity);
  return accept({
    releaseHold: liveHolder(facts.target, clock.at).expired,
    end: { tenancyId: old.id, on },
    vacateRoomId: old.roomStatus === 'occupied' ? old.roomId : null,
    tenancy: {
      roomId: facts.target.room!.id,
      propertyId: facts.target.room!.propertyId,
      tenantId: old.tenantId,
      checkInOn: on,
      expectedEndOn: old.expectedEndOn && old.expectedEndOn > on ? old.expectedEndOn : null,
      adults: count.areaCounted,
      children: count.children,
      movedFromId: old.id,
    },
    members: facts.members.map((m) => ({ ...m })),
  });
}

/** The household leaves: on the day or a few days late, never before they came, never ahead. */
export function planCheckOut(t: TenancyFacts | null, checkedOutOn: string | undefined, today: string): Decision<EndPlan> {
  const on = checkedOutOn ?? today;
  if (!t) return refuse(notFound('tenancy.notFound'));
  if (t.status !== 'active') {
    return refuse(new DomainError('CONFLICT', { key: 'tenancy.notActive', params: { action: { key: 'tenancy.action.checkOut' } } }));
  }
  if (on > today) return refuse(invalid([{ path: 'checkedOutOn', key: 'tenancy.checkOutFuture' }]));
  if (on < t.checkInOn) {
    return refuse(invalid([{ path: 'checkedOutOn', key: 'tenancy.checkOutBeforeCheckIn', params: { checkInOn: t.checkInOn } }]));
  }
  return accept({ tenancyId: t.id, status: 'ended', checkedOutOn: on, vacateRoomId: t.roomStatus === 'occupied' ? t.roomId : null });
}

/** A reservation given up: the room is vacant again. */
export function planCancel(t: TenancyFacts | null): Decision<EndPlan> {
  if (!t) return refuse(notFound('tenancy.notFound'));
  if (t.status !== 'reserved') return refuse(new DomainError('CONFLICT', 'tenancy.notReserved'));
  return accept({ tenancyId: t.id, status: 'cancelled', checkedOutOn: null, vacateRoomId: t.roomStatus === 'reserved' ? t.roomId : null });
}
