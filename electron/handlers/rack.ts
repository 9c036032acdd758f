import { DomainError } from '../../core/errors';
import { translate } from '../../core/i18n/catalog';
import { maskMobile } from '../../core/mask';
import { regionName } from '../../core/regions';
import { deriveForProperty } from '../../db/fire-status';
import { rackCounts, rackPage } from '../../db/rack';
import { currentTenancyOfRoom, roomHistory, tenancyDetail } from '../../db/tenancies';
import type { HandlerMap } from './types';

export const rackHandlers: HandlerMap<'rack.summary' | 'rack.page' | 'rack.room'> = {
  'rack.summary': (ctx, input) => {
    const c = rackCounts(ctx.register, input.filters);
    return {
      ...c,
      communities: c.communities.slice(0, 500).map((x) => ({ ...x, name: regionName(x.code) ?? x.code })),
    };
  },

  'rack.page': (ctx, input) => {
    const page = rackPage(ctx.register, input.filters, input.offset, input.limit);
    return {
      total: page.total,
      properties: page.properties.map((p) => ({ ...p, communityName: (p.communityCode && regionName(p.communityCode)) || '' })),
    };
  },

  /** One room opened from the rack: its property and why it has its status, who lives there, who lived there. */
  'rack.room': (ctx, input) => {
    const room = ctx.register.get('rooms', input.id);
    if (!room) throw new DomainError('NOT_FOUND', 'tenancy.roomNotFound');
    const property = ctx.register.get('properties', room.propertyId)!;
    const landlord = ctx.register.get('landlords', property.landlordId)!;
    // The live derivation, not the cache: the clerk is about to tell a tenant yes or no.
    const d = deriveForProperty(ctx.register, property.id, ctx.today())!;
    const derivedRoom = d.rooms.find((r) => r.id === room.id)!;
    const text = (r: { key: string; params?: Record<string, string | number> }) => translate(r.key, ctx.lang, r.params);
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
        maxOccupants: derivedRoom.maxOccupants,
        cookingPermitted: derivedRoom.cookingPermitted,
        status: room.status,
        offerable: derivedRoom.offerable,
        reasons: derivedRoom.reasons.map(text),
      },
      property: {
        id: property.id,
        address: property.address,
        status: property.status,
        fireStatus: d.status,
        reasons: d.reasons.map(text),
        closedReason: property.closedReason,
        landlordName: landlord.name,
        landlordMobileMasked: maskMobile(landlord.mobile),
      },
      current: current ? tenancyDetail(ctx.register, current.id) : null,
      history: roomHistory(ctx.register, room.id),
    };
  },
};
