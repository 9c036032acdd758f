import { restOfDetail } from '../../core/address';
import { DomainError } from '../../core/errors';
import { maskIdNumber, maskMobile } from '../../core/mask';
import type { AddressInput, PropertyDetail, PropertyRecord, RoomRecord } from '../../core/schemas/property';
import { addressKeyOf } from '../../core/import/plan-row';
import { refreshFireStatus } from '../../db/fire-status';
import { getLandlord } from '../../db/landlords';
import {
  getPropertyRow,
  listProperties,
  propertiesAtAddress,
  roomsOfProperty,
  scheduledInspectionsOf,
  tenanciesToFollowUp,
} from '../../db/properties';
import { addressColumns, insertProperty, insertRoom } from '../../db/register-writes';
import type { EntityRow } from '../../db/entities';
import type { Register } from '../../db/write';
import { fieldError } from './refusals';
import type { HandlerMap } from './types';

export function roomRecordOf(r: EntityRow<'rooms'>): RoomRecord {
  return {
    id: r.id,
    propertyId: r.propertyId,
    label: r.label,
    floor: r.floor,
    areaM2: r.areaM2,
    hasKitchen: r.hasKitchen,
    privateBathroom: r.privateBathroom,
    windowBars: r.windowBars,
    rentMonthly: r.rentMonthly,
    maxOccupants: r.maxOccupants,
    cookingPermitted: r.cookingPermitted,
    status: r.status,
    version: r.version,
  };
}

export function propertyRecord(reg: Register, id: string): PropertyRecord {
  const p = getPropertyRow(reg, id);
  if (!p) throw new DomainError('NOT_FOUND', 'property.notFound');
  return {
    id: p.id,
    landlordId: p.landlordId,
    regionCode: p.regionCode,
    grid: p.grid,
    road: p.road,
    houseNumber: p.houseNumber,
    detail: p.detail,
    detailRest: restOfDetail(p.road, p.houseNumber, p.detail),
    address: p.address,
    buildingType: p.buildingType as PropertyRecord['buildingType'],
    floors: p.floors,
    mixedUse: p.mixedUse,
    ebikeArrangement: p.ebikeArrangement as PropertyRecord['ebikeArrangement'],
    usesSandwichPanels: p.usesSandwichPanels,
    status: p.status,
    closedReason: p.closedReason,
    closedAuthority: p.closedAuthority,
    closedOn: p.closedOn,
    fireStatus: p.fireStatus as PropertyRecord['fireStatus'],
    createdAt: p.createdAt,
    updatedAt: p.updatedAt,
    version: p.version,
    rooms: roomsOfProperty(reg, id).map(roomRecordOf),
  };
}

export function followUpOf(reg: Register, propertyId: string): PropertyDetail['followUp'] {
  return tenanciesToFollowUp(reg, propertyId).map(({ mobile, ...t }) => ({
    ...t,
    mobileMasked: mobile ? maskMobile(mobile) : null,
  }));
}

export function propertyDetailOf(reg: Register, id: string): PropertyDetail {
  const record = propertyRecord(reg, id);
  const l = getLandlord(reg, record.landlordId)!;
  return {
    ...record,
    landlord: {
      id: l.id,
      name: l.name,
      idNumberMasked: maskIdNumber(l.idNumber),
      mobileMasked: maskMobile(l.mobile),
      letterSigned: l.letterSigned,
      letterSignedOn: l.letterSignedOn,
    },
    followUp: followUpOf(reg, id),
    scheduledInspections: scheduledInspectionsOf(reg, id),
  };
}

/**
 * The same normalised address registered already is a warning, not a rule:
 * one building may hold two landlords' flats. Unless the clerk has seen it and
 * goes ahead, the save is refused with the properties named.
 */
export function refuseUnacknowledgedAddress(reg: Register, address: AddressInput, acknowledged: boolean, excludeId?: string): void {
  if (acknowledged) return;
  const matches = propertiesAtAddress(reg, addressKeyOf(address)).filter((m) => m.id !== excludeId);
  const first = matches[0];
  if (!first) return;
  throw new DomainError(
    'CONFLICT',
    { key: 'property.duplicateAddress', params: { address: first.address, landlord: first.landlordName } },
    { details: { addressMatches: matches } },
  );
}

export function refuseMissingLandlord(reg: Register, landlordId: string): void {
  if (!getLandlord(reg, landlordId)) {
    throw new DomainError('NOT_FOUND', 'landlord.notFound', { issues: [{ path: 'landlordId', key: 'landlord.notFound' }] });
  }
}

type Names =
  | 'properties.create'
  | 'properties.get'
  | 'properties.list'
  | 'properties.checkAddress'
  | 'properties.update'
  | 'properties.close'
  | 'properties.reopen';

export const propertyHandlers: HandlerMap<Names> = {
  'properties.create': (ctx, input) =>
    ctx.write('properties.create', (w) => {
      refuseMissingLandlord(ctx.register, input.landlordId);
      refuseUnacknowledgedAddress(ctx.register, input.address, input.acknowledgeAddressDuplicate);
      const property = insertProperty(w, input.landlordId, input);
      for (const room of input.rooms) insertRoom(w, property.id, room, ctx.today());
      refreshFireStatus(w, property.id, ctx.today());
      return propertyRecord(ctx.register, property.id);
    }),

  'properties.get': (ctx, input) => propertyDetailOf(ctx.register, input.id),

  'properties.list': (ctx, input) => {
    const { rows, total } = listProperties(ctx.register, input);
    return { total, properties: rows.map((r) => ({ ...r, fireStatus: r.fireStatus as PropertyRecord['fireStatus'] })) };
  },

  'properties.checkAddress': (ctx, input) => ({
    matches: propertiesAtAddress(ctx.register, addressKeyOf(input.address)).filter((m) => m.id !== input.excludeId),
  }),

  'properties.update': (ctx, input) => {
    ctx.write('properties.update', (w) => {
      const current = getPropertyRow(ctx.register, input.id);
      if (!current) throw new DomainError('NOT_FOUND', 'property.notFound');
      const highest = roomsOfProperty(ctx.register, input.id).reduce<EntityRow<'rooms'> | null>(
        (top, r) => (top === null || r.floor > top.floor ? r : top),
        null,
      );
      if (highest && highest.floor > input.floors) {
        throw fieldError('floors', 'property.floorsBelowRooms', { label: highest.label, floor: highest.floor });
      }
      const address = addressColumns(input.address);
      if (address.addressKey !== current.addressKey) {
        refuseUnacknowledgedAddress(ctx.register, input.address, input.acknowledgeAddressDuplicate, input.id);
      }
      w.update(
        'properties',
        input.id,
        {
          ...address,
          buildingType: input.buildingType,
          floors: input.floors,
          mixedUse: input.mixedUse,
          ebikeArrangement: input.ebikeArrangement,
          usesSandwichPanels: input.usesSandwichPanels,
        },
        { baseVersion: input.baseVersion },
      );
      refreshFireStatus(w, input.id, ctx.today());
    });
    return propertyDetailOf(ctx.register, input.id);
  },

  'properties.close': (ctx, input) => {
    if (input.closedOn > ctx.today()) throw fieldError('closedOn', 'property.closedOnFuture');
    ctx.write('properties.close', (w) => {
      const current = getPropertyRow(ctx.register, input.id);
      if (!current) throw new DomainError('NOT_FOUND', 'property.notFound');
      if (current.status === 'closed') throw new DomainError('CONFLICT', 'property.alreadyClosed');
      w.update(
        'properties',
        input.id,
        { status: 'closed', closedReason: input.reason, closedAuthority: input.authority, closedOn: input.closedOn },
        { baseVersion: input.baseVersion },
      );
      // The cache says 'closed' in the same transaction: the board stops offering its rooms at once.
      refreshFireStatus(w, input.id, ctx.today());
    });
    const property = propertyDetailOf(ctx.register, input.id);
    return { property, followUp: property.followUp };
  },

  'properties.reopen': (ctx, input) => {
    ctx.write('properties.reopen', (w) => {
      const current = getPropertyRow(ctx.register, input.id);
      if (!current) throw new DomainError('NOT_FOUND', 'property.notFound');
      if (current.status !== 'closed') throw new DomainError('CONFLICT', 'property.notClosed');
      w.update(
        'properties',
        input.id,
        { status: 'active', closedReason: null, closedAuthority: null, closedOn: null },
        { baseVersion: input.baseVersion },
      );
      if (input.note) w.audit('properties', input.id, { event: 'reopen', note: input.note });
      refreshFireStatus(w, input.id, ctx.today());
    });
    return propertyDetailOf(ctx.register, input.id);
  },
};
