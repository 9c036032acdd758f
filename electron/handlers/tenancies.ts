import { addDays } from '../../core/dates';
import { decided, DomainError } from '../../core/errors';
import { regionFullName } from '../../core/regions';
import { planCancel, planCheckIn, planCheckOut, planMove, planReserve } from '../../core/tenancy/letting';
import { readDesk } from '../../db/desk';
import { deriveForProperty } from '../../db/fire-status';
import { checkInFacts, knownPeople, lettingFacts, moveFacts, tenancyFacts } from '../../db/letting';
import { writeCheckIn, writeEnd, writeMove, writeReserve } from '../../db/letting-writes';
import { dailyLists, tenancyDetail } from '../../db/tenancies';
import type { Register } from '../../db/write';
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

/**
 * The front desk's tenancies. Each write loads its facts inside the write
 * transaction (IMMEDIATE: no other clerk can change the room between the
 * check and the write), asks core/tenancy/letting.ts, and applies its plan.
 */
function detail(reg: Register, id: string) {
  const t = tenancyDetail(reg, id);
  if (!t) throw new DomainError('NOT_FOUND', 'tenancy.notFound');
  return t;
}

export const tenancyHandlers: HandlerMap<Names> = {
  'tenancies.reserve': (ctx, input) =>
    ctx.write('tenancies.reserve', (w) => {
      const today = ctx.today();
      const facts = lettingFacts(w.reg, input.roomId, input.checkInOn, today);
      const plan = decided(planReserve(input, facts, knownPeople(w.reg, [input.tenant]), { today, at: w.ctx.at }));
      return detail(w.reg, writeReserve(w, plan));
    }),

  'tenancies.cancel': (ctx, input) =>
    ctx.write('tenancies.cancel', (w) => {
      writeEnd(w, decided(planCancel(tenancyFacts(w.reg, input.id))));
      return detail(w.reg, input.id);
    }),

  'tenancies.checkIn': (ctx, input) =>
    ctx.write('tenancies.checkIn', (w) => {
      const today = ctx.today();
      const facts = checkInFacts(w.reg, { ...input, people: [input.tenant, ...input.members] }, today);
      return detail(w.reg, writeCheckIn(w, decided(planCheckIn(input, facts, { today, at: w.ctx.at }))));
    }),

  'tenancies.checkOut': (ctx, input) =>
    ctx.write('tenancies.checkOut', (w) => {
      writeEnd(w, decided(planCheckOut(tenancyFacts(w.reg, input.id), input.checkedOutOn, ctx.today())));
      return detail(w.reg, input.id);
    }),

  'tenancies.move': (ctx, input) =>
    ctx.write('tenancies.move', (w) => {
      const today = ctx.today();
      const facts = moveFacts(w.reg, input.id, input.toRoomId, input.movedOn ?? today, today);
      const movedId = writeMove(w, decided(planMove(input, facts, { today, at: w.ctx.at })));
      return { from: detail(w.reg, input.id), to: detail(w.reg, movedId) };
    }),

  'tenancies.get': (ctx, input) => detail(ctx.register, input.id),

  'tenancies.receipt': (ctx, input) => {
    const t = detail(ctx.register, input.id);
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
