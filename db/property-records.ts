import { restOfDetail } from '../core/address';
import { maskIdNumber, maskMobile } from '../core/mask';
import type { PropertyDetail, PropertyRecord, RoomRecord } from '../core/schemas/property';
import type { EntityRow } from './entities';
import { getLandlord } from './landlords';
import { getPropertyRow, roomsOfProperty, scheduledInspectionsOf, tenanciesToFollowUp } from './properties';
import type { Register } from './write';

/** Properties and rooms as the register's pages show them: personal data masked. */
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

export function propertyRecord(reg: Register, id: string): PropertyRecord | null {
  const p = getPropertyRow(reg, id);
  if (!p) return null;
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

/** Tenancies still running or reserved in the property: who to call when it closes. */
export function followUpOf(reg: Register, propertyId: string): PropertyDetail['followUp'] {
  return tenanciesToFollowUp(reg, propertyId).map(({ mobile, ...t }) => ({ ...t, mobileMasked: mobile ? maskMobile(mobile) : null }));
}

export function propertyDetail(reg: Register, id: string): PropertyDetail | null {
  const record = propertyRecord(reg, id);
  if (!record) return null;
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
