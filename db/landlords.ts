import { entityInfo } from './entities';
import { fromDriver, type Register } from './write';
import { maskIdNumber, maskMobile } from '../core/mask';
import { LANDLORD_ID_TYPES, type LandlordDetail, type LandlordRecord } from '../core/schemas/landlord';
import type { FireStatus } from '../core/schemas/statuses';

/**
 * The landlord holding an ID number, whatever document type it was registered
 * under: a resident ID typed in as a "passport" is still the same person.
 */
export function findLandlordByIdNumber(reg: Register, idNumber: string): { id: string; name: string } | null {
  const row = reg
    .statement(`SELECT id, name FROM landlords WHERE id_type IN (${LANDLORD_ID_TYPES.map((t) => `'${t}'`).join(',')}) AND id_number = ?`)
    .get(idNumber) as { id: string; name: string } | undefined;
  return row ?? null;
}

export function getLandlord(reg: Register, id: string): LandlordRecord | null {
  const raw = reg.statement('SELECT * FROM landlords WHERE id = ?').get(id) as Record<string, unknown> | undefined;
  return raw ? (fromDriver(entityInfo('landlords'), raw) as unknown as LandlordRecord) : null;
}

export interface LandlordListRow {
  id: string;
  kind: 'person' | 'organisation';
  name: string;
  letterSigned: number;
  idType: string;
  idNumber: string;
  mobile: string;
  address: string | null;
  createdAt: number;
  propertyCount: number;
}

/**
 * Newest first. A query that looks like an ID number or a mobile matches it
 * exactly (indexed); anything else matches a part of the name.
 */
export function listLandlords(
  reg: Register,
  opts: { q?: string | undefined; offset: number; limit: number },
): { rows: LandlordListRow[]; total: number } {
  const q = opts.q?.trim();
  let where = '';
  let params: unknown[] = [];
  if (q) {
    const upper = q.toUpperCase().replace(/\s+/g, '');
    where = 'WHERE l.id_number = ? OR l.mobile = ? OR l.name LIKE ?';
    params = [upper, upper.replace(/^\+?86/, ''), `%${q}%`];
  }
  const rows = reg
    .statement(
      `SELECT l.id, l.kind, l.name, l.letter_signed AS letterSigned, l.id_type AS idType, l.id_number AS idNumber, l.mobile, l.address,
              l.created_at AS createdAt,
              (SELECT count(*) FROM properties p WHERE p.landlord_id = l.id) AS propertyCount
         FROM landlords l ${where}
        ORDER BY l.created_at DESC, l.id DESC LIMIT ? OFFSET ?`,
    )
    .all(...params, opts.limit, opts.offset) as LandlordListRow[];
  const { n } = reg.statement(`SELECT count(*) AS n FROM landlords l ${where}`).get(...params) as {
    n: number;
  };
  return { rows, total: n };
}

export interface LandlordPropertyRow {
  id: string;
  address: string;
  status: 'active' | 'closed';
  fireStatus: FireStatus;
  roomCount: number;
}

export function propertiesOfLandlord(reg: Register, landlordId: string): LandlordPropertyRow[] {
  return reg
    .statement(
      `SELECT p.id, p.address, p.status, p.fire_status AS fireStatus,
              (SELECT count(*) FROM rooms r WHERE r.property_id = p.id) AS roomCount
         FROM properties p WHERE p.landlord_id = ? ORDER BY p.created_at, p.id`,
    )
    .all(landlordId) as LandlordPropertyRow[];
}

/** A landlord as the register pages show one: ID and mobile masked, with their properties. */
export function landlordDetail(reg: Register, id: string): LandlordDetail | null {
  const l = getLandlord(reg, id);
  if (!l) return null;
  const properties = propertiesOfLandlord(reg, id);
  return {
    id: l.id,
    kind: l.kind,
    name: l.name,
    idType: l.idType,
    idNumberMasked: maskIdNumber(l.idNumber),
    mobileMasked: maskMobile(l.mobile),
    contactName: l.contactName,
    address: l.address,
    letterSigned: l.letterSigned,
    letterSignedOn: l.letterSignedOn,
    propertyCount: properties.length,
    createdAt: l.createdAt,
    updatedAt: l.updatedAt,
    version: l.version,
    properties,
  };
}

/** A page of landlords for the list: personal data masked. */
export function landlordList(reg: Register, opts: { q?: string | undefined; offset: number; limit: number }) {
  const { rows, total } = listLandlords(reg, opts);
  return {
    total,
    landlords: rows.map((r) => ({
      id: r.id,
      kind: r.kind,
      name: r.name,
      idType: r.idType as LandlordRecord['idType'],
      idNumberMasked: maskIdNumber(r.idNumber),
      mobileMasked: maskMobile(r.mobile),
      address: r.address,
      letterSigned: r.letterSigned === 1,
      propertyCount: r.propertyCount,
      createdAt: r.createdAt,
    })),
  };
}
