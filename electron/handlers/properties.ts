import { addressKey, formatAddress } from '../../core/address';
import { DomainError } from '../../core/errors';
import { districtOf, streetOf } from '../../core/regions';
import { maxOccupants } from '../../core/rules/density';
import type { PropertyRecord } from '../../core/schemas/property';
import { getLandlord } from '../../db/landlords';
import { getPropertyRow, roomsOfProperty } from '../../db/properties';
import type { Register } from '../../db/write';
import type { HandlerMap } from './types';

export function propertyRecord(reg: Register, id: string): PropertyRecord {
  const p = getPropertyRow(reg, id);
  if (!p) throw new DomainError('NOT_FOUND', 'property.notFound');
  return {
    id: p.id,
    landlordId: p.landlordId,
    regionCode: p.regionCode,
    grid: p.grid,
    detail: p.detail,
    address: p.address,
    buildingType: p.buildingType as PropertyRecord['buildingType'],
    floors: p.floors,
    mixedUse: p.mixedUse,
    fireStatus: p.fireStatus as PropertyRecord['fireStatus'],
    createdAt: p.createdAt,
    version: p.version,
    rooms: roomsOfProperty(reg, id).map((r) => ({
      id: r.id,
      propertyId: r.propertyId,
      label: r.label,
      floor: r.floor,
      areaM2: r.areaM2,
      hasKitchen: r.hasKitchen,
      privateBathroom: r.privateBathroom,
      rentMonthly: r.rentMonthly,
      maxOccupants: r.maxOccupants,
      status: r.status,
      version: r.version,
    })),
  };
}

export const propertyHandlers: HandlerMap<'properties.create' | 'properties.get'> = {
  'properties.create': (ctx, input) =>
    ctx.write('properties.create', (w) => {
      if (!getLandlord(ctx.register, input.landlordId)) {
        throw new DomainError('NOT_FOUND', 'landlord.notFound', {
          issues: [{ path: 'landlordId', key: 'landlord.notFound' }],
        });
      }
      const { regionCode, grid, detail } = input.address;
      const property = w.insert('properties', {
        landlordId: input.landlordId,
        regionCode,
        districtCode: districtOf(regionCode)!,
        streetCode: streetOf(regionCode)!,
        communityCode: regionCode.length === 12 ? regionCode : null,
        grid: grid ?? null,
        detail,
        address: formatAddress(regionCode, detail),
        addressKey: addressKey(regionCode, detail),
        buildingType: input.buildingType,
        floors: input.floors,
        mixedUse: input.mixedUse,
      });
      for (const room of input.rooms) {
        w.insert('rooms', {
          propertyId: property.id,
          label: room.label,
          floor: room.floor,
          areaM2: room.areaM2,
          hasKitchen: room.hasKitchen,
          privateBathroom: room.privateBathroom,
          rentMonthly: room.rentMonthly,
          maxOccupants: maxOccupants(room.areaM2),
        });
      }
      return propertyRecord(ctx.register, property.id);
    }),

  'properties.get': (ctx, input) => propertyRecord(ctx.register, input.id),
};
