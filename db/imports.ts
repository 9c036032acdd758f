import { statusOf, type CheckedRow } from '../core/import/cross-check';
import type { RowProblem } from '../core/import/plan-row';
import { refreshFireStatus } from './fire-status';
import { findLandlordByIdNumber } from './landlords';
import { getPropertyRow, propertiesAtAddress } from './properties';
import { insertLandlord, insertProperty, insertRoom } from './register-writes';
import { withSearchIndexPaused } from './search-index';
import type { Register, Writer } from './write';

/** A checked row with what the register already holds of it. */
export interface ResolvedRow extends CheckedRow {
  existingLandlordId: string | null;
  existingPropertyId: string | null;
}

/**
 * Checks rows against the register: a known ID must carry the same name; a
 * known address must belong to the same landlord (then the room joins that
 * property); a known room is a duplicate, reported and not imported again.
 * Imports add; they never change records already registered.
 */
export function resolveAgainstRegister(reg: Register, rows: readonly CheckedRow[]): ResolvedRow[] {
  const landlords = new Map<string, { id: string; name: string } | null>();
  const places = new Map<string, ReturnType<typeof propertiesAtAddress>>();
  const labels = new Map<string, { floors: number; labels: Set<string> }>();
  const roomsOf = (propertyId: string) => {
    let entry = labels.get(propertyId);
    if (!entry) {
      const p = getPropertyRow(reg, propertyId)!;
      const ls = reg.statement('SELECT upper(label) AS label FROM rooms WHERE property_id = ?').all(propertyId) as { label: string }[];
      entry = { floors: p.floors, labels: new Set(ls.map((l) => l.label)) };
      labels.set(propertyId, entry);
    }
    return entry;
  };

  return rows.map((r) => {
    if (r.status !== 'new') return { ...r, existingLandlordId: null, existingPropertyId: null };
    const problems: RowProblem[] = [...r.problems];
    const idNumber = r.landlord!.idNumber;
    if (!landlords.has(idNumber)) landlords.set(idNumber, findLandlordByIdNumber(reg, idNumber));
    const landlord = landlords.get(idNumber) ?? null;
    if (landlord && landlord.name !== r.landlord!.name) {
      problems.push({ column: 'landlordName', key: 'import.landlordNameDiffers', params: { name: landlord.name }, severity: 'error' });
    }
    if (!places.has(r.addressKey!)) places.set(r.addressKey!, propertiesAtAddress(reg, r.addressKey!));
    const here = places.get(r.addressKey!)!;
    let propertyId: string | null = null;
    let exists = false;
    if (here.length > 0) {
      const own = landlord ? here.find((p) => p.landlordId === landlord.id) : undefined;
      if (!own) {
        problems.push({
          column: 'road',
          key: 'import.addressTaken',
          params: { address: here[0]!.address, landlord: here[0]!.landlordName },
          severity: 'error',
        });
      } else {
        propertyId = own.id;
        const known = roomsOf(own.id);
        if (known.labels.has(r.room!.label.toUpperCase())) {
          exists = true;
          problems.push({ column: 'roomLabel', key: 'import.roomExists', severity: 'warning' });
        } else if (r.room!.floor > known.floors) {
          problems.push({
            column: 'roomFloor',
            key: 'import.floorAboveExisting',
            params: { floor: r.room!.floor, floors: known.floors },
            severity: 'error',
          });
        }
      }
    }
    return {
      ...r,
      problems,
      status: statusOf(problems, exists),
      existingLandlordId: landlord?.id ?? null,
      existingPropertyId: propertyId,
    };
  });
}

/** What importing the new rows creates: landlords and properties once each, every room. */
export function countCreations(rows: readonly ResolvedRow[]): { landlords: number; properties: number; rooms: number } {
  const landlords = new Set<string>();
  const properties = new Set<string>();
  let rooms = 0;
  for (const r of rows) {
    if (r.status !== 'new') continue;
    if (!r.existingLandlordId) landlords.add(r.landlordKey!);
    if (!r.existingPropertyId) properties.add(r.addressKey!);
    rooms++;
  }
  return { landlords: landlords.size, properties: properties.size, rooms };
}

/** Writes the new rows through the write path; the caller holds the one transaction. */
export function writeImport(
  w: Writer,
  rows: readonly ResolvedRow[],
  today: string,
): { landlords: number; properties: number; rooms: number } {
  return withSearchIndexPaused(w, () => writeRows(w, rows, today));
}

function writeRows(w: Writer, rows: readonly ResolvedRow[], today: string): { landlords: number; properties: number; rooms: number } {
  const landlords = new Map<string, string>();
  const properties = new Map<string, string>();
  const touched = new Set<string>();
  let rooms = 0;
  for (const r of rows) {
    if (r.status !== 'new') continue;
    let landlordId = r.existingLandlordId ?? landlords.get(r.landlordKey!);
    if (!landlordId) {
      landlordId = insertLandlord(w, r.landlord!, r.letter).id;
      landlords.set(r.landlordKey!, landlordId);
    }
    let propertyId = r.existingPropertyId ?? properties.get(r.addressKey!);
    if (!propertyId) {
      propertyId = insertProperty(w, landlordId, r.property!).id;
      properties.set(r.addressKey!, propertyId);
    }
    insertRoom(w, propertyId, r.room!, today);
    touched.add(propertyId);
    rooms++;
  }
  // Derived facts (maximum occupants under the rule set in force, fire status) for every property touched.
  for (const id of touched) refreshFireStatus(w, id, today);
  return { landlords: landlords.size, properties: properties.size, rooms };
}
