import { addDays } from '../../core/dates';
import { DomainError } from '../../core/errors';
import { translate } from '../../core/i18n/catalog';
import { countFromSizes, countHousehold } from '../../core/tenancy/household';
import { regionFullName } from '../../core/regions';
import { readDesk } from '../../db/desk';
import { deriveForProperty } from '../../db/fire-status';
import { dailyLists, tenancyDetail } from '../../db/tenancies';
import type { Writer } from '../../db/write';
import type { CallContext } from './context';
import {
  checkCapacity,
  checkCheckInDate,
  checkIdsToday,
  checkMinors,
  checkNotStaying,
  invalid,
  RESERVE_AHEAD_DAYS,
  roomForLetting,
  savePerson,
} from './tenancy-rules';
import type { HandlerMap } from './types';

type Names =
  | 'tenancies.reserve'
  | 'tenancies.cancel'
  | 'tenancies.checkIn'
  | 'tenancies.checkOut'
  | 'tenancies.move'
  | 'tenancies.get'
  | 'tenancies.receipt'
  | 'tenancies.daily';

const detailOf = (w: { reg: Writer['reg'] }, id: string) => tenancyDetail(w.reg, id)!;

function tenancyOrThrow(w: Writer, id: string) {
  const t = w.reg.get('tenancies', id);
  if (!t) throw new DomainError('NOT_FOUND', 'tenancy.notFound');
  return t;
}

/** The persons of a stored tenancy, for a move: their birth dates decide DEN-1/DEN-2 on the moving day. */
function storedBirthDates(w: Writer, tenancyId: string): (string | null)[] {
  return (
    w.reg
      .statement(
        `SELECT n.birth_date AS b FROM tenancies t JOIN tenants n ON n.id = t.tenant_id WHERE t.id = ?
         UNION ALL SELECT n.birth_date FROM household_members m JOIN tenants n ON n.id = m.tenant_id WHERE m.tenancy_id = ?`,
      )
      .all(tenancyId, tenancyId) as { b: string | null }[]
  ).map((r) => r.b);
}

export const tenancyHandlers: HandlerMap<Names> = {
  'tenancies.reserve': (ctx, input) => {
    const today = ctx.today();
    if (input.checkInOn < today || input.checkInOn > addDays(today, RESERVE_AHEAD_DAYS)) {
      throw invalid([{ path: 'checkInOn', key: 'tenancy.moveInRange', params: { days: RESERVE_AHEAD_DAYS } }]);
    }
    checkIdsToday([{ path: 'tenant', person: input.tenant }], today);
    return ctx.write('tenancies.reserve', (w) => {
      const room = roomForLetting(ctx, w, input.roomId, today);
      checkCapacity(w, room, countFromSizes(input.adults, input.children), input.checkInOn);
      const tenantId = savePerson(w, input.tenant, null);
      checkNotStaying(ctx, w, tenantId, 'tenant.idNumber', null);
      const t = w.insert('tenancies', {
        roomId: room.id,
        propertyId: room.propertyId,
        tenantId,
        status: 'reserved',
        reservedUntil: w.ctx.at + input.holdHours * 3_600_000,
        checkInOn: input.checkInOn,
        adults: input.adults,
        children: input.children,
      });
      w.update('rooms', room.id, { status: 'reserved' });
      return detailOf(w, t.id);
    });
  },

  'tenancies.cancel': (ctx, input) =>
    ctx.write('tenancies.cancel', (w) => {
      const t = tenancyOrThrow(w, input.id);
      if (t.status !== 'reserved') throw new DomainError('CONFLICT', 'tenancy.notReserved');
      w.update('tenancies', t.id, { status: 'cancelled' });
      if (w.reg.get('rooms', t.roomId)?.status === 'reserved') w.update('rooms', t.roomId, { status: 'vacant' });
      return detailOf(w, t.id);
    }),

  'tenancies.checkIn': (ctx, input) => {
    const today = ctx.today();
    checkCheckInDate(input.checkInOn, today);
    checkMinors(input.members, input.checkInOn);
    checkIdsToday([{ path: 'tenant', person: input.tenant }, ...input.members.map((m, i) => ({ path: `members.${i}`, person: m }))], today);
    return ctx.write('tenancies.checkIn', (w) => {
      const room = roomForLetting(ctx, w, input.roomId, today, input.reservationId ? { reservationId: input.reservationId } : {});
      const count = countHousehold([input.tenant, ...input.members].map((p) => p.birthDate), input.checkInOn);
      checkCapacity(w, room, count, input.checkInOn);

      const tenantId = savePerson(w, input.tenant, null);
      checkNotStaying(ctx, w, tenantId, 'tenant.idNumber', input.reservationId ?? null);
      // Members with an ID first, so a minor's guardian has a row to point at.
      const memberIds: (string | null)[] = input.members.map(() => null);
      input.members.forEach((m, i) => {
        if (!m.idNumber) return;
        memberIds[i] = savePerson(w, m, null);
        checkNotStaying(ctx, w, memberIds[i]!, `members.${i}.idNumber`, input.reservationId ?? null);
      });
      input.members.forEach((m, i) => {
        if (m.idNumber) return;
        const g = m.guardian ?? 'tenant';
        memberIds[i] = savePerson(w, m, g === 'tenant' ? tenantId : memberIds[g]!);
      });

      const fields = {
        tenantId,
        status: 'active' as const,
        reservedUntil: null,
        checkInOn: input.checkInOn,
        expectedEndOn: input.expectedEndOn ?? null,
        adults: count.areaCounted,
        children: count.children,
      };
      const id = input.reservationId
        ? w.update('tenancies', input.reservationId, fields).id
        : w.insert('tenancies', { roomId: room.id, propertyId: room.propertyId, ...fields }).id;
      input.members.forEach((m, i) => w.insert('householdMembers', { tenancyId: id, tenantId: memberIds[i]!, relation: m.relation }));
      w.update('rooms', room.id, { status: 'occupied' });
      return detailOf(w, id);
    });
  },

  'tenancies.checkOut': (ctx, input) => {
    const today = ctx.today();
    const on = input.checkedOutOn ?? today;
    return ctx.write('tenancies.checkOut', (w) => {
      const t = tenancyOrThrow(w, input.id);
      if (t.status !== 'active') {
        throw new DomainError('CONFLICT', { key: 'tenancy.notActive', params: { action: actionName(ctx, 'checkOut') } });
      }
      if (on > today) throw invalid([{ path: 'checkedOutOn', key: 'tenancy.checkOutFuture' }]);
      if (on < t.checkInOn) throw invalid([{ path: 'checkedOutOn', key: 'tenancy.checkOutBeforeCheckIn', params: { checkInOn: t.checkInOn } }]);
      w.update('tenancies', t.id, { status: 'ended', checkedOutOn: on });
      if (w.reg.get('rooms', t.roomId)?.status === 'occupied') w.update('rooms', t.roomId, { status: 'vacant' });
      return detailOf(w, t.id);
    });
  },

  'tenancies.move': (ctx, input) => {
    const today = ctx.today();
    const on = input.movedOn ?? today;
    checkCheckInDate(on, today, 'movedOn');
    return ctx.write('tenancies.move', (w) => {
      const old = tenancyOrThrow(w, input.id);
      if (old.status !== 'active') {
        throw new DomainError('CONFLICT', { key: 'tenancy.notActive', params: { action: actionName(ctx, 'move') } });
      }
      if (old.roomId === input.toRoomId) throw invalid([{ path: 'toRoomId', key: 'tenancy.moveSameRoom' }]);
      if (on < old.checkInOn) throw invalid([{ path: 'movedOn', key: 'tenancy.checkOutBeforeCheckIn', params: { checkInOn: old.checkInOn } }]);
      const room = roomForLetting(ctx, w, input.toRoomId, today);
      const count = countHousehold(storedBirthDates(w, old.id), on);
      checkCapacity(w, room, count, on);

      w.update('tenancies', old.id, { status: 'ended', checkedOutOn: on });
      if (w.reg.get('rooms', old.roomId)?.status === 'occupied') w.update('rooms', old.roomId, { status: 'vacant' });
      const moved = w.insert('tenancies', {
        roomId: room.id,
        propertyId: room.propertyId,
        tenantId: old.tenantId,
        status: 'active',
        checkInOn: on,
        expectedEndOn: old.expectedEndOn && old.expectedEndOn > on ? old.expectedEndOn : null,
        adults: count.areaCounted,
        children: count.children,
        movedFromId: old.id,
      });
      const members = w.reg.statement('SELECT tenant_id, relation FROM household_members WHERE tenancy_id = ? ORDER BY rowid').all(old.id) as {
        tenant_id: string;
        relation: string | null;
      }[];
      for (const m of members) w.insert('householdMembers', { tenancyId: moved.id, tenantId: m.tenant_id, relation: m.relation });
      w.update('rooms', room.id, { status: 'occupied' });
      return { from: detailOf(w, old.id), to: detailOf(w, moved.id) };
    });
  },

  'tenancies.get': (ctx, input) => {
    const t = tenancyDetail(ctx.register, input.id);
    if (!t) throw new DomainError('NOT_FOUND', 'tenancy.notFound');
    return t;
  },

  'tenancies.receipt': (ctx, input) => {
    const t = tenancyDetail(ctx.register, input.id);
    if (!t) throw new DomainError('NOT_FOUND', 'tenancy.notFound');
    const room = ctx.register.get('rooms', t.roomId)!;
    const property = ctx.register.get('properties', t.propertyId)!;
    const landlord = ctx.register.get('landlords', property.landlordId)!;
    const desk = readDesk(ctx.register)!;
    const derived = deriveForProperty(ctx.register, property.id, ctx.today());
    return {
      tenancy: t,
      room: {
        label: room.label,
        floor: room.floor,
        areaM2: room.areaM2,
        hasKitchen: room.hasKitchen,
        cookingPermitted: room.cookingPermitted,
        privateBathroom: room.privateBathroom,
        rentMonthly: room.rentMonthly,
        maxOccupants: room.maxOccupants,
      },
      property: { address: property.address, fireStatus: derived?.status ?? 'uninspected', validUntil: derived?.validUntil ?? null },
      // The tenant needs to reach the landlord: the receipt is theirs, so the number is in full.
      landlord: { name: landlord.name, mobile: landlord.mobile },
      desk: { name: desk.name, regionName: regionFullName(desk.regionCode) ?? desk.regionCode },
      clerkName: ctx.clerk!.displayName,
      printedAt: ctx.clock.now(),
    };
  },

  'tenancies.daily': (ctx, input) => {
    const today = ctx.today();
    return { today, ...dailyLists(ctx.register, today, addDays(today, input.days)) };
  },
};

function actionName(ctx: CallContext, a: 'checkOut' | 'move'): string {
  return translate(`tenancy.action.${a}`, ctx.lang);
}
