import { addDays, chinaDateTime } from '../../core/dates';
import { DomainError, type IssueRef } from '../../core/errors';
import { translate } from '../../core/i18n/catalog';
import { ADULT_AGE, ageOn, capacityProblem, type HouseholdCount } from '../../core/tenancy/household';
import type { MemberInput, TenantInput } from '../../core/schemas/tenancy';
import { idProblemToday } from '../../core/schemas/person-id';
import { deriveForProperty } from '../../db/fire-status';
import { ruleSetFor } from '../../db/rules';
import { currentStays, currentTenancyOfRoom, findTenantByIdNumber, releaseExpiredReservations } from '../../db/tenancies';
import type { EntityRow } from '../../db/entities';
import type { Writer } from '../../db/write';
import type { CallContext } from './context';

/**
 * The register's rules for putting a household in a room, checked inside the
 * write transaction (IMMEDIATE: no other clerk can change the room between the
 * check and the write) against the live derivation of the property's status,
 * not the cached column. A refusal names its reason in the clerk's language.
 */
export const LATE_CHECK_IN_DAYS = 30;
export const RESERVE_AHEAD_DAYS = 60;

export const invalid = (issues: IssueRef[]) => new DomainError('VALIDATION', 'error.validation', { issues });

export function roomForLetting(ctx: CallContext, w: Writer, roomId: string, today: string, opts: { reservationId?: string } = {}): EntityRow<'rooms'> {
  releaseExpiredReservations(w, w.ctx.at, roomId);
  const room = w.reg.get('rooms', roomId);
  if (!room) throw new DomainError('NOT_FOUND', 'tenancy.roomNotFound', { issues: [{ path: 'roomId', key: 'tenancy.roomNotFound' }] });
  const property = w.reg.get('properties', room.propertyId)!;
  if (property.status === 'closed') {
    throw new DomainError('RULE_VIOLATION', {
      key: 'tenancy.propertyClosed',
      params: { authority: property.closedAuthority ?? '', reason: property.closedReason ?? '' },
    });
  }
  const derived = deriveForProperty(w.reg, property.id, today)!;
  if (derived.status !== 'compliant') {
    const why = derived.reasons.map((r) => translate(r.key, ctx.lang, r.params)).join('；');
    throw new DomainError('RULE_VIOLATION', {
      key: 'tenancy.notCompliant',
      params: { status: translate(`tenancy.fireStatus.${derived.status}`, ctx.lang), why },
    });
  }
  if (room.status === 'unavailable') throw new DomainError('RULE_VIOLATION', 'tenancy.roomUnavailable');
  const current = currentTenancyOfRoom(w.reg, roomId);
  if (current && current.id !== opts.reservationId) {
    if (current.status === 'active') {
      const by = current.clerkName ? (ctx.lang === 'zh' ? `工作人员${current.clerkName}` : ` by ${current.clerkName}`) : '';
      throw new DomainError('CONFLICT', { key: 'tenancy.roomTaken', params: { by } }, { details: { tenancyId: current.id } });
    }
    throw new DomainError(
      'CONFLICT',
      { key: 'tenancy.roomReserved', params: { until: chinaDateTime(current.reservedUntil ?? w.ctx.at) } },
      { details: { tenancyId: current.id } },
    );
  }
  if (opts.reservationId) {
    const r = w.reg.get('tenancies', opts.reservationId);
    if (r && r.roomId !== roomId) throw new DomainError('RULE_VIOLATION', 'tenancy.reservationOtherRoom');
    if (!r || r.status !== 'reserved' || current?.id !== r.id) throw new DomainError('CONFLICT', 'tenancy.notReserved');
  }
  return room;
}

/** DEN-1 and DEN-2 under the rule set in force on `on`. */
export function checkCapacity(w: Writer, room: EntityRow<'rooms'>, count: HouseholdCount, on: string): void {
  const params = ruleSetFor(w.reg, on).parameters;
  const p = capacityProblem(room.areaM2, count, params);
  if (p?.rule === 'DEN-1') {
    throw new DomainError('RULE_VIOLATION', {
      key: 'tenancy.overDen1',
      params: { area: p.areaM2, max: p.max, counted: p.counted, perPerson: p.perPerson },
    });
  }
  if (p?.rule === 'DEN-2') {
    throw new DomainError('RULE_VIOLATION', { key: 'tenancy.overDen2', params: { cap: p.cap, counted: p.counted } });
  }
}

/** Minors without an ID must be under 18 on the day they move in. */
export function checkMinors(members: readonly MemberInput[], on: string): void {
  const issues: IssueRef[] = [];
  members.forEach((m, i) => {
    if (!m.idNumber && m.birthDate && ageOn(m.birthDate, on) >= ADULT_AGE) {
      issues.push({ path: `members.${i}.idNumber`, key: 'tenant.notMinor', params: { name: m.name } });
    }
    if (m.birthDate && m.birthDate > on) issues.push({ path: `members.${i}.birthDate`, key: 'idNumber.futureBirthDate' });
  });
  if (issues.length) throw invalid(issues);
}

/** The date-dependent half of the ID check (a birth date after today), as for landlords. */
export function checkIdsToday(people: { path: string; person: TenantInput | MemberInput }[], today: string): void {
  const issues: IssueRef[] = [];
  for (const { path, person } of people) {
    const problem = person.idNumber ? idProblemToday(person.idType, person.idNumber, today) : null;
    if (problem) issues.push({ path: `${path}.idNumber`, key: problem });
  }
  if (issues.length) throw invalid(issues);
}

export function checkCheckInDate(checkInOn: string, today: string, path = 'checkInOn'): void {
  if (checkInOn > today) throw invalid([{ path, key: 'tenancy.checkInFuture' }]);
  if (checkInOn < addDays(today, -LATE_CHECK_IN_DAYS)) throw invalid([{ path, key: 'tenancy.checkInTooOld', params: { days: LATE_CHECK_IN_DAYS } }]);
}

type Person = TenantInput | MemberInput;

/**
 * Finds the person by ID (a tenant comes back for a new room) or registers
 * them. What the clerk typed anew replaces what was stored; what was left
 * blank keeps the stored value. A person without an ID is always new.
 */
export function savePerson(w: Writer, p: Person, guardianId: string | null): string {
  const fields = {
    name: p.name,
    birthDate: p.birthDate ?? undefined,
    mobile: p.mobile ?? undefined,
    originCode: p.originCode ?? undefined,
    employer: p.employer ?? undefined,
    ebikeOwned: p.ebikeOwned,
  };
  if (p.idNumber) {
    const existing = findTenantByIdNumber(w.reg, p.idType, p.idNumber);
    if (existing) {
      w.update('tenants', existing.id, fields);
      return existing.id;
    }
    return w.insert('tenants', { ...fields, idType: p.idType, idNumber: p.idNumber, guardianId: null }).id;
  }
  return w.insert('tenants', { ...fields, idType: null, idNumber: null, guardianId }).id;
}

/** Nobody may live in two rooms of the register at once (or hold one while living in another). */
export function checkNotStaying(ctx: CallContext, w: Writer, tenantId: string, path: string, except: string | null): void {
  const stay = currentStays(w.reg, tenantId).find((s) => s.tenancyId !== except);
  if (!stay) return;
  const name = w.reg.get('tenants', tenantId)!.name;
  const ref = {
    key: 'tenant.alreadyCheckedIn',
    params: { name, address: stay.address, room: stay.roomLabel, since: stay.since, state: translate(`tenant.state.${stay.status}`, ctx.lang) },
  };
  throw new DomainError('RULE_VIOLATION', ref, { issues: [{ path, ...ref }], details: { tenancyId: stay.tenancyId } });
}
