import { DomainError } from '../../core/errors';
import { maskMobile } from '../../core/mask';
import { regionName } from '../../core/regions';
import { deriveForProperty } from '../../db/fire-status';
import { roomCounts, roomLines, countLines } from '../../db/room-views';
import { currentTenancyOfRoom, roomHistory, tenancyDetail } from '../../db/tenancies';
import type { HandlerMap } from './types';

/** Communities listed in the counts: enough for any street, bounded for a district. */
const COMMUNITIES_SHOWN = 500;

export const roomViewHandlers: HandlerMap<'rooms.page' | 'rooms.summary' | 'rooms.detail'> = {
  'rooms.page': (ctx, input) => ({
    lines: roomLines(ctx.register, input.filters, input.offset, input.limit).map((l) => ({
      ...l,
      communityName: regionName(l.communityCode) ?? '',
    })),
    total: input.offset === 0 ? countLines(ctx.register, input.filters) : null,
  }),

  'rooms.summary': (ctx, input) => {
    const c = roomCounts(ctx.register, input.filters);
    return { ...c, communities: c.communities.slice(0, COMMUNITIES_SHOWN).map((x) => ({ ...x, name: regionName(x.code) ?? x.code })) };
  },

  /** One room: its property and why it has its status, who lives there, who lived there. */
  'rooms.detail': (ctx, input) => {
    const room = ctx.register.get('rooms', input.id);
    if (!room) throw new DomainError('NOT_FOUND', 'tenancy.roomNotFound');
    const property = ctx.register.get('properties', room.propertyId)!;
    const landlord = ctx.register.get('landlords', property.landlordId)!;
    // The live derivation, not the cache: the clerk is about to tell a tenant yes or no.
    const d = deriveForProperty(ctx.register, property.id, ctx.today())!;
    const derived = d.rooms.find((r) => r.id === room.id)!;
    const current = currentTenancyOfRoom(ctx.register, room.id);
    return {
      room: {
        id: room.id,
        label: room.label,
        floor: room.floor,
        areaM2: room.areaM2,
        hasKitchen: room.hasKitchen,
        privateBathroom: room.privateBathroom,
        rentMonthly: room.rentMonthly,
        maxOccupants: derived.maxOccupants,
        cookingPermitted: derived.cookingPermitted,
        status: room.status,
        offerable: derived.offerable,
        reasons: derived.reasons,
      },
      property: {
        id: property.id,
        address: property.address,
        status: property.status,
        fireStatus: d.status,
        reasons: d.reasons,
        validUntil: d.validUntil,
        closedReason: property.closedReason,
        landlordName: landlord.name,
        landlordMobileMasked: maskMobile(landlord.mobile),
      },
      current: current ? tenancyDetail(ctx.register, current.id) : null,
      history: roomHistory(ctx.register, room.id),
    };
  },
};
