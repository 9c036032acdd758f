import type { FireStatus } from '../core/schemas/statuses';
import type { Register } from './write';

/** One room with its property and landlord: a row of the register sheet. */
export interface RegisterSheetRow {
  kind: 'person' | 'organisation';
  name: string;
  idType: string;
  idNumber: string;
  mobile: string;
  contactName: string | null;
  landlordAddress: string | null;
  letterSigned: number;
  letterSignedOn: string | null;
  regionCode: string;
  grid: string | null;
  road: string | null;
  houseNumber: string | null;
  detail: string;
  buildingType: string;
  floors: number;
  mixedUse: number;
  ebikeArrangement: string;
  usesSandwichPanels: number;
  propertyStatus: string;
  fireStatus: FireStatus;
  label: string;
  floor: number;
  areaM2: number;
  hasKitchen: number;
  privateBathroom: number;
  windowBars: number;
  rentMonthly: number;
  maxOccupants: number;
  roomStatus: string;
}

/**
 * Every room, in the board's order. Read whole (one consistent snapshot, and
 * the connection stays free while the workbook is written in slices).
 */
export function registerSheetRows(reg: Register): RegisterSheetRow[] {
  return reg
    .statement(
      `SELECT l.kind, l.name, l.id_type AS idType, l.id_number AS idNumber, l.mobile, l.contact_name AS contactName,
              l.address AS landlordAddress, l.letter_signed AS letterSigned, l.letter_signed_on AS letterSignedOn,
              p.region_code AS regionCode, p.grid, p.road, p.house_number AS houseNumber, p.detail,
              p.building_type AS buildingType, p.floors, p.mixed_use AS mixedUse, p.ebike_arrangement AS ebikeArrangement,
              p.uses_sandwich_panels AS usesSandwichPanels, p.status AS propertyStatus, p.fire_status AS fireStatus,
              r.label, r.floor, r.area_m2 AS areaM2, r.has_kitchen AS hasKitchen, r.private_bathroom AS privateBathroom,
              r.window_bars AS windowBars, r.rent_monthly AS rentMonthly, r.max_occupants AS maxOccupants, r.status AS roomStatus
         FROM properties p JOIN rooms r ON r.property_id = p.id JOIN landlords l ON l.id = p.landlord_id
        ORDER BY p.region_code, p.id, r.label`,
    )
    .all() as RegisterSheetRow[];
}

export interface LandlordSheetRow {
  kind: 'person' | 'organisation';
  name: string;
  idType: string;
  idNumber: string;
  mobile: string;
  contactName: string | null;
  address: string | null;
  letterSigned: number;
  letterSignedOn: string | null;
  propertyCount: number;
  createdAt: number;
}

export function landlordSheetRows(reg: Register): LandlordSheetRow[] {
  return reg
    .statement(
      `SELECT l.kind, l.name, l.id_type AS idType, l.id_number AS idNumber, l.mobile, l.contact_name AS contactName,
              l.address, l.letter_signed AS letterSigned, l.letter_signed_on AS letterSignedOn, l.created_at AS createdAt,
              (SELECT count(*) FROM properties p WHERE p.landlord_id = l.id) AS propertyCount
         FROM landlords l ORDER BY l.created_at, l.id`,
    )
    .all() as LandlordSheetRow[];
}

export interface PropertySheetRow {
  address: string;
  landlordName: string;
  buildingType: string;
  floors: number;
  mixedUse: number;
  status: string;
  closedReason: string | null;
  closedAuthority: string | null;
  closedOn: string | null;
  fireStatus: FireStatus;
  roomCount: number;
}

export function propertySheetRows(reg: Register): PropertySheetRow[] {
  return reg
    .statement(
      `SELECT p.address, l.name AS landlordName, p.building_type AS buildingType, p.floors, p.mixed_use AS mixedUse,
              p.status, p.closed_reason AS closedReason, p.closed_authority AS closedAuthority, p.closed_on AS closedOn,
              p.fire_status AS fireStatus, (SELECT count(*) FROM rooms r WHERE r.property_id = p.id) AS roomCount
         FROM properties p JOIN landlords l ON l.id = p.landlord_id ORDER BY p.region_code, p.id`,
    )
    .all() as PropertySheetRow[];
}
