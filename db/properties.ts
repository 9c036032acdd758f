import { entityInfo } from './entities';
import { fromDriver, type Register } from './write';

export function getPropertyRow(reg: Register, id: string) {
  const raw = reg.statement('SELECT * FROM properties WHERE id = ?').get(id) as
    | Record<string, unknown>
    | undefined;
  return raw ? (fromDriver(entityInfo('properties'), raw) as import('./entities').EntityRow<'properties'>) : null;
}

export function roomsOfProperty(reg: Register, propertyId: string) {
  const info = entityInfo('rooms');
  return (
    reg.statement('SELECT * FROM rooms WHERE property_id = ? ORDER BY floor, label').all(propertyId) as Record<
      string,
      unknown
    >[]
  ).map((raw) => fromDriver(info, raw) as import('./entities').EntityRow<'rooms'>);
}

/** Properties already registered at the same normalised address (a warning, not a refusal). */
export function propertiesAtAddress(reg: Register, addressKey: string) {
  return reg
    .statement(
      `SELECT p.id, p.address, l.name AS landlordName FROM properties p JOIN landlords l ON l.id = p.landlord_id
        WHERE p.address_key = ?`,
    )
    .all(addressKey) as { id: string; address: string; landlordName: string }[];
}
