import { composeDetail, formatAddress, addressKey } from '../core/address';
import { districtOf, streetOf } from '../core/regions';
import { maxOccupants } from '../core/rules/density';
import { ruleSetFor } from './rules';
import type { LetterInput } from '../core/schemas/landlord';
import type { AddressInput, EbikeArrangement, RoomInput } from '../core/schemas/property';
import type { EntityRow } from './entities';
import type { Writer } from './write';

/**
 * The register's inserts as the walk-in flow, property registration and
 * imports share them, so a landlord, a property or a room is written the same
 * way whichever door it came through. Each goes through the write path `w`.
 */

export interface NewLandlord {
  kind: 'person' | 'organisation';
  name: string;
  idType: string;
  idNumber: string;
  mobile: string;
  contactName?: string | undefined;
  address?: string | undefined;
}

export function insertLandlord(w: Writer, l: NewLandlord, letter?: LetterInput | null): EntityRow<'landlords'> {
  return w.insert('landlords', {
    kind: l.kind,
    name: l.name,
    idType: l.idType,
    idNumber: l.idNumber,
    mobile: l.mobile,
    contactName: l.contactName ?? null,
    address: l.address ?? null,
    letterSigned: letter?.signed ?? false,
    letterSignedOn: letter?.signedOn ?? null,
  });
}

/** The address columns of a property: region levels, the parts, the display form and the duplicate key. */
export function addressColumns(a: AddressInput) {
  const detail = composeDetail(a.road, a.houseNumber, a.detail);
  return {
    regionCode: a.regionCode,
    districtCode: districtOf(a.regionCode)!,
    streetCode: streetOf(a.regionCode)!,
    communityCode: a.regionCode.length === 12 ? a.regionCode : null,
    grid: a.grid ?? null,
    road: a.road ?? null,
    houseNumber: a.houseNumber ?? null,
    detail,
    address: formatAddress(a.regionCode, detail),
    addressKey: addressKey(a.regionCode, detail),
  };
}

export interface NewProperty {
  address: AddressInput;
  buildingType: string;
  floors: number;
  mixedUse: boolean;
  ebikeArrangement: EbikeArrangement;
  usesSandwichPanels: boolean;
}

export function insertProperty(w: Writer, landlordId: string, p: NewProperty): EntityRow<'properties'> {
  return w.insert('properties', {
    landlordId,
    ...addressColumns(p.address),
    buildingType: p.buildingType,
    floors: p.floors,
    mixedUse: p.mixedUse,
    ebikeArrangement: p.ebikeArrangement,
    usesSandwichPanels: p.usesSandwichPanels,
  });
}

/**
 * A room's maximum occupants comes from the rule set in force today (DEN-1/
 * DEN-2), so the caller's refreshFireStatus finds it already right and writes
 * no second row for it.
 */
export function insertRoom(w: Writer, propertyId: string, r: RoomInput, today: string): EntityRow<'rooms'> {
  return w.insert('rooms', {
    propertyId,
    label: r.label,
    floor: r.floor,
    areaM2: r.areaM2,
    hasKitchen: r.hasKitchen,
    privateBathroom: r.privateBathroom,
    windowBars: r.windowBars,
    rentMonthly: r.rentMonthly,
    maxOccupants: maxOccupants(r.areaM2, ruleSetFor(w.reg, today).parameters),
  });
}
